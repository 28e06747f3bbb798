/** Purchases, sales and calls to avoid a chip: "told companies not to buy", purchases barred or only planned, a market told by its share of revenue. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './relations/read-relations.test-support.ts';

const URGED: ReadonlyArray<[string, string]> = [
  ['Beijing instructed tech firms to stop purchases of the H20.', 'china-government URGES_AVOIDANCE_OF h20'],
  ['The CAC ordered Alibaba and ByteDance not to buy the RTX Pro 6000D.', 'cac URGES_AVOIDANCE_OF rtx-pro-6000d'],
  ['The Cyberspace Administration of China told companies to cancel orders for the RTX Pro 6000D.', 'cac URGES_AVOIDANCE_OF rtx-pro-6000d'],
  ['Regulators in Beijing discouraged firms from ordering the H20.', 'china-government URGES_AVOIDANCE_OF h20'],
  ['Pékin a demandé aux groupes technologiques de cesser leurs achats de H20.', 'china-government URGES_AVOIDANCE_OF h20'],
  ['Les autorités chinoises ont demandé aux entreprises de ne pas acheter de H20.', 'china-government URGES_AVOIDANCE_OF h20'],
];

describe('a government telling companies not to buy a chip', () => {
  for (const [sentence, expected] of URGED) {
    it(`reads "${sentence}"`, async () => {
      const found = await relationsIn(sentence);
      assert.ok(found.includes(expected), found.join('\n'));
    });
  }

  it('does not read the place where something happens as the government that urges', async () => {
    const found = await relationsIn('Nvidia executives in Beijing said buyers would not stop purchases of the H20.');
    assert.ok(!found.some((r) => r.includes('URGES_AVOIDANCE_OF')), found.join('\n'));
  });
});

describe('a purchase that is barred or only planned', () => {
  for (const sentence of ['The rule bars Huawei from buying the H20.', 'Tencent envisage d’acheter des Ascend 910B.', 'Tencent plans to buy more Ascend 910B chips next year.']) {
    it(`does not read "${sentence}" as a purchase`, async () => {
      const found = await relationsIn(sentence);
      assert.ok(!found.some((r) => r.includes(' BUYS ')), found.join('\n'));
    });
  }

  it('still reads a purchase made', async () => {
    const found = await relationsIn('ByteDance ordered $2 billion worth of H20 chips.');
    assert.ok(found.includes('bytedance BUYS h20'), found.join('\n'));
  });
});

describe('a market told by its share of revenue', () => {
  const SOLD: ReadonlyArray<[string, string]> = [
    ['Mainland China accounted for about 11% of Micron’s revenue last year.', 'micron SELLS_TO china-government'],
    ['La Chine a représenté 17 milliards de dollars de chiffre d’affaires pour Nvidia l’an dernier.', 'nvidia SELLS_TO china-government'],
    ['Nvidia’s sales to China rose again.', 'nvidia SELLS_TO china-government'],
  ];
  for (const [sentence, expected] of SOLD) {
    it(`reads "${sentence}"`, async () => {
      const found = await relationsIn(sentence);
      assert.ok(found.includes(expected), found.join('\n'));
    });
  }

  it('does not read a share of none, or stopped sales, as a sale', async () => {
    for (const sentence of ['China accounted for none of Nvidia’s revenue after the ban.', 'Nvidia stopped its sales to China in April.']) {
      const found = await relationsIn(sentence);
      assert.ok(!found.some((r) => r.includes(' SELLS_TO ')), `${sentence}\n${found.join('\n')}`);
    }
  });
});

describe('buyers barred from or talked out of a purchase', () => {
  it('reads a government barring buyers from buying a company\'s products, or dissuading them from buying a chip, as urging avoidance', async () => {
    const barred = await relationsIn('Chip news. In May 2023 the Cyberspace Administration of China barred operators of critical information infrastructure from buying Micron products after a security review.');
    assert.ok(barred.includes('cac URGES_AVOIDANCE_OF micron'), barred.join('\n'));
    const dissuaded = await relationsIn("Chip news. En août, les autorités chinoises ont multiplié les mises en garde pour dissuader les grands groupes du pays d'acheter le H20.", { date: '2025-09-10' });
    assert.ok(dissuaded.includes('china-government URGES_AVOIDANCE_OF h20'), dissuaded.join('\n'));
  });
});
