/**
 * How a chip's maker and lineage and an agency's parent are said in passing: a version of another
 * chip, a rival's chip, a pronoun that launches a product, an agency in apposition, and a list
 * placed on the Entity List after a judgement.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('a chip said in passing', () => {
  it('reads "une version de l’A100" and "dérivé … du H100" as based on it', async () => {
    const found = await relationsIn('Nvidia a lancé l’A800, une version de l’A100, puis le H800, dérivé selon le même principe du H100.');
    assert.ok(found.includes('a800 BASED_ON a100'), found.join('\n'));
    assert.ok(found.includes('h800 BASED_ON h100'), found.join('\n'));
  });

  it('reads "Huawei, dont les accélérateurs Ascend", "fabriqués pour l’essentiel par SMIC" and a design by "le groupe de Santa Clara"', async () => {
    assert.ok((await relationsIn('Huawei, dont les accélérateurs Ascend sont devenus la référence nationale, recrute.')).includes('huawei MAKES ascend'));
    assert.ok((await relationsIn('Les Ascend restent fabriqués pour l’essentiel par SMIC.')).includes('smic FABRICATES ascend'));
    const designed = await relationsIn('Nvidia a subi un revers. Le H20, la puce bridée que le groupe de Santa Clara avait conçue pour se conformer aux règles, est bloqué.');
    assert.ok(designed.includes('nvidia DESIGNS h20'), designed.join('\n'));
  });

  it('reads "Huawei\'s first data-centre AI chip, the Ascend 910" and "the Ascend 910B, which Huawei began shipping"', async () => {
    assert.ok((await relationsIn("Huawei's first data-centre AI chip, the Ascend 910, was launched in 2019.")).includes('huawei MAKES ascend-910'));
    assert.ok((await relationsIn('The Ascend 910B, which Huawei began shipping that year, is everywhere.')).includes('huawei MAKES ascend-910b'));
  });

  it('reads "the H20, a cut-down Hopper part", "two chips Nvidia designed", "taillée par Nvidia" and "made on the same SMIC process"', async () => {
    const trimmed = await relationsIn('Nvidia designed the H20, a cut-down Hopper part. Then came the H800, a similarly trimmed H100.');
    assert.ok(trimmed.includes('h20 BASED_ON hopper') && trimmed.includes('h800 BASED_ON h100'), trimmed.join('\n'));
    const designed = await relationsIn('Customs targeted the H20 and the RTX Pro 6000D, two chips Nvidia designed to comply with US export rules.');
    assert.ok(designed.includes('nvidia DESIGNS h20') && designed.includes('nvidia DESIGNS rtx-pro-6000d'), designed.join('\n'));
    assert.ok((await relationsIn('Le RTX Pro 6000D, l’autre puce taillée par Nvidia pour le marché chinois, est visé.')).includes('nvidia DESIGNS rtx-pro-6000d'));
    assert.ok((await relationsIn("The Ascend 910B is made on SMIC's 7nm process.")).includes('smic FABRICATES ascend-910b'));
  });

  it('reads a chip "of the Blackwell generation" as based on it', async () => {
    assert.ok((await relationsIn('Les puces GB300 de la génération Blackwell partiront vers le Golfe.')).includes('gb300 BASED_ON blackwell'));
    assert.ok((await relationsIn('It ordered GB300 chips of the Blackwell family.')).includes('gb300 BASED_ON blackwell'));
  });

  it('reads "le MI250 de son rival AMD" as AMD making the MI250', async () => {
    const found = await relationsIn('Le H100 de Nvidia distance le MI250 de son rival AMD.');
    assert.ok(found.includes('amd MAKES mi250'), found.join('\n'));
    assert.ok(!found.includes('nvidia MAKES mi250'), found.join('\n'));
  });

  it('reads "il a mis sur le marché" as the company the text is about launching the chip', async () => {
    const found = await relationsIn('Washington a privé Nvidia de ses puces. Le groupe a réagi vite. En quelques mois, il a mis sur le marché l’A800.');
    assert.ok(found.includes('nvidia MAKES a800'), found.join('\n'));
  });

  it('does not take an impersonal "il" for a company', async () => {
    const found = await relationsIn('Nvidia vend des puces en Chine. Il faut dire que le H800 reste exportable.');
    assert.ok(!found.some((r) => r.endsWith(' h800') && r.startsWith('nvidia ')), found.join('\n'));
  });
});

describe('a listing told with a judgement in between', () => {
  it('reads companies listed after "que Pékin considère comme" as listed', async () => {
    const found = await relationsIn('Washington a inscrit sur sa liste noire, l’Entity List, deux concepteurs que Pékin considère comme des champions : Biren Technology et Moore Threads.');
    assert.ok(found.includes('us-entity-list TARGETS biren'), found.join('\n'));
    assert.ok(found.includes('us-entity-list TARGETS moore-threads'), found.join('\n'));
  });

  it('still leaves out a measure Washington is only considering', async () => {
    const found = await relationsIn('Washington is considering adding Biren Technology to the Entity List.');
    assert.ok(!found.includes('us-entity-list TARGETS biren'), found.join('\n'));
  });
});

describe('an agency in apposition', () => {
  it('reads "le BIS, l’agence du département du Commerce" as part of the department', async () => {
    const found = await relationsIn('Le Bureau de l’industrie et de la sécurité (BIS), l’agence du département du Commerce chargée des exportations, a publié la liste.');
    assert.ok(found.includes('bis PART_OF us-commerce-department'), found.join('\n'));
  });

  it('does not read "the export-control agency" as a measure', async () => {
    const found = await relationsIn('The Bureau of Industry and Security, the export-control agency of the Commerce Department, said so.');
    assert.deepEqual(found.filter((r) => r.includes(' ISSUES ') || r.includes(' TARGETS ')), []);
    assert.ok(found.includes('bis PART_OF us-commerce-department'), found.join('\n'));
  });
});

describe('a foundry making a chip', () => {
  const MADE: ReadonlyArray<[string, string]> = [
    ['The Rubin chips are now in fabrication at TSMC.', 'tsmc FABRICATES rubin'],
    ['Ses puces MLU590 sont produites par le fondeur SMIC selon plusieurs analystes.', 'smic FABRICATES mlu590'],
    ['Nvidia relies on TSMC to manufacture the Blackwell.', 'tsmc FABRICATES blackwell'],
  ];
  for (const [sentence, expected] of MADE) {
    it(`reads "${sentence}"`, async () => {
      const found = await relationsIn(sentence);
      assert.ok(found.includes(expected), found.join('\n'));
    });
  }
});
