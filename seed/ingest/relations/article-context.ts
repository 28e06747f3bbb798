/**
 * What the families of rules may ask about the article beyond their sentence (`ArticleContext`):
 * the company and the state it names most, what a stand-in such as "the company" stands for, the
 * mentions of a type named shortly before, the years it mentions; and a way to record a mention a
 * rule implies.
 */
import type { EntityType } from '../../../schema/vocabulary.ts';
import type { Gazetteer } from '../build-gazetteer.ts';
import type { Sentence } from '../split-sentences.ts';
import type { ArticleContext, RelationMention } from './sentence-view.ts';

export interface ArticleToRead {
  text: string;
  sentences: readonly Sentence[];
  /** Every mention of the article, by start (longest first on ties). */
  mentions: readonly RelationMention[];
  gazetteer: Gazetteer;
  /** The article's language ('en', 'fr'); rules that depend on word order read it. */
  language?: string;
  /** ISO date of the article, to tell which of a list's additions a sentence means. */
  articleDate?: string;
}

/**
 * The context of `article`. `related` tells whether a relation found so far joins two entities;
 * mentions implied through `imply` are added to `implied` (once per entity and start).
 */
export function articleContext(article: ArticleToRead, related: (a: string, b: string) => boolean, implied: RelationMention[]): ArticleContext {
  const { text, sentences, gazetteer, mentions: real } = article;
  const companyCounts = new Map<string, number>();
  for (const m of real) if (m.type === 'Company') companyCounts.set(m.entityId, (companyCounts.get(m.entityId) ?? 0) + 1);
  const focal = [...companyCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const stateCounts = new Map<string, number>();
  for (const m of real) {
    const entry = gazetteer.entries.get(m.entityId);
    if (entry?.type === 'Government' && entry.kind === 'STATE') stateCounts.set(m.entityId, (stateCounts.get(m.entityId) ?? 0) + 1);
  }
  const focalState = [...stateCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const lastSeen = (type: EntityType, before: number): RelationMention | undefined => {
    for (let k = real.length - 1; k >= 0; k--) {
      const m = real[k];
      if (m && m.type === type && m.end <= before && !m.pseudo) {
        const sentence = sentences[m.sentence];
        const current = sentences.find((s) => s.start <= before && before <= s.end);
        if (sentence && current && current.index - sentence.index > 3) return undefined;
        return m;
      }
    }
    return undefined;
  };
  const salient = (type: EntityType, before: number): RelationMention | undefined => {
    const last = lastSeen(type, before);
    if (!last) return undefined;
    const current = sentences.find((s) => s.start <= before && before <= s.end)?.index ?? 0;
    const counts = new Map<string, number>();
    for (const m of real) if (m.type === type && !m.pseudo && m.end <= before) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    const recent = real.filter((m) => m.type === type && !m.pseudo && m.end <= before && m.sentence >= current - (counts.get(m.entityId) ?? 0) - 2);
    // The most named; between equals, the one of the latest sentence, and in it the first named (its subject, as a reader takes "Le groupe" to be).
    const later = (x: RelationMention, y: RelationMention): boolean => x.sentence > y.sentence || (x.sentence === y.sentence && x.start < y.start);
    const best = recent.reduce((a, b) => ((counts.get(b.entityId) ?? 0) > (counts.get(a.entityId) ?? 0) || ((counts.get(b.entityId) ?? 0) === (counts.get(a.entityId) ?? 0) && later(b, a)) ? b : a), last);
    return best;
  };
  const mentionsBefore = (type: EntityType) => (offset: number, back: number): RelationMention[] => {
    const current = sentences.find((s) => s.start <= offset && offset <= s.end)?.index ?? 0;
    return real.filter((m) => m.type === type && !m.pseudo && m.end <= offset && m.sentence >= current - back);
  };
  return {
    text, language: article.language ?? 'en', gazetteer, mentions: real, lastSeen, salient, focalCompany: focal, focalState,
    companiesBefore: mentionsBefore('Company'), governmentsBefore: mentionsBefore('Government'), policiesBefore: mentionsBefore('Policy'),
    articleDate: article.articleDate,
    related,
    yearsMentioned: [...new Set((text.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number))],
    imply(entityId, type, start, end) {
      if (implied.some((m) => m.entityId === entityId && m.start === start)) return;
      const sentence = sentences.find((x) => x.start <= start && start < x.end)?.index ?? 0;
      implied.push({ entityId, type, start, end, sentence, text: text.slice(start, end) });
    },
  };
}
