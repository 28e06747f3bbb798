import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('a measure named with its nationality', () => {
  it('gives the measure to the state its adjective names, before it in English and after it in French', async () => {
    assert.ok((await relationsIn('Chinese export controls on gallium hit the industry in 2023.')).includes('china-government ISSUES china-gallium-germanium-controls-2023'));
    assert.ok((await relationsIn("Ce statut, accordé après le tour de vis américain d'octobre 2022, permettait aux fournisseurs de livrer."))
      .includes('us-government ISSUES us-advanced-computing-rule-2022'));
  });

  it('reads nothing across a comma, and nothing from a standing list', async () => {
    const comma = await relationsIn('After the CAC summons, Chinese authorities began telling companies to stay away from the H20.');
    assert.ok(!comma.some((r) => r.startsWith('china-government ISSUES')), comma.join('\n'));
    const list = await relationsIn('BRIEFING: SMIC added to US Entity List.');
    assert.ok(!list.includes('us-government ISSUES us-entity-list'), list.join('\n'));
  });
});
