import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('trigger rules', () => {
  it('reads a verb with its subject before and its objects after', async () => {
    const found = await relationsIn('The Commerce Department barred exports of the H20 to China.', { rules: true });
    assert.ok(found.includes('us-commerce-department RESTRICTS_EXPORT_OF h20 [restricts-export]'), found.join('\n'));
  });

  it('gives an export decision with no government in its sentence to the one that made the article’s others', async () => {
    const found = await relationsIn('The US Commerce Department restricted the A100 in 2022. The H800 can no longer be shipped to China.', { rules: true });
    assert.ok(found.includes('us-commerce-department RESTRICTS_EXPORT_OF h800 [restricts-export.article-government]'), found.join('\n'));
  });

  it('reads orders of a chip as buying it, for each company of a list', async () => {
    const found = await relationsIn('Tencent, Alibaba and ByteDance have been stepping up orders of the H20 since the spring, people familiar with the matter said.');
    for (const id of ['tencent', 'alibaba', 'bytedance']) assert.ok(found.includes(`${id} BUYS h20`), found.join('\n'));
  });

  it('never takes the destination of a sale for who restricts it, nor a sale given up for a sale', async () => {
    const found = await relationsIn('Nvidia a dû renoncer à vendre le H20 en Chine après l’entrée en vigueur des restrictions américaines, a indiqué le groupe.');
    assert.ok(!found.includes('china-government RESTRICTS_EXPORT_OF h20'), found.join('\n'));
    assert.ok(!found.includes('nvidia SELLS_TO china-government'), found.join('\n'));
  });

  it('reads a shipment no longer allowed without a licence as a restriction by the article’s government', async () => {
    const found = await relationsIn('Le département américain du Commerce a restreint mardi les exportations du L40S vers la Chine. Conséquence : l’A800 et le H800 ne pourront plus être expédiés en Chine sans autorisation.', { rules: true });
    assert.ok(found.includes('us-commerce-department RESTRICTS_EXPORT_OF h800 [allows-export.negated.article-government]'), found.join('\n'));
    assert.ok(!found.some((r) => r.includes('ALLOWS_EXPORT_OF')), found.join('\n'));
  });

  it('reads requiring a licence for a chip as restricting it, not as licensing it', async () => {
    const found = await relationsIn('In April, Washington began requiring a licence for every H20 shipped to China, and no licences have been granted.');
    assert.ok(found.includes('us-government RESTRICTS_EXPORT_OF h20'), found.join('\n'));
    assert.ok(!found.includes('us-government ALLOWS_EXPORT_OF h20'), found.join('\n'));
    assert.ok((await relationsIn('The Commerce Department granted Nvidia a licence for H20 sales to China in July.')).includes('us-commerce-department ALLOWS_EXPORT_OF h20'));
  });

  it('reads a French ban on exporting or selling a chip as restricting it', async () => {
    assert.ok((await relationsIn('Le département du Commerce a interdit l’exportation du H20 vers la Chine en avril, selon le groupe.')).includes('us-commerce-department RESTRICTS_EXPORT_OF h20'));
    assert.ok((await relationsIn('Washington a bloqué les ventes de H20 à la Chine au printemps, selon le groupe.')).includes('us-government RESTRICTS_EXPORT_OF h20'));
  });

  it('never takes a country that names another noun for an object ("its China revenue")', async () => {
    const found = await relationsIn('Nvidia will hand over 15% of its China revenue to the US government under the deal.', { date: '2025-09-01' });
    assert.ok(found.includes('nvidia PAYS us-government'), found.join('\n'));
    assert.ok(!found.includes('nvidia PAYS china-government'), found.join('\n'));
  });
  it('reads licences approved or granted by a government as allowing the chips exported under them', async () => {
    const found = await relationsIn('Chip news. Microsoft has shipped A100 and H100 chips to the Emirates under licences granted by the Commerce Department.');
    assert.ok(found.includes('us-commerce-department ALLOWS_EXPORT_OF a100'), found.join('\n'));
  });
  it('does not read the French noun "pays" as the English verb', async () => {
    const found = await relationsIn("Chip news. Parmi eux figurent six filiales du chinois Inspur, premier fabricant de serveurs du pays, selon Pékin.");
    assert.ok(!found.some((r) => r.includes(' PAYS ')), found.join('\n'));
  });
  it('reads a company using or deploying another maker\'s chip as buying it, and not one that stopped', async () => {
    const uses = await relationsIn("Chip news. Tencent now uses Huawei's Ascend 910B in its data centres.");
    assert.ok(uses.includes('tencent BUYS ascend-910b'), uses.join('\n'));
    const stopped = await relationsIn("Chip news. Tencent stopped using Huawei's Ascend 910B last year.");
    assert.ok(!stopped.includes('tencent BUYS ascend-910b'), stopped.join('\n'));
  });
});
