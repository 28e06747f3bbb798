import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('policies in their everyday words', () => {
  it('reads a company added to the Entity List as its target, and as that year’s listing', async () => {
    const found = await relationsIn('The Commerce Department on Friday added SMIC to the Entity List in December 2020.');
    assert.ok(found.includes('us-entity-list TARGETS smic'), found.join('\n'));
    assert.ok(found.includes('us-entity-list-smic-2020 TARGETS smic'), found.join('\n'));
    assert.ok(found.includes('us-commerce-department ISSUES us-entity-list-smic-2020'), found.join('\n'));
  });

  it('leaves out a call to add a company', async () => {
    const found = await relationsIn('US lawmakers urged the Commerce Department to add ChangXin to the Entity List.');
    assert.ok(!found.some((r) => r.includes(' TARGETS ')), found.join('\n'));
  });

  it('links an update described by its issuer and date, with what it covers and the chips its issuer restricts', async () => {
    const found = await relationsIn('Le département américain du Commerce a dévoilé mardi une mise à jour de ses contrôles à l’exportation qui prive Nvidia de l’A800 et du H800.', { date: '2023-10-18' });
    assert.ok(found.includes('us-commerce-department ISSUES us-advanced-computing-update-2023'), found.join('\n'));
    assert.ok(found.includes('us-advanced-computing-update-2023 TARGETS a800'), found.join('\n'));
    assert.ok(found.includes('us-commerce-department RESTRICTS_EXPORT_OF h800'), found.join('\n'));
  });

  it('resolves "these restrictions" to the measure named just before', async () => {
    const found = await relationsIn('In October 2022 the Commerce Department published sweeping export controls on advanced chips. The A100 and H100 fell under these restrictions.', { date: '2022-10-08' });
    assert.ok(found.some((r) => /^us-advanced-computing-rule-2022 TARGETS a100$/.test(r)), found.join('\n'));
  });
});

describe('whose measure it is', () => {
  it('does not take "China’s ban" for a US measure, and proposes it as China’s', async () => {
    const found = await relationsIn('China’s ban on exports of gallium and germanium to the United States took effect on Tuesday, December 3, 2024.');
    assert.ok(!found.some((r) => r.startsWith('us-advanced-computing-update-2024')), found.join('\n'));
    assert.ok(found.some((r) => /^china-government ISSUES /.test(r)), found.join('\n'));
  });

  it('reads a share of revenue paid to a government as the levy, and a company\'s own share of revenue as none', async () => {
    const paid = await relationsIn('Nvidia and AMD agreed to pay the US government 15% of their revenue from chip sales in China.', { date: '2025-09-01' });
    assert.ok(paid.includes('us-government ISSUES us-china-chip-revenue-share-2025'), paid.join('\n'));
  });

  it('reads a share of a company\'s own revenue as no levy', async () => {
    const found = await relationsIn('Demand rose again in the spring. Nvidia\'s sales to China accounted for 13% of its revenue last year.', { rules: true });
    assert.ok(found.includes('nvidia SELLS_TO china-government [en.company-sales-to]'), found.join('\n'));
    assert.ok(!found.some((r) => r.includes('TARGETS')), found.join('\n'));
  });

  it('reads "des contrôles sur les exportations de gallium" announced by China as its known controls', async () => {
    const found = await relationsIn('La Chine a annoncé en juillet 2023 des contrôles sur les exportations de gallium et de germanium. Ces mesures visent les États-Unis.');
    assert.ok(found.includes('china-government ISSUES china-gallium-germanium-controls-2023'), found.join('\n'));
  });

  it('reads a French licence to export as the known requirement', async () => {
    const found = await relationsIn('Washington a imposé en avril 2025 une licence pour exporter le H20 vers la Chine.');
    assert.ok(found.includes('us-government ISSUES us-h20-export-license-requirement-2025'), found.join('\n'));
    assert.ok(found.includes('us-h20-export-license-requirement-2025 TARGETS h20'), found.join('\n'));
  });
});

describe('a measure the sentence names beside its known issuer', () => {
  it('reads the issuer the knowledge base records, named before the measure in its clause, as issuing it', async () => {
    const found = await relationsIn('In its filing, Nvidia said the Commerce Department’s H20 licence requirement had cost it billions in April 2025.');
    assert.ok(found.includes('us-commerce-department ISSUES us-h20-export-license-requirement-2025') || found.includes('bis ISSUES us-h20-export-license-requirement-2025')
      || found.some((r) => / ISSUES us-h20-export-license-requirement-2025$/.test(r)), found.join('\n'));
  });

  it('does not read a government that scraps a measure as its issuer', async () => {
    const found = await relationsIn('In May 2025 the Trump administration scrapped the AI Diffusion Rule before it took effect.');
    assert.ok(!found.some((r) => / ISSUES ai-diffusion-rule-2025$/.test(r)), found.join('\n'));
  });

  it('does not read a wish to share revenue with a government as an arrangement it issued', async () => {
    const found = await relationsIn('Jensen Huang a dit sa volonté de partager une partie des revenus avec le gouvernement américain pour obtenir un accord.');
    assert.ok(!found.some((r) => / ISSUES us-china-chip-revenue-share-2025$/.test(r)), found.join('\n'));
  });
});

describe('which known measure an everyday word means', () => {
  it('reads "the ban" in an article about a regulator and a company as the one ban of that regulator on that company', async () => {
    const found = await relationsIn('China’s cyberspace regulator told operators of critical infrastructure to stop buying Micron products. '
      + 'Micron said it was talking to the CAC. A Commerce Department official said the ban had no basis.', { date: '2023-05-22' });
    const text = found.join('\n');
    assert.ok(!text.includes('china-cac-h20-security-inquiry-2025'), text);
  });

  it('does not read a review of one company as the inquiry into another', async () => {
    const found = await relationsIn('The CAC opened its security review of Micron on March 31, weeks after Washington restricted tool sales.');
    assert.ok(!found.some((r) => r.includes('china-cac-h20-security-inquiry-2025')), found.join('\n'));
  });
});

describe('listings told in other orders', () => {
  it('reads a listing in a story whose dateline says "May 18" (a month, not a modal)', async () => {
    const found = await relationsIn('WASHINGTON, May 18 (Wire) - The Commerce Department said on Wednesday it was adding Huawei to the Entity List.');
    assert.ok(found.includes('us-entity-list TARGETS huawei'), found.join('\n'));
  });

  it('reads a fronted "Inscrit … sur la liste noire, le groupe" as the company being on the list', async () => {
    const found = await relationsIn('Cambricon publie ses résultats. Inscrit depuis décembre 2022 sur la liste noire américaine, le groupe n’a plus accès aux technologies des États-Unis.');
    assert.ok(found.includes('us-entity-list TARGETS cambricon'), found.join('\n'));
  });

  it('reads a company listed in the passive across an apposition, and not a company named inside the apposition', async () => {
    const found = await relationsIn('Cambricon, a Beijing-based designer of AI chips, was added to the Entity List in December 2022.');
    assert.ok(found.includes('us-entity-list TARGETS cambricon'), found.join('\n'));
    const owner = await relationsIn('Wingtech, the owner of Nexperia, was added to the Entity List in December 2024.');
    assert.ok(owner.includes('us-entity-list TARGETS wingtech'), owner.join('\n'));
    assert.ok(!owner.includes('us-entity-list TARGETS nexperia'), owner.join('\n'));
  });

  it('reads the company before a relative clause or a plural apposition as listed, not one named inside it', async () => {
    const relative = await relationsIn('SMIC, which makes chips for Huawei, was added to the Entity List in December 2020.');
    assert.ok(relative.includes('us-entity-list TARGETS smic'), relative.join('\n'));
    assert.ok(!relative.includes('us-entity-list TARGETS huawei'), relative.join('\n'));
    const plural = await relationsIn('Biren and Moore Threads, two Shanghai-based GPU designers, were added to the Entity List.');
    for (const id of ['biren', 'moore-threads']) {
      assert.ok(plural.includes(`us-entity-list TARGETS ${id}`), plural.join('\n'));
      assert.ok(plural.includes(`${id} HEADQUARTERED_IN china-government`), plural.join('\n'));
    }
  });

  it('reads "It also added … to the Entity List" as the measure just named adding them', async () => {
    const found = await relationsIn('The December 2024 rule restricts exports of high-bandwidth memory to China. It also added 140 entities to the Entity List, among them the Chinese toolmakers Piotech and SiCarrier.', { date: '2024-12-03' });
    assert.ok(found.includes('us-advanced-computing-update-2024 TARGETS piotech'), found.join('\n'));
    assert.ok(found.includes('us-entity-list TARGETS sicarrier'), found.join('\n'));
  });
});

describe('an issuer after the measure', () => {
  it('reads "the licence requirement Washington imposed" (a relative clause without "that") as issued by Washington', async () => {
    const found = await relationsIn('The move builds on the H20 licence requirement Washington imposed in April 2025.');
    assert.ok(found.includes('us-government ISSUES us-h20-export-license-requirement-2025'), found.join('\n'));
  });

  it('reads "Washington a levé l’exigence de licence" as rescinding it, not issuing it', async () => {
    const found = await relationsIn('Washington a levé l’exigence de licence imposée en avril 2025 sur les exportations de H20 vers la Chine.');
    assert.ok(found.includes('us-government RESCINDS us-h20-export-license-requirement-2025'), found.join('\n'));
  });

  it('lists only the company a passive listing qualifies, and never reads "the rule" as a list', async () => {
    const found = await relationsIn('Nexperia is wholly owned by Wingtech Technology, a Chinese company placed on the Entity List last December, which brings Nexperia within the rule\'s reach.');
    assert.ok(found.includes('us-entity-list TARGETS wingtech'), found.join('\n'));
    assert.ok(!found.includes('us-entity-list TARGETS nexperia'), found.join('\n'));
    const active = await relationsIn('It also added 140 entities to the Entity List, among them Chinese toolmakers Piotech and SiCarrier.');
    assert.ok(active.includes('us-entity-list TARGETS piotech'), active.join('\n'));
  });

  it('does not give a known measure to a government of another state that acts on the same sentence', async () => {
    const found = await relationsIn('Pékin présentait ses mesures comme une réponse à la « règle des 50 % » adoptée fin septembre par le département américain du Commerce.');
    assert.ok(!found.includes('china-government ISSUES us-affiliates-rule-2025'), found.join('\n'));
    assert.ok(found.includes('us-commerce-department ISSUES us-affiliates-rule-2025'), found.join('\n'));
  });

  it('reads an addition to the Entity List as a listing, not as issuing the list; the list of a department is still its own', async () => {
    const added = await relationsIn('The US Commerce Department added Wingtech to its Entity List in December.');
    assert.ok(added.includes('us-entity-list TARGETS wingtech'), added.join('\n'));
    assert.ok(!added.includes('us-commerce-department ISSUES us-entity-list'), added.join('\n'));
    const owned = await relationsIn('SMIC figure sur la liste des entités du département du Commerce depuis décembre 2020.');
    assert.ok(owned.includes('us-commerce-department ISSUES us-entity-list'), owned.join('\n'));
  });

  it('links "the summons" to the known inquiry though a complement names another body, which does not issue it', async () => {
    const found = await relationsIn("China's Cyberspace Administration summoned Nvidia on July 31 over security risks in its H20 chip, and the summons cited calls by US lawmakers for tracking features.");
    assert.ok(found.includes('cac ISSUES china-cac-h20-security-inquiry-2025'), found.join('\n'));
    assert.ok(!found.some((r) => r.startsWith('us-congress ISSUES')), found.join('\n'));
  });

  it('reads a sale never allowed as no sale', async () => {
    const found = await relationsIn("Plusieurs experts en doutent, faute de machines qu'ASML n'a jamais été autorisé à livrer en Chine.");
    assert.ok(!found.includes('asml SELLS_TO china-government'), found.join('\n'));
  });

  it('reads a suspended measure as rescinded', async () => {
    const found = await relationsIn('Washington suspended the licence requirement on H20 exports to China in July.');
    assert.ok(found.includes('us-government RESCINDS us-h20-export-license-requirement-2025'), found.join('\n'));
  });
});

describe('what a measure covers, said around it', () => {
  it('reads countries that "fell into a middle tier" as under the measure named before', async () => {
    const found = await relationsIn('The AI Diffusion Rule sorted the world into three tiers. Close allies were exempt. Everyone else, from India and Malaysia to Saudi Arabia, fell into a middle tier with a cap on chips.');
    for (const state of ['india-government', 'malaysia-government', 'saudi-arabia-government']) assert.ok(found.includes(`ai-diffusion-rule-2025 TARGETS ${state}`), found.join('\n'));
  });

  it('links "the licence requirement on the H20" after "the controls on China" (China is its target, not a rival issuer)', async () => {
    const found = await relationsIn('The controls on China, including the licence requirement on Nvidia’s H20 imposed in April 2025, remain in place.');
    assert.ok(found.includes('us-h20-export-license-requirement-2025 TARGETS h20'), found.join('\n'));
  });

  it('does not read "in breach of US rules" as the rule another sentence named', async () => {
    const found = await relationsIn('The AI Diffusion Rule capped exports. Using Ascend chips anywhere risks a breach of US rules, the guidance says.');
    assert.ok(!found.some((r) => r.startsWith('ai-diffusion-rule-2025 TARGETS ascend')), found.join('\n'));
  });

});

describe('a measure told by what it makes necessary', () => {
  it('reads "needs a licence to ship the H20" as the known licence requirement', async () => {
    const found = await relationsIn('Since April 2025 Nvidia needs a licence to ship the H20 to China.');
    assert.ok(found.includes('us-h20-export-license-requirement-2025 TARGETS h20'), found.join('\n'));
  });

  it('does not read another country’s licences as the measure its neighbour sentence describes', async () => {
    const found = await relationsIn('In July 2023 Beijing said exporters of gallium and germanium would need a licence. The Netherlands and Japan already require licences for exports of their chipmaking tools.');
    assert.ok(!found.some((r) => r.startsWith('china-gallium-germanium-controls-2023 TARGETS') && /netherlands|japan/.test(r)), found.join('\n'));
    assert.ok(!found.some((r) => /(?:netherlands|japan)-government ISSUES china-gallium/.test(r)), found.join('\n'));
  });
});

describe('a known issuer in another clause', () => {
  it('does not read "Beijing protested, and the guidance …" as Beijing issuing the guidance', async () => {
    const found = await relationsIn('Beijing protested, and the H20 guidance has not slowed Chinese buyers.');
    const stated = await relationsIn('Beijing’s H20 guidance has not slowed Chinese buyers.');
    assert.ok(stated.includes('china-government ISSUES china-h20-avoidance-guidance-2025'), stated.join('\n'));
    assert.ok(!found.some((r) => r.startsWith('china-government ISSUES')), found.join('\n'));
  });
  it('reads a measure told by its act (an order, a warning) as the known policy its sentence dates and whose issuer it names', async () => {
    const order = await relationsIn('Chip news. In November 2024 the Commerce Department ordered TSMC to halt shipments of advanced chips to Chinese customers.', { date: '2025-03-01' });
    assert.ok(order.includes('us-commerce-department ISSUES us-tsmc-china-7nm-halt-2024'), order.join('\n'));
    assert.ok(order.includes('us-tsmc-china-7nm-halt-2024 TARGETS tsmc'), order.join('\n'));
    const warning = await relationsIn('Chip news. In May, the Bureau of Industry and Security warned that using Ascend 910B chips anywhere could breach US export controls.', { date: '2025-06-01' });
    assert.ok(warning.includes('bis ISSUES us-bis-ascend-guidance-2025'), warning.join('\n'));
    assert.ok(warning.includes('us-bis-ascend-guidance-2025 TARGETS ascend-910b'), warning.join('\n'));
    // An act in a year no known measure of its issuer has is no known measure.
    const other = await relationsIn('Chip news. In November 2019 the Commerce Department ordered TSMC to halt shipments to Huawei.', { date: '2020-03-01' });
    assert.ok(!other.some((r) => r.includes('us-tsmc-china-7nm-halt-2024')), other.join('\n'));
  });
  it('dates a month named without its year by the article: the last such month before it', async () => {
    const found = await relationsIn('Chip news. In November, the Commerce Department ordered TSMC to stop shipping advanced chips to Chinese customers.', { date: '2025-01-20' });
    assert.ok(found.includes('us-tsmc-china-7nm-halt-2024 TARGETS tsmc'), found.join('\n'));
    // The same words in an article of the following autumn speak of another November.
    const later = await relationsIn('Chip news. In November, the Commerce Department ordered TSMC to stop shipping advanced chips to Chinese customers.', { date: '2025-12-20' });
    assert.ok(!later.some((r) => r.includes('us-tsmc-china-7nm-halt-2024')), later.join('\n'));
  });
  it('reads the company a sentence says receives money under a law or subsidy as its target', async () => {
    const fr = await relationsIn('Chip news. Le département du Commerce a finalisé une subvention de 4,7 milliards de dollars au sud-coréen Samsung Electronics, au titre du Chips and Science Act.');
    assert.ok(fr.includes('chips-and-science-act TARGETS samsung-electronics'), fr.join('\n'));
    const en = await relationsIn('Chip news. SK Hynix, which received up to $458 million, is one of the companies funded under the CHIPS Act.');
    assert.ok(en.includes('chips-and-science-act TARGETS sk-hynix'), en.join('\n'));
    // A company merely named in a sentence about the law is none.
    const named = await relationsIn('Chip news. Intel lobbied hard while the CHIPS Act was debated.');
    assert.ok(!named.includes('chips-and-science-act TARGETS intel'), named.join('\n'));
  });

  it('reads the state named before a measure as its issuer rather than one named after it, and a period of comparison as no date of it', async () => {
    const japan = await relationsIn('Chip news. Since 2023 Japan has enforced export controls on 23 types of chipmaking equipment, bringing its rules into line with Washington.', { date: '2025-07-01' });
    assert.ok(japan.includes('japan-government ISSUES japan-chip-equipment-export-controls-2023'), japan.join('\n'));
    assert.ok(!japan.some((r) => r.includes('TARGETS us-government')), japan.join('\n'));
    const third = await relationsIn('Chip news. The Commerce Department on Monday published its third big set of restrictions on chips since October 2022.', { date: '2024-12-03' });
    assert.ok(!third.some((r) => r.includes('us-advanced-computing-rule-2022')), third.join('\n'));
  });
  it('does not make a government that opposes a measure its issuer, nor a country that qualifies "export controls" its target', async () => {
    const opposed = await relationsIn('In July 2023 China restricted exports of gallium. China\'s Ministry of Commerce said it firmly opposed the measures and would protect Chinese companies.', { date: '2023-07-10' });
    assert.ok(!opposed.includes('mofcom ISSUES china-gallium-germanium-controls-2023'), opposed.join('\n'));
    const modifier = await relationsIn('Chip news. In May, the US Commerce Department also issued guidance warning that using Huawei\'s Ascend AI chips anywhere in the world could breach US export controls.', { date: '2025-06-01' });
    assert.ok(!modifier.some((r) => r.endsWith('TARGETS us-government')), modifier.join('\n'));
  });
  it('dates everyday words by the day a known measure was announced ("les règles américaines du 2 décembre")', async () => {
    const found = await relationsIn('Chip news. Les règles américaines du 2 décembre ont ajouté 140 entités à la liste.', { date: '2025-01-29' });
    assert.ok(found.includes('us-government ISSUES us-advanced-computing-update-2024'), found.join('\n'));
    // The day a measure ended is no date of it.
    const ended = await relationsIn('Chip news. On May 13, the Bureau of Industry and Security issued guidance on chips that could violate US export controls.', { date: '2025-05-20' });
    assert.ok(!ended.some((r) => r.includes('ai-diffusion-rule-2025')), ended.join('\n'));
  });
  it('reads what a measure is meant to starve, what it puts in the firing line, and who will need licences under it as its targets', async () => {
    const starve = await relationsIn('Chip news. The Commerce Department published the December 2024 package of restrictions. The rules are also meant to starve Huawei.', { date: '2024-12-03' });
    assert.ok(starve.some((r) => /TARGETS huawei$/.test(r)), starve.join('\n'));
    const licences = await relationsIn('Chip news. The Commerce Department published the December 2024 package of restrictions. Applied Materials and KLA will need licences for a wider range of sales.', { date: '2024-12-03' });
    assert.ok(licences.some((r) => /TARGETS kla$/.test(r)), licences.join('\n'));
  });
  it('links a state\'s equity stake, a permit requirement and a French injunction to the known measures their sentences describe', async () => {
    const stake = await relationsIn('Chip news. Washington converted grants owed to Intel into an equity stake of about 10%.', { date: '2025-09-01' });
    assert.ok(stake.includes('us-government ISSUES us-intel-equity-stake-2025'), stake.join('\n'));
    const permits = await relationsIn('Chip news. In July, Malaysia began requiring permits for exports of US-made AI chips.', { date: '2025-08-01' });
    assert.ok(permits.includes('malaysia-government ISSUES malaysia-us-ai-chip-permit-2025'), permits.join('\n'));
    // A company's stake in another is no state measure.
    const company = await relationsIn('Chip news. Nvidia took a stake of about 4% in Intel.', { date: '2025-09-20' });
    assert.ok(!company.some((r) => r.includes('us-intel-equity-stake-2025')), company.join('\n'));
  });
});
