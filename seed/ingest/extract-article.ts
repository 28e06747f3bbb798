/**
 * The whole pipeline, top to bottom, for one article already read (`read-article.ts`):
 * language -> sentences -> tokens -> known entities -> policies -> new entities -> relations ->
 * dates, returning the extraction contract (`extraction-contract.ts`). Pure and deterministic:
 * the same text and gazetteer give the same JSON.
 */
import type { EntityType } from '../../schema/vocabulary.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { detectLanguage } from './detect-language.ts';
import type { ExtractedEntity, ExtractedMention, ExtractionResult, ExtractionWarning } from './extraction-contract.ts';
import { extractDates } from './extract-dates.ts';
import { extractRelations, type RelationMention } from './extract-relations.ts';
import { findCandidates, type CandidateMention } from './find-candidates.ts';
import { findPolicies } from './find-policies.ts';
import { linkEntities, sentenceOfTokens } from './link-entities.ts';
import type { ArticleText } from './read-article.ts';
import { splitSentences, type Sentence } from './split-sentences.ts';
import { tokenize } from './tokenize.ts';

/** A digit, a month or a weekday (English or French). */
const MAY_HOLD_DATE = /\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|(?:jan|feb|aug|sept?|oct|nov|dec)\.|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|yesterday|today|hier|aujourd)\b/i;

interface EntityDraft {
  entity: ExtractedEntity;
  first: number;
}

export function extractArticle(article: ArticleText, gazetteer: Gazetteer): ExtractionResult {
  const { text, bodyStart, bodyEnd } = article;
  const warnings: ExtractionWarning[] = [...(article.warnings ?? [])];
  const guess = detectLanguage(text.slice(bodyStart, bodyEnd), article.declaredLanguage);
  if (guess.warning) warnings.push({ code: guess.language === 'other' ? 'LANGUAGE_NOT_SUPPORTED' : 'LANGUAGE_UNCERTAIN', message: guess.warning });
  if (!article.textIsFile && article.format !== 'html') {
    warnings.push({ code: 'TEXT_NORMALIZED', message: 'The file is not in Unicode NFC; offsets refer to the normalized text given in "text".' });
  }
  const sentences = splitSentences(text, guess.language, bodyStart, bodyEnd);
  const tokens = tokenize(text, bodyStart, bodyEnd);
  const linked = linkEntities({ text, tokens, sentences, gazetteer });

  const drafts = new Map<string, EntityDraft>();
  const addMention = (id: string, type: EntityType, name: string, isNew: boolean, mention: ExtractedMention, extra: Partial<ExtractedEntity> = {}): void => {
    let draft = drafts.get(id);
    if (!draft) {
      draft = { entity: { id, type, name, isNew, mentions: [], ...extra }, first: mention.start };
      drafts.set(id, draft);
    }
    if (draft.entity.mentions.some((m) => m.start === mention.start && m.end === mention.end)) return;
    draft.entity.mentions.push(mention);
    draft.first = Math.min(draft.first, mention.start);
  };
  const nameOf = (id: string): string => gazetteer.entries.get(id)?.name ?? id;
  for (const m of linked) {
    addMention(m.entityId, m.type, nameOf(m.entityId), false, { text: m.text, start: m.start, end: m.end, rule: m.rule, ...(m.alias ? { alias: m.alias } : {}) });
  }

  const relationMentions: RelationMention[] = linked.map((m) => ({ entityId: m.entityId, type: m.type, start: m.start, end: m.end, sentence: m.sentence, text: m.text }));
  let relations: ExtractionResult['relations'] = [];
  if (guess.language !== 'other') {
    const policies = findPolicies({ text, tokens, sentences, mentions: linked, gazetteer, ...(article.date ? { articleDate: article.date } : {}) });
    for (const p of policies) {
      addMention(p.entityId, 'Policy', p.name, p.isNew, { text: p.text, start: p.start, end: p.end, rule: p.rule, ...(p.alias ? { alias: p.alias } : {}) },
        p.isNew ? { policy: { kind: p.kind, actors: p.actors ?? [] } } : {});
      relationMentions.push({ entityId: p.entityId, type: 'Policy', start: p.start, end: p.end, sentence: p.sentence, text: p.text });
    }
    const sentenceOfToken = sentenceOfTokens(tokens, sentences);
    const covered = new Set<number>();
    const spans = [...linked.map((m) => [m.start, m.end] as const), ...policies.map((p) => [p.start, p.end] as const)].sort((a, b) => a[0] - b[0]);
    let k = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t) continue;
      while (k < spans.length && (spans[k]?.[1] ?? 0) <= t.start) k++;
      for (let j = k; j < spans.length && (spans[j]?.[0] ?? Infinity) < t.end; j++) {
        if ((spans[j]?.[1] ?? 0) > t.start) { covered.add(i); break; }
      }
    }
    const companyTokens = new Set(linked.filter((m) => m.type === 'Company').flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)));
    const candidates = findCandidates({ text, tokens, sentenceOfToken, covered, companyTokens, knownIds: new Set(gazetteer.entries.keys()) });
    for (const c of [...candidates, ...otherOccurrences(text, candidates, spans, sentences, bodyStart, bodyEnd)]) {
      addMention(c.entityId, c.type, c.name, true, { text: c.text, start: c.start, end: c.end, rule: c.rule });
      relationMentions.push({ entityId: c.entityId, type: c.type, start: c.start, end: c.end, sentence: c.sentence, text: c.text });
    }
    const found = extractRelations({ text, sentences, mentions: relationMentions, gazetteer, language: guess.language, ...(article.date ? { articleDate: article.date } : {}) });
    for (const m of found.impliedMentions) {
      addMention(m.entityId, m.type, nameOf(m.entityId), false, { text: m.text, start: m.start, end: m.end, rule: 'implied' });
    }
    relations = found.relations;
    const datesBySentence = new Map<number, string | undefined>();
    for (const relation of relations) {
      let date = datesBySentence.get(relation.evidence.start);
      if (!datesBySentence.has(relation.evidence.start)) {
        // chrono is the slowest stage: ask it only about sentences that may hold a date.
        date = MAY_HOLD_DATE.test(relation.evidence.text) ? extractDates(relation.evidence.text, guess.language, article.date)[0]?.date : undefined;
        datesBySentence.set(relation.evidence.start, date);
      }
      if (date) relation.date = date;
    }
  }
  const entities = [...drafts.values()].sort((a, b) => a.first - b.first).map((d) => {
    d.entity.mentions.sort((a, b) => a.start - b.start);
    return d.entity;
  });
  const ids = new Set(entities.map((e) => e.id));
  relations = relations.filter((r) => ids.has(r.subject) && ids.has(r.object))
    .sort((a, b) => a.evidence.start - b.evidence.start || a.predicate.localeCompare(b.predicate) || a.subject.localeCompare(b.subject) || a.object.localeCompare(b.object));
  if (entities.length === 0) warnings.push({ code: 'NO_ENTITIES', message: 'No known or new entity was found in the article.' });
  const result: ExtractionResult = { language: guess.language, entities, relations, warnings };
  if (article.title) result.title = article.title;
  if (article.date) result.date = article.date;
  if (article.url) result.url = article.url;
  if (!article.textIsFile) result.text = text;
  return result;
}

/**
 * A new entity proposed once is the same entity wherever its name appears again in the body, cue
 * or not ("Analog Devices, its Massachusetts-based rival" after "suppliers including … Analog Devices").
 */
function otherOccurrences(text: string, found: readonly CandidateMention[], taken: ReadonlyArray<readonly [number, number]>, sentences: readonly Sentence[], bodyStart: number, bodyEnd: number): CandidateMention[] {
  const out: CandidateMention[] = [];
  const spans = [...taken, ...found.map((c) => [c.start, c.end] as const)];
  const seen = new Set<string>();
  for (const c of found) {
    if (seen.has(c.text) || c.text.length < 3) continue;
    seen.add(c.text);
    const escaped = c.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const match of text.slice(bodyStart, bodyEnd).matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = bodyStart + (match.index ?? 0);
      const end = start + c.text.length;
      if (spans.some(([a, b]) => a < end && start < b)) continue;
      const sentence = sentences.findIndex((x) => x.start <= start && end <= x.end);
      if (sentence < 0) continue;
      spans.push([start, end]);
      out.push({ ...c, start, end, sentence, rule: `${c.rule}.again` });
    }
  }
  return out;
}
