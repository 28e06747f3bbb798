import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('sales to a country\'s buyers', () => {
  it('reads the buyers\' nationality as the market the company sells to', async () => {
    const en = await relationsIn('Chip news. The Ascend 910B is the AI processor that Huawei sells to Chinese data centres.');
    assert.ok(en.includes('huawei SELLS_TO china-government'), en.join('\n'));
    const group = await relationsIn('Chip news. Naura Technology and Piotech, two toolmakers that had been winning orders from Chinese fabs, were listed.');
    assert.ok(group.includes('naura SELLS_TO china-government') && group.includes('piotech SELLS_TO china-government'), group.join('\n'));
    const fr = await relationsIn('Chip news. Nvidia vend désormais le H20 à des clients chinois agréés.');
    assert.ok(fr.includes('nvidia SELLS_TO china-government'), fr.join('\n'));
  });

  it('leaves out a sale that is barred or only planned', async () => {
    const barred = await relationsIn('Chip news. Nvidia can no longer sell the H20 to Chinese customers.');
    assert.ok(!barred.includes('nvidia SELLS_TO china-government'), barred.join('\n'));
  });

  it('reads the market a relative clause names as the largest', async () => {
    const found = await relationsIn('Chip news. The rules hit Applied Materials, Lam Research and KLA, for which China has become the largest market.');
    for (const company of ['applied-materials', 'lam-research', 'kla']) assert.ok(found.includes(`${company} SELLS_TO china-government`), found.join('\n'));
  });
});
