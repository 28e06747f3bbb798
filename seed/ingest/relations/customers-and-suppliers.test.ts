import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('customers and suppliers', () => {
  it('reads the chip a supplier hands over as bought by its customer, and a chip paired with another as no derivative of it', async () => {
    const en = await relationsIn('Chip news. Micron supplies its HBM3E chips to Nvidia, which pairs them with its H200 accelerators.');
    assert.ok(en.includes('nvidia BUYS hbm3e'), en.join('\n'));
    assert.ok(!en.includes('hbm3e BASED_ON h200'), en.join('\n'));
    const fr = await relationsIn("Chip news. SK hynix fournit à Nvidia l'essentiel de ses mémoires HBM3E.");
    assert.ok(fr.includes('nvidia BUYS hbm3e'), fr.join('\n'));
    const stopped = await relationsIn('Chip news. Micron stopped supplying its HBM3E chips to Nvidia last year.');
    assert.ok(!stopped.includes('nvidia BUYS hbm3e'), stopped.join('\n'));
  });
  it('reads a company called another\'s customer as buying from it', async () => {
    const counts = await relationsIn('Chip news. Nvidia, which counts Microsoft among its largest customers, rose.');
    assert.ok(counts.includes('microsoft BUYS nvidia'), counts.join('\n'));
    const include = await relationsIn("Chip news. Nvidia's largest customers include Microsoft, Amazon and Meta.");
    for (const buyer of ['microsoft', 'amazon', 'meta']) assert.ok(include.includes(`${buyer} BUYS nvidia`), include.join('\n'));
    const its = await relationsIn('Chip news. ASML a publié ses comptes. Son premier client, le taïwanais TSMC, investit.');
    assert.ok(its.includes('tsmc BUYS asml'), its.join('\n'));
    const dont = await relationsIn('Chip news. Les clients de TSMC, dont Apple et AMD, attendent.');
    assert.ok(dont.includes('apple BUYS tsmc') && dont.includes('amd BUYS tsmc'), dont.join('\n'));
    // A former customer buys nothing now.
    const former = await relationsIn('Chip news. Huawei, which TSMC no longer counts among its customers, turned to SMIC.');
    assert.ok(!former.includes('huawei BUYS tsmc'), former.join('\n'));
  });
  it('reads the companies listed as suppliers as supplying the company named before the list', async () => {
    const found = await relationsIn("Chip news. Huawei a dépensé l'an dernier quelque 70 milliards de dollars en composants, dont environ 11 milliards auprès de fournisseurs américains, parmi lesquels Qualcomm, Intel et Micron.");
    for (const supplier of ['qualcomm', 'intel', 'micron']) assert.ok(found.includes(`${supplier} SUPPLIES huawei`), found.join('\n'));
    const former = await relationsIn('Chip news. Huawei no longer buys from its former suppliers, including Qualcomm and Intel.');
    assert.ok(!former.some((r) => r.endsWith('SUPPLIES huawei')), former.join('\n'));
  });
});
