import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractRelations, type RelationMention } from './extract-relations.ts';
import { findPolicies } from './find-policies.ts';
import { linkEntities } from './link-entities.ts';
import { splitSentences } from './split-sentences.ts';
import { testGazetteer } from './test-gazetteer.ts';
import { tokenize } from './tokenize.ts';

const gazetteer = testGazetteer();
function relations(text: string, language: 'en' | 'fr', extra: RelationMention[] = []): string[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, language);
  const linked = linkEntities({ text, tokens, sentences, gazetteer });
  const policies = findPolicies({ text, tokens, sentences, mentions: linked, gazetteer });
  const mentions: RelationMention[] = [
    ...linked.map((m) => ({ entityId: m.entityId, type: m.type, start: m.start, end: m.end, sentence: m.sentence, text: m.text })),
    ...policies.map((p) => ({ entityId: p.entityId, type: 'Policy' as const, start: p.start, end: p.end, sentence: p.sentence, text: p.text })),
    ...extra,
  ];
  return extractRelations({ text, sentences, mentions, gazetteer }).relations.map((r) => `${r.subject} ${r.predicate} ${r.object} [${r.rule}]`);
}

describe('extractRelations', () => {
  it('reads "the company" as the company the article is about, not the last one a side remark named', () => {
    const text = 'Nvidia sells the H20 in China. Nvidia said demand was strong. Buyers also look at chips from Huawei and Cambricon. Beijing has been investigating the company since December.';
    const found = relations(text, 'en');
    assert.ok(found.some((r) => r.startsWith('china-government INVESTIGATES nvidia')), found.join('\n'));
    assert.ok(!found.some((r) => r.startsWith('china-government INVESTIGATES cambricon')), found.join('\n'));
  });

  it('reads "les puces H20 de NVIDIA" as NVIDIA making the H20', () => {
    assert.deepEqual(relations('Les puces d’IA H20 de NVIDIA sont bloquées.', 'fr'), ['nvidia MAKES h20 [fr.possessive-chip-of-company]']);
  });

  it('reads "Nvidia’s H20" as Nvidia making the H20', () => {
    assert.deepEqual(relations('Washington worries about Nvidia’s H20.', 'en'), ['nvidia MAKES h20 [en.possessive-company-chip]']);
  });

  it('reads "Le PDG de NVIDIA, Jensen Huang" as Jensen Huang leading NVIDIA', () => {
    assert.deepEqual(relations('Le PDG de NVIDIA, Jensen Huang, a parlé.', 'fr'), ['jensen-huang LEADS nvidia [role-of-company-apposition]']);
  });

  it('reads a foundry that "makes" a chip as fabricating it', async () => {
    const { relationsIn } = await import('./relations/read-relations.test-support.ts');
    const found = await relationsIn('Demand for AI accelerators rose again in the spring. TSMC makes the H20 for Nvidia in Taiwan.');
    assert.ok(found.includes('tsmc FABRICATES h20'), found.join('\n'));
    assert.ok(!found.includes('tsmc MAKES h20'), found.join('\n'));
  });

  it('reads "NVIDIA, which is run by Jensen Huang" as Jensen Huang leading NVIDIA', () => {
    assert.deepEqual(relations('NVIDIA, which is run by Jensen Huang, declined to comment.', 'en'), ['jensen-huang LEADS nvidia [company-led-by-person]']);
  });

  it('reads domestic competitors listed with "comme" as rivals of the article’s main company', () => {
    const text = 'NVIDIA vend peu. NVIDIA recule. Des concurrents nationaux comme Huawei progressent.';
    assert.deepEqual(relations(text, 'fr'), ['huawei COMPETES_WITH nvidia [competitor-listed]']);
  });

  it('reads "alternatives … comme Cambricon, plutôt que … NVIDIA" as Cambricon competing with NVIDIA', () => {
    const text = 'Les entreprises se tournent vers des alternatives locales comme Cambricon, plutôt que de s’appuyer sur les offres de NVIDIA.';
    assert.deepEqual(relations(text, 'fr'), ['cambricon COMPETES_WITH nvidia [competitor-listed]']);
  });

  it('reads a government opening an investigation into a chip', () => {
    const found = relations('Le gouvernement chinois a lancé une enquête sur les puces H20.', 'fr');
    assert.ok(found.includes('china-government INVESTIGATES h20 [investigates]'));
    assert.ok(found.includes('china-government ISSUES cac-h20-inquiry [government-issues-policy]'));
    assert.ok(found.some((r) => r.startsWith('cac-h20-inquiry TARGETS h20 ')), found.join('\n'));
  });

  it('reads the lifting of controls by a government as allowing the chip’s export', () => {
    const found = relations('Malgré la levée des contrôles à l’exportation par Washington, les puces H20 restent bloquées.', 'fr');
    assert.ok(found.includes('us-government ALLOWS_EXPORT_OF h20 [allows-export]'));
  });

  it('reads licences delivered again, a shipment approved and a requirement lifted as allowing the export, not of a chip\'s generation', () => {
    assert.ok(relations('En juillet, le Commerce Department avait recommencé à délivrer des licences pour le H20.', 'fr').includes('us-commerce-department ALLOWS_EXPORT_OF h20 [allows-export]'));
    const approved = relations("Le Commerce Department a indiqué avoir approuvé l'envoi de 35 000 puces H20 de la génération Blackwell.", 'fr');
    assert.ok(approved.includes('us-commerce-department ALLOWS_EXPORT_OF h20 [allows-export]'), approved.join('\n'));
    assert.ok(!approved.some((r) => r.startsWith('us-commerce-department ALLOWS_EXPORT_OF blackwell')), approved.join('\n'));
    assert.ok(relations("Washington a levé l'exigence de licence sur les exportations de H20 vers la Chine.", 'fr').includes('us-government ALLOWS_EXPORT_OF h20 [allows-export]'));
  });

  it('reads a shipment that needs a licence as an export restriction', () => {
    const found = relations('The US told Nvidia that its H20 can no longer be shipped to China without a licence.', 'en');
    assert.ok(found.includes('us-government RESTRICTS_EXPORT_OF h20 [restricts-export]'));
  });

  it('shares one relation among coordinated subjects', () => {
    const found = relations('Nvidia and AMD will pay Washington 15% of their China revenue.', 'en');
    assert.ok(found.includes('nvidia PAYS us-government [pays]'));
    assert.ok(found.includes('amd PAYS us-government [pays]'));
  });

  it('does not state a payment that is only a wish', () => {
    assert.deepEqual(relations('NVIDIA a indiqué sa volonté de partager une partie des revenus avec Washington.', 'fr').filter((r) => r.includes('PAYS')), []);
  });

  it('reads an agency whose name holds its state as part of that state', () => {
    assert.ok(relations("L'Administration du cyberespace de Chine a convoqué Nvidia.", 'fr').includes('cac PART_OF china-government [agency-named-with-parent]'));
  });

  it('respects domain and range: a chip never leads a company', () => {
    for (const relation of relations('The H20, led by Nvidia, sells well.', 'en')) assert.ok(!relation.includes('LEADS'));
  });
});
