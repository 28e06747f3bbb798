import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('stand-ins', () => {
  it('reads "the company" as the company named before it', async () => {
    const found = await relationsIn('Nvidia sells the H20 in many markets. Beijing opened an investigation into the company last week.', { rules: true });
    assert.ok(found.includes('china-government INVESTIGATES nvidia [investigates]'), found.join('\n'));
  });

  it('reads "both firms" as the two companies of the sentence before', async () => {
    const found = await relationsIn('Alibaba and Tencent ordered thousands of accelerators last year. Both firms were summoned by the Cyberspace Administration of China in September.');
    assert.ok(found.includes('cac INVESTIGATES alibaba'), found.join('\n'));
    assert.ok(found.includes('cac INVESTIGATES tencent'), found.join('\n'));
  });

  it('reads "bought both" as the two chips of the sentence before, and leaves "both" before a noun alone', async () => {
    const found = await relationsIn('Nvidia began offering the A800 and the H800. Chinese cloud providers including Alibaba and Tencent bought both in large volumes.');
    for (const buyer of ['alibaba', 'tencent']) for (const chip of ['a800', 'h800']) assert.ok(found.includes(`${buyer} BUYS ${chip}`), found.join('\n'));
    const other = await relationsIn('Nvidia began offering the A800 and the H800. Alibaba bought both companies’ shares.');
    assert.ok(!other.some((r) => r.includes(' BUYS ')), other.join('\n'));
  });

  it('reads "the regulator" as the last regulator named and "the department" as the last ministry or agency, not an apposition', async () => {
    const found = await relationsIn('La CAC a convoqué Nvidia. Le MIIT a suivi. En septembre, le régulateur a demandé aux géants de cesser de tester et de commander le RTX Pro 6000D.');
    assert.ok(found.includes('cac URGES_AVOIDANCE_OF rtx-pro-6000d'), found.join('\n'));
    assert.ok(!found.includes('miit URGES_AVOIDANCE_OF rtx-pro-6000d'), found.join('\n'));
    const apposition = await relationsIn("Il faut une licence du Bureau de l'industrie et de la sécurité (BIS), l'agence du département du Commerce chargée des exportations.");
    assert.ok(apposition.includes('bis PART_OF us-commerce-department'), apposition.join('\n'));
  });

  it('does not read "la commission spéciale de la Chambre" as the last agency named', async () => {
    const found = await relationsIn('Le département du Commerce enquête. Le républicain Mike Gallagher, qui préside la commission spéciale de la Chambre sur la Chine, a réclamé un embargo.');
    assert.ok(!found.includes('mike-gallagher LEADS us-commerce-department'), found.join('\n'));
  });

  it('reads "The regulator opened its review of Micron" as the regulator named before investigating it', async () => {
    const found = await relationsIn("China's cyberspace regulator, the CAC, said Micron failed a review. The regulator opened its review of Micron on March 31.");
    assert.ok(found.includes('cac INVESTIGATES micron'), found.join('\n'));
  });
});

describe('a company named by its home city', () => {
  it('stands for the one company named before whose recorded home is the city\'s state', async () => {
    const found = await relationsIn('Huawei and Nvidia both sell AI accelerators in China. The H800 was designed by the Santa Clara company for Chinese customers.');
    assert.ok(found.includes('nvidia DESIGNS h800'), found.join('\n'));
    assert.ok(found.includes('nvidia HEADQUARTERED_IN us-government'), found.join('\n'));
  });

  it('does not stand for the one recent company when its home is in another state', async () => {
    const found = await relationsIn('Samsung has struggled with HBM. Nvidia qualified its rivals first. Jun Young-hyun, who runs the Suwon-based group\'s chip business, apologised.');
    assert.ok(!found.includes('nvidia HEADQUARTERED_IN south-korea-government'), found.join('\n'));
    assert.ok(found.includes('samsung-electronics HEADQUARTERED_IN south-korea-government'), found.join('\n'));
  });
});

describe('a company named by its nationality', () => {
  it('never stands for a company the knowledge base places in another state', async () => {
    const found = await relationsIn('Nvidia launched the H20 in 2024. Huawei answered with the Ascend 910C, and Huawei sold many of them. The American company said it designed the B30A for China.');
    assert.ok(found.includes('nvidia DESIGNS b30a'), found.join('\n'));
    assert.ok(!found.includes('huawei HEADQUARTERED_IN us-government'), found.join('\n'));
  });
  it('reads "le groupe" as the subject of the sentence before when no company is named more often', async () => {
    const found = await relationsIn("Chip news. SK hynix fournit à Nvidia l'essentiel de ses mémoires HBM3E. Le groupe, dirigé par Kwak Noh-jung, investit en Indiana.");
    assert.ok(found.includes('kwak-noh-jung LEADS sk-hynix'), found.join('\n'));
    assert.ok(!found.includes('kwak-noh-jung LEADS nvidia'), found.join('\n'));
  });
});
