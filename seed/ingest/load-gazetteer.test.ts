import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadGazetteerEntries } from './load-gazetteer.ts';

describe('loadGazetteerEntries', () => {
  it('reads the curated knowledge base with every language of aliases', async () => {
    const entries = await loadGazetteerEntries();
    const nvidia = entries.find((e) => e.id === 'nvidia');
    assert.ok(nvidia?.aliases.includes('Team Green'));
  });

  it('gives each policy the actors that issue it or that it targets', async () => {
    const entries = await loadGazetteerEntries();
    const policy = entries.find((e) => e.id === 'us-h20-export-license-requirement-2025');
    assert.ok(policy?.actors?.includes('us-government'));
    assert.ok(policy?.actors?.includes('h20'));
    assert.equal(policy?.kind, 'LICENCE_REQUIREMENT');
  });
});
