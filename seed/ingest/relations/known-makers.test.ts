import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('the maker of a chip, told apart by the knowledge base', () => {
  it('reads a company that releases its own chip as its maker', async () => {
    assert.ok((await relationsIn('Nvidia released $180 million of previously reserved H20 inventory.')).includes('nvidia MAKES h20'));
  });

  it('reads the maker as designer when the sentence says designed', async () => {
    const found = await relationsIn('Nvidia designed three new chips for China, among them the H20.');
    assert.ok(found.includes('nvidia DESIGNS h20'), found.join('\n'));
    assert.ok(!found.includes('nvidia MAKES h20'), found.join('\n'));
  });

  it('reads a chip phrase that ends on its maker, superlatives included', async () => {
    const found = await relationsIn('Le département a approuvé l’envoi de 35 000 puces GB300 de la génération Blackwell, les plus puissantes de Nvidia.');
    assert.ok(found.includes('nvidia MAKES gb300'), found.join('\n'));
  });

  it('reads a chip named with its known maker\'s name', async () => {
    assert.ok((await relationsIn('Investigators found a TSMC-made die inside a Huawei Ascend 910B accelerator.')).includes('huawei MAKES ascend-910b'));
  });

  it('claims nothing for a chip still to come on a roadmap', async () => {
    const found = await relationsIn('Huawei a dévoilé en septembre une feuille de route ambitieuse, de l’Ascend 950PR attendu début 2026 à l’Ascend 970.');
    assert.ok(!found.some((r) => r.startsWith('huawei MAKES')), found.join('\n'));
  });

  it('claims nothing for a stopped shipment or a mere mention', async () => {
    assert.ok(!(await relationsIn('Nvidia stopped shipping the H20 in April.')).includes('nvidia MAKES h20'));
    assert.ok(!(await relationsIn('Analysts compared Nvidia with rivals while the H20 waited at customs.')).includes('nvidia MAKES h20'));
  });
});
