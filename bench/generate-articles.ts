/**
 * Articles of about 500 words for the ingestion benchmark, in English and French, written from the
 * template sentences below with names (and nicknames, and French forms) from the gazetteer.
 * Deterministic: article `i` of a seed is always the same text.
 */
import type { EntityType } from '../schema/vocabulary.ts';
import type { GazetteerEntry } from '../seed/ingest/build-gazetteer.ts';
import { prng } from './prng.ts';

/** Slots: {company} {company2} {chip} {chip2} {gov} {person} {policy} {year} {month} {pct} {amount}. */
const TEMPLATES_EN = [
  '{company} said on {month} {day}, {year} that it would keep selling the {chip} to customers in Asia despite the new rules.',
  'The {gov} has opened an investigation into {company} over the way it reported sales of the {chip}.',
  '{person}, who leads {company}, told analysts that demand for the {chip} was stronger than expected.',
  'Under the {policy}, exports of the {chip} now need a licence, and {company} expects revenue to fall by {pct} percent.',
  '{company} designs the {chip}, which is fabricated by {company2} on a five-nanometre process.',
  'Officials at the {gov} urged local buyers to avoid the {chip2} and to look at domestic alternatives instead.',
  '{company2} competes with {company} for orders from cloud providers, and both are racing to ship successors to the {chip}.',
  'The {chip2} is based on the same architecture as the {chip}, with less memory bandwidth to stay under the thresholds.',
  'In {year}, the {gov} announced the {policy}, which targets {company} and several of its suppliers.',
  'Analysts estimate that {company} paid {amount} million dollars to the {gov} as part of a revenue-share arrangement.',
  'Shares of {company2} rose after it said it supplies memory and packaging to {company}.',
  'The {gov} later allowed exports of the {chip} under licence, a decision criticised by lawmakers in both parties.',
  'A spokesperson for {company} declined to comment on reports that it plans to acquire {company2}.',
  'Customers in the region still buy the {chip2}, although lead times have stretched to several months.',
];

const TEMPLATES_FR = [
  '{company} a annoncé le {day} {monthFr} {year} qu’elle continuerait de vendre la puce {chip} à ses clients asiatiques.',
  'Le {gov} a ouvert une enquête visant {company} au sujet de ses ventes de {chip}.',
  '{person}, qui dirige {company}, a déclaré aux analystes que la demande pour le {chip} dépassait les attentes.',
  'Avec le {policy}, l’exportation du {chip} exige désormais une licence, et {company} prévoit un recul de {pct} % de ses revenus.',
  '{company} conçoit le {chip}, fabriqué par {company2} sur un procédé de cinq nanomètres.',
  'Les autorités du {gov} ont invité les acheteurs locaux à éviter le {chip2} au profit de solutions nationales.',
  '{company2} concurrence {company} sur les commandes des fournisseurs de cloud, et les deux préparent des successeurs du {chip}.',
  'Le {chip2} repose sur la même architecture que le {chip}, avec une bande passante mémoire réduite pour rester sous les seuils.',
  'En {year}, le {gov} a annoncé le {policy}, qui vise {company} et plusieurs de ses fournisseurs.',
  'Selon les analystes, {company} aurait versé {amount} millions de dollars au {gov} dans le cadre d’un partage des revenus.',
  'L’action de {company2} a progressé après l’annonce de ses livraisons de mémoire à {company}.',
  'Le {gov} a ensuite autorisé l’exportation du {chip} sous licence, une décision critiquée par les parlementaires.',
  'Un porte-parole de {company} n’a pas souhaité commenter les rumeurs de rachat de {company2}.',
  'Les clients de la région achètent toujours le {chip2}, malgré des délais de livraison de plusieurs mois.',
];

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export interface GeneratedArticle {
  /** File name for a folder of articles. */
  name: string;
  language: 'en' | 'fr';
  title: string;
  date: string;
  /** Markdown with front matter, as the sample articles are written. */
  markdown: string;
  words: number;
}

/** Builds the article generator over a gazetteer's entries. */
export function articleGenerator(entries: readonly GazetteerEntry[], seed = 42): (index: number, words?: number) => GeneratedArticle {
  const byType = new Map<EntityType, GazetteerEntry[]>();
  for (const entry of entries) byType.set(entry.type, [...(byType.get(entry.type) ?? []), entry]);
  return (index, words = 500) => {
    const rng = prng(seed * 1_000_003 + index);
    const language = index % 3 === 2 ? 'fr' : 'en';
    const pickEntry = (type: EntityType): GazetteerEntry => {
      const list = byType.get(type) ?? [];
      return list[Math.floor(rng() * list.length)] ?? { id: 'x', type, name: type, aliases: [] };
    };
    // A name as a journalist would write it: mostly the display name, sometimes an alias or nickname.
    // Governments are mostly named by a country or capital alias ("China", "Pékin"), not their display name.
    const nameOf = (entry: GazetteerEntry): string => {
      const useAlias = entry.type === 'Government' ? rng() < 0.8 : rng() < 0.3;
      return !useAlias || entry.aliases.length === 0 ? entry.name : (entry.aliases[Math.floor(rng() * entry.aliases.length)] ?? entry.name);
    };
    const cast = {
      company: pickEntry('Company'), company2: pickEntry('Company'), chip: pickEntry('Chip'), chip2: pickEntry('Chip'),
      gov: pickEntry('Government'), person: pickEntry('Person'), policy: pickEntry('Policy'),
    };
    const year = 2020 + Math.floor(rng() * 6);
    const month = Math.floor(rng() * 12);
    const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
    const templates = language === 'en' ? TEMPLATES_EN : TEMPLATES_FR;
    const fill = (template: string): string =>
      template.replace(/\{(\w+)\}/g, (_, slot: string) => {
        switch (slot) {
          case 'year': return String(year);
          case 'month': return MONTHS_EN[month] ?? 'May';
          case 'monthFr': return MONTHS_FR[month] ?? 'mai';
          case 'day': return String(1 + Math.floor(rng() * 28));
          case 'pct': return String(5 + Math.floor(rng() * 40));
          case 'amount': return String(10 + Math.floor(rng() * 900));
          default: {
            const entry = cast[slot as keyof typeof cast];
            // Re-cast now and then, so an article names more than one of each.
            if (entry && rng() < 0.25) cast[slot as keyof typeof cast] = pickEntry(entry.type);
            return entry ? nameOf(entry) : slot;
          }
        }
      });
    const title = fill(templates[Math.floor(rng() * templates.length)] ?? '').replace(/\.$/, '');
    const paragraphs: string[] = [];
    let count = 0;
    while (count < words) {
      const sentences: string[] = [];
      for (let s = 0; s < 4 && count < words; s++) {
        const sentence = fill(templates[Math.floor(rng() * templates.length)] ?? '');
        sentences.push(sentence);
        count += sentence.split(/\s+/).length;
      }
      paragraphs.push(sentences.join(' '));
    }
    const markdown = [
      '---', `title: ${title}`, `date: ${date}`, `url: https://example.org/bench/${index}`, `language: ${language}`, '---',
      title, '', paragraphs.join('\n\n'), '',
    ].join('\n');
    return { name: `${String(index).padStart(5, '0')}-${language}.md`, language, title, date, markdown, words: count };
  };
}
