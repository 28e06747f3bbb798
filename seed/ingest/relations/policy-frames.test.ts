import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('policies in their everyday words', () => {
  it('reads a company added to the Entity List as its target, and as that year’s listing', async () => {
    const found = await relationsIn('The Commerce Department on Friday added SMIC to the Entity List in December 2020.');
    assert.ok(found.includes('us-entity-list TARGETS smic'), found.join('\n'));
    assert.ok(found.includes('us-entity-list-smic-2020 TARGETS smic'), found.join('\n'));
    assert.ok(found.includes('us-commerce-department ISSUES us-entity-list-smic-2020'), found.join('\n'));
  });

  it('leaves out a call to add a company', async () => {
    const found = await relationsIn('US lawmakers urged the Commerce Department to add ChangXin to the Entity List.');
    assert.ok(!found.some((r) => r.includes(' TARGETS ')), found.join('\n'));
  });

  it('links an update described by its issuer and date, with what it covers and the chips its issuer restricts', async () => {
    const found = await relationsIn('Le département américain du Commerce a dévoilé mardi une mise à jour de ses contrôles à l’exportation qui prive Nvidia de l’A800 et du H800.', { date: '2023-10-18' });
    assert.ok(found.includes('us-commerce-department ISSUES us-advanced-computing-update-2023'), found.join('\n'));
    assert.ok(found.includes('us-advanced-computing-update-2023 TARGETS a800'), found.join('\n'));
    assert.ok(found.includes('us-commerce-department RESTRICTS_EXPORT_OF h800'), found.join('\n'));
  });

  it('resolves "these restrictions" to the measure named just before', async () => {
    const found = await relationsIn('In October 2022 the Commerce Department published sweeping export controls on advanced chips. The A100 and H100 fell under these restrictions.', { date: '2022-10-08' });
    assert.ok(found.some((r) => /^us-advanced-computing-rule-2022 TARGETS a100$/.test(r)), found.join('\n'));
  });
});
