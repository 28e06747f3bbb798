import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('pair rules', () => {
  it('reads the words between two names', async () => {
    const found = await relationsIn('Cambricon, which competes with Nvidia, raised money.', { rules: true });
    assert.deepEqual(found, ['cambricon COMPETES_WITH nvidia [company-competes-with-company]']);
  });

  it('reads nothing from a hedged gap; a sale to a company supplies it, a sale to a country is its market', async () => {
    assert.ok((await relationsIn('Nvidia sold more accelerators to Alibaba.')).includes('nvidia SUPPLIES alibaba'));
    assert.ok((await relationsIn('Nvidia sold more accelerators to China.')).includes('nvidia SELLS_TO china-government'));
    const found = await relationsIn('Nvidia hoped to sell more accelerators to Alibaba.');
    assert.ok(!found.some((r) => r.startsWith('nvidia SUPPLIES') || r.startsWith('nvidia SELLS_TO')), found.join('\n'));
  });
});

describe('a company funded under a law', () => {
  it('reads grants to a company and money it received under the law as the law targeting it', async () => {
    assert.ok((await relationsIn('Washington converted grants owed to Intel under the CHIPS Act into an equity stake.')).includes('chips-and-science-act TARGETS intel'));
    assert.ok((await relationsIn('Intel received $7.86 billion under the CHIPS Act last year.')).includes('chips-and-science-act TARGETS intel'));
    assert.ok((await relationsIn('Samsung a reçu 4,7 milliards de dollars au titre du CHIPS Act.')).includes('chips-and-science-act TARGETS samsung-electronics'));
  });
});

describe('trade said in passing', () => {
  it('reads "both big buyers of Micron memory" and "generates a fifth of its revenue in China"', async () => {
    const buyers = await relationsIn('Chinese server makers Inspur and Lenovo, both big buyers of Micron memory, were hit.');
    assert.ok(buyers.includes('inspur BUYS micron') && buyers.includes('lenovo BUYS micron'), buyers.join('\n'));
    assert.ok((await relationsIn('Texas Instruments, the largest maker of analog chips, generates roughly a fifth of its revenue in China.')).includes('texas-instruments SELLS_TO china-government'));
  });
});

describe('who leads a company, in passing', () => {
  it('reads "fondée en 2016 par Chen Tianshi, qui la dirige toujours"', async () => {
    assert.ok((await relationsIn("Cambricon, l'entreprise fondée en 2016 par Chen Tianshi, qui la dirige toujours, progresse.")).includes('chen-tianshi LEADS cambricon'));
  });

  it('reads "who took over as Intel\'s chief executive" and "qui a pris la tête d\'Intel"', async () => {
    assert.ok((await relationsIn("Lip-Bu Tan, who took over as Intel's chief executive in March, called it a vote of confidence.")).includes('lip-bu-tan LEADS intel'));
    assert.ok((await relationsIn('Lip-Bu Tan, qui a pris la tête d’Intel en mars, a salué l’accord.')).includes('lip-bu-tan LEADS intel'));
    assert.ok(!(await relationsIn("Lip-Bu Tan, who became Intel's biggest critic, spoke.")).includes('lip-bu-tan LEADS intel'));
  });

  it('reads a company given as a person\'s, and one founded by a person', async () => {
    assert.ok((await relationsIn('La société s’est associée à xAI, la start-up d’Elon Musk, pour un centre de données.')).includes('elon-musk LEADS xai'));
    assert.ok((await relationsIn("Elon Musk's xAI bought the chips.")).includes('elon-musk LEADS xai'));
    assert.ok((await relationsIn('xAI, founded by Elon Musk in 2023, bought the chips.')).includes('elon-musk LEADS xai'));
  });

  it('reads "one of Huawei’s rotating chairmen" and "AMD chief Lisa Su"', async () => {
    assert.ok((await relationsIn('Eric Xu, one of Huawei’s rotating chairmen, presented the roadmap.')).includes('eric-xu LEADS huawei'));
    assert.ok((await relationsIn('AMD chief Lisa Su said so.')).includes('lisa-su LEADS amd'));
  });

  it('does not read a chief financial officer as the company’s leader', async () => {
    const found = await relationsIn('AMD chief financial officer Jean Hu said so.');
    assert.ok(!found.some((r) => r.includes(' LEADS amd')), found.join('\n'));
  });
});

describe('a company making the chips of another', () => {
  it('reads a foundry making a company\'s chips, or chips for companies, as supplying them', async () => {
    assert.ok((await relationsIn("TSMC, which fabricates nearly all of Nvidia's processors, declined to comment on the tariffs.")).includes('tsmc SUPPLIES nvidia'));
    const listed = await relationsIn('TSMC already makes chips for Apple, Nvidia and AMD at its first plant in Arizona.');
    for (const id of ['apple', 'nvidia', 'amd']) assert.ok(listed.includes(`tsmc SUPPLIES ${id}`), listed.join('\n'));
    assert.ok((await relationsIn('À Taïwan, TSMC grave les puces de Nvidia depuis des années.')).includes('tsmc SUPPLIES nvidia'));
    const hedged = await relationsIn('TSMC could make chips for Huawei if the rules allowed it.');
    assert.ok(!hedged.includes('tsmc SUPPLIES huawei'), hedged.join('\n'));
  });

  it('reads the maker named inside a chip\'s apposition, and not a rival named there', async () => {
    assert.ok((await relationsIn('Buyers turned to the H20, a pared-down Nvidia chip that can still be sold in China.')).includes('nvidia MAKES h20'));
    assert.ok((await relationsIn('Les acheteurs se tournent vers le H20, une puce Nvidia bridée pour la Chine.')).includes('nvidia MAKES h20'));
    const rival = await relationsIn('Buyers turned to the Ascend 910B, the main Nvidia rival in China, after the ban.');
    assert.ok(!rival.includes('nvidia MAKES ascend-910b'), rival.join('\n'));
  });
});

describe('buying a company, and buying from one', () => {
  it('reads an acquisition only when the company bought follows the verb, and not when it was stopped', async () => {
    assert.ok((await relationsIn('Wingtech completed its purchase of Nexperia in 2019, the company said.')).includes('wingtech ACQUIRES nexperia'));
    assert.ok((await relationsIn('Mellanox, which was acquired by Nvidia in 2020, makes networking equipment.')).includes('nvidia ACQUIRES mellanox'));
    const plant = await relationsIn("La révocation concerne l'ancienne usine d'Intel à Dalian, rachetée par SK Hynix il y a quelques années.");
    assert.ok(!plant.some((r) => r.includes('ACQUIRES')), plant.join('\n'));
  });

  it('reads buying goods from a company as buying from it, never as acquiring it', async () => {
    const bought = await relationsIn('Huawei bought advanced chips from TSMC before the rules changed in 2020.');
    assert.ok(bought.includes('huawei BUYS tsmc'), bought.join('\n'));
    const stopped = await relationsIn('Huawei no longer buys chips from TSMC, the company said on Monday.');
    assert.deepEqual(stopped.filter((r) => r.startsWith('huawei ')), [], stopped.join('\n'));
  });
});

describe('a stopped or denied fact between two names', () => {
  it('reads no supply, sale or making that the words between the names stop, deny or only plan', async () => {
    for (const sentence of [
      'Samsung stopped supplying high-bandwidth memory to Huawei last year, people familiar with the matter said.',
      'TSMC ne fabrique plus de puces pour Huawei depuis septembre 2020, selon le groupe.',
      'TSMC n’a jamais fabriqué de puces pour Biren, a affirmé le groupe taïwanais.',
    ]) {
      const found = await relationsIn(sentence);
      assert.ok(!found.some((r) => /SUPPLIES|SELLS_TO|MAKES|FABRICATES/.test(r)), `${sentence}\n${found.join('\n')}`);
    }
    assert.ok((await relationsIn('Samsung supplies memory to Nvidia for its Blackwell accelerators, the company said.')).includes('samsung-electronics SUPPLIES nvidia'));
  });
});

describe('a measure and whom it hits', () => {
  it('reads companies said to be covered by, subject to or targeted by a known measure as its targets', async () => {
    const found = await relationsIn('TSMC, Samsung Electronics and Intel are covered by the Affiliates Rule, officials said.', { date: '2025-11-01' });
    for (const id of ['tsmc', 'samsung-electronics', 'intel']) assert.ok(found.includes(`us-affiliates-rule-2025 TARGETS ${id}`), found.join('\n'));
    assert.ok((await relationsIn('Nexperia est désormais visée par la règle des 50 %, selon Pékin.', { date: '2025-11-01' })).includes('us-affiliates-rule-2025 TARGETS nexperia'));
  });

  it('reads a known measure that hits, catches or concerns a company as targeting it', async () => {
    assert.ok((await relationsIn('The AI Diffusion Rule hit Nvidia and AMD hardest, analysts said.', { date: '2025-06-01' })).includes('ai-diffusion-rule-2025 TARGETS amd'));
    assert.ok((await relationsIn('The Affiliates Rule caught Nexperia, the Dutch unit of Wingtech.', { date: '2025-11-01' })).includes('us-affiliates-rule-2025 TARGETS nexperia'));
    assert.ok((await relationsIn('La règle des 50 % concerne notamment Nexperia, filiale de Wingtech.', { date: '2025-11-01' })).includes('us-affiliates-rule-2025 TARGETS nexperia'));
  });
});

describe('facts told in the passive', () => {
  it('reads a chip designed or bought by companies, and a company run by a person', async () => {
    assert.ok((await relationsIn("Nvidia's H800 sold well in China. The H800 was designed by Nvidia for Chinese customers.")).includes('nvidia DESIGNS h800'));
    const bought = await relationsIn('Demand rose in the spring. The H20 was bought by Alibaba and Tencent in large volumes.');
    for (const id of ['alibaba', 'tencent']) assert.ok(bought.includes(`${id} BUYS h20`), bought.join('\n'));
    assert.ok((await relationsIn('Huawei is run by Ren Zhengfei, who founded it in 1987.')).includes('ren-zhengfei LEADS huawei'));
  });

  it('does not read a company as the seller of what is delivered after it in the passive', async () => {
    const found = await relationsIn('Le H20 se vend bien. Le H20, commandé par ByteDance, est livré en Chine.');
    assert.ok(found.includes('bytedance BUYS h20'), found.join('\n'));
    assert.ok(!found.includes('bytedance SELLS_TO china-government'), found.join('\n'));
  });
});

describe('a foundry producing for its customers, in French', () => {
  it('reads "que TSMC produit pour Nvidia ou Apple" as supplying each', async () => {
    const found = await relationsIn('La demande progresse. Les puces que TSMC produit pour Nvidia ou Apple sont gravées à Taïwan.');
    for (const id of ['nvidia', 'apple']) assert.ok(found.includes(`tsmc SUPPLIES ${id}`), found.join('\n'));
  });
  it('carries a subject past the relative clause that describes it', async () => {
    const found = await relationsIn('Moore Threads, qui conçoit des processeurs graphiques, est dirigé par Zhang Jianzhong. Il est connu.');
    assert.ok(found.includes('zhang-jianzhong LEADS moore-threads'), found.join('\n'));
    // A clause that is not set off by commas is no such description.
    const plain = await relationsIn('Moore Threads said investors backed a fund run by Zhang Jianzhong. Il est connu.');
    assert.ok(!plain.includes('zhang-jianzhong LEADS moore-threads'), plain.join('\n'));
  });
  it('reads supply from a plural subject, a foundry that makes a company\'s processors, a rival taken on, a purchase behind a long description', async () => {
    const supply = await relationsIn('Chip news. SK hynix and Micron Technology supply most of their output to Nvidia.');
    assert.ok(supply.includes('micron SUPPLIES nvidia'), supply.join('\n'));
    const foundry = await relationsIn("Chip news. TSMC, qui grave l'essentiel des processeurs d'IA de Nvidia, investit.");
    assert.ok(foundry.includes('tsmc SUPPLIES nvidia'), foundry.join('\n'));
    const lines = await relationsIn('Chip news. SMIC, whose 7-nanometre lines already make processors for Huawei, grew.');
    assert.ok(lines.includes('smic SUPPLIES huawei'), lines.join('\n'));
    const rival = await relationsIn('Chip news. Rapidus is taking on TSMC and Samsung Electronics in advanced foundry work.');
    assert.ok(rival.includes('rapidus COMPETES_WITH tsmc') || rival.includes('tsmc COMPETES_WITH rapidus'), rival.join('\n'));
    const bought = await relationsIn('Chip news. Nvidia broke the law when it bought the Israeli networking company Mellanox in 2020.');
    assert.ok(bought.includes('nvidia ACQUIRES mellanox'), bought.join('\n'));
  });
  it('reads a company outpaced by another, or closing its gap on one, as its rival', async () => {
    const outpaced = await relationsIn("Chip news. Intel, distancé par AMD sur les serveurs, perd de l'argent.");
    assert.ok(outpaced.includes('intel COMPETES_WITH amd') || outpaced.includes('amd COMPETES_WITH intel'), outpaced.join('\n'));
    const gap = await relationsIn("Chip news. Pour Samsung Electronics, l'enjeu est de combler son retard dans la fonderie sur le taïwanais TSMC.");
    assert.ok(gap.includes('samsung-electronics COMPETES_WITH tsmc') || gap.includes('tsmc COMPETES_WITH samsung-electronics'), gap.join('\n'));
  });
  it('reads officials examining whether a company did something, and a company settling an agency\'s investigation, as that agency investigating it', async () => {
    const examining = await relationsIn('Chip news. Officials at the Commerce Department are examining whether DeepSeek obtained restricted Nvidia processors.');
    assert.ok(examining.includes('us-commerce-department INVESTIGATES deepseek'), examining.join('\n'));
    const settling = await relationsIn('Chip news. TSMC could pay a penalty of 1 billion dollars or more to settle a US Commerce Department export control investigation.');
    assert.ok(settling.includes('us-commerce-department INVESTIGATES tsmc'), settling.join('\n'));
    // Examining a question about no one is no investigation of a company.
    const question = await relationsIn('Chip news. The Commerce Department is examining whether the rules work, Nvidia said.');
    assert.ok(!question.includes('us-commerce-department INVESTIGATES nvidia'), question.join('\n'));
  });
});
