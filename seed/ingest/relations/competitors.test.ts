/** COMPETES_WITH in the wordings news uses beyond "competes with": a competitor of, rivals of then one, a rival in apposition. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

const RIVALS: ReadonlyArray<[string, string]> = [
  ['Les concurrents chinois de Nvidia, Huawei en tête, profitent de la situation.', 'huawei COMPETES_WITH nvidia'],
  ['Cambricon profite des difficultés de Nvidia, son grand concurrent américain.', 'cambricon COMPETES_WITH nvidia'],
  ['Huawei is a serious competitor to Nvidia.', 'huawei COMPETES_WITH nvidia'],
  ['Huawei est devenu un concurrent redoutable de Nvidia.', 'huawei COMPETES_WITH nvidia'],
  ['Huawei is challenging Nvidia with its Ascend chips.', 'huawei COMPETES_WITH nvidia'],
  ["Nvidia's Chinese competitors, including Huawei and Cambricon, have gained ground in the market since the rules took effect.", 'nvidia COMPETES_WITH cambricon'],
  ['CXMT is racing to catch up with Samsung and SK Hynix in memory chips for data centres.', 'cxmt COMPETES_WITH sk-hynix'],
  ['Le chinois CXMT tente de rattraper SK Hynix et Samsung sur la mémoire des centres de données.', 'cxmt COMPETES_WITH samsung-electronics'],
  ['Les concurrents chinois de Nvidia, notamment Huawei et Cambricon, gagnent du terrain depuis que les règles sont entrées en vigueur.', 'cambricon COMPETES_WITH nvidia'],
];

describe('two companies said to compete', () => {
  for (const [sentence, expected] of RIVALS) {
    it(`reads "${sentence}"`, async () => {
      const found = await relationsIn(sentence);
      assert.ok(found.includes(expected), found.join('\n'));
    });
  }

  it('does not read a denied rivalry, nor a supplier in apposition, as competition', async () => {
    for (const sentence of ['Huawei is not a competitor to Nvidia yet.', 'Nvidia relies on TSMC, its main supplier.']) {
      const found = await relationsIn(sentence);
      assert.ok(!found.some((r) => r.includes('COMPETES_WITH')), `${sentence}\n${found.join('\n')}`);
    }
  });

  it('reads "X, its Massachusetts-based rival" as a rival of the company named before', async () => {
    const found = await relationsIn('Texas Instruments generates a fifth of its revenue in China. Neither it nor AMD, its Massachusetts-based rival, responded.');
    assert.ok(found.includes('amd COMPETES_WITH texas-instruments'), found.join('\n'));
  });

  it('does not make the foundry of a company\'s chips its rival\'s competitor', async () => {
    const found = await relationsIn("Huawei's Ascend processors, mostly manufactured by SMIC, have become the main domestic alternative to Nvidia's H20.");
    assert.ok(!found.some((r) => r.includes('smic COMPETES_WITH') || r.includes('COMPETES_WITH smic')), found.join('\n'));
  });
});

describe('chips that compete', () => {
  it('makes the makers of competing chips rivals, whoever is named for the other side', async () => {
    const withCompany = await relationsIn("Huawei's Ascend 910C, produced largely by SMIC, now competes with Nvidia for Chinese data-centre contracts.", { rules: true });
    assert.ok(withCompany.includes('huawei COMPETES_WITH nvidia [competing-chips]'), withCompany.join('\n'));
    assert.ok(!withCompany.some((r) => r.startsWith('smic COMPETES_WITH')), withCompany.join('\n'));
    const withChip = await relationsIn("Huawei's Ascend processors have become the main domestic alternative to Nvidia's H20 in China.");
    assert.ok(withChip.includes('huawei COMPETES_WITH nvidia'), withChip.join('\n'));
    const denied = await relationsIn('The H20 is not a rival to the Ascend 910C yet, analysts said on Monday.');
    assert.ok(!denied.some((r) => r.includes('COMPETES_WITH')), denied.join('\n'));
  });
});
