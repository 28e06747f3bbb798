/**
 * Relationships stated in each sentence. This file builds what the families of rules share (the
 * article's context, and for each sentence its view: mentions with their stand-ins and their
 * coordination groups) and calls the families of `relations/` in a fixed order; the order matters,
 * as a relation found twice keeps the first rule that found it at its highest confidence, and some
 * families ask what earlier ones already joined. Every relation respects its predicate's domain and
 * range, and carries a confidence, the id of its rule and the sentence as evidence.
 */
import { edgeId } from '../../schema/edge-id.ts';
import { fitsPredicate, type EntityType, type Predicate } from '../../schema/vocabulary.ts';
import { foldKeepingOffsets } from '../../schema/fold-text.ts';
import type { ExtractedRelation, Span } from './extraction-contract.ts';
import { agencyOfState } from './relations/agency-of-state.ts';
import { articleContext, type ArticleToRead } from './relations/article-context.ts';
import { coordinationGroups } from './relations/coordination.ts';
import { knownLeaders } from './relations/known-leaders.ts';
import { knownMakers } from './relations/known-makers.ts';
import { mentionCues } from './relations/mention-cues.ts';
import { nationalityRelations } from './relations/nationality.ts';
import { salesToNationalBuyers } from './relations/national-buyers.ts';
import { applyPairRules } from './relations/pair-rules.ts';
import { customersOf, suppliedChips, suppliersListed } from './relations/customers-and-suppliers.ts';
import { exportRestrictions, issuerFamily, policyFrames } from './relations/policy-frames.ts';
import { policyNationality } from './relations/policy-nationality.ts';
import type { Emit, RelationMention, SentenceView } from './relations/sentence-view.ts';
import { withStandIns } from './relations/stand-ins.ts';
import { applyTriggerRules, exportsOfArticleGovernment, type UnattributedExport } from './relations/trigger-rules.ts';

export type { RelationMention } from './relations/sentence-view.ts';

/** The sentences and mentions of an article, as every family of rules reads them (`relations/article-context.ts`). */
export type ExtractRelationsInput = ArticleToRead;

export interface RelationsFound {
  relations: ExtractedRelation[];
  /** Mentions some rules imply (a state named inside an agency's name, a title): add them to the entities. */
  impliedMentions: RelationMention[];
}

/** Relations below this confidence are not returned. */
export const MIN_CONFIDENCE = 0.5;

export function extractRelations(input: ExtractRelationsInput): RelationsFound {
  const { sentences, gazetteer } = input;
  const real = [...input.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const found = new Map<string, ExtractedRelation>();
  /** Unordered pairs of entities some relation already joins: `a|b` with a < b. */
  const joined = new Set<string>();
  const pairOf = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const implied: RelationMention[] = [];
  const bySentence = new Map<number, RelationMention[]>();
  for (const m of real) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const add = (subject: string, given: Predicate, object: string, confidence: number, rule: string, evidence: Span, extra: { date?: string; amount?: string } = {}): void => {
    if (subject === object || confidence < MIN_CONFIDENCE) return;
    const s = gazetteer.entries.get(subject)?.type ?? typeOf(subject);
    const o = gazetteer.entries.get(object)?.type ?? typeOf(object);
    // Selling to a company is supplying it (parts, memory, tools): SELLS_TO is kept for a country's market.
    // A foundry that "makes" a chip fabricates it: the chip is its customer's.
    const predicate: Predicate = given === 'SELLS_TO' && o === 'Company' ? 'SUPPLIES'
      : given === 'MAKES' && gazetteer.entries.get(subject)?.sector === 'FOUNDRY' ? 'FABRICATES' : given;
    if (!s || !o || !fitsPredicate(predicate, s, o)) return;
    // A measure the knowledge base knows is issued by its issuers, their states and agencies only
    // ("the summons cited calls by US lawmakers", "Pékin présentait ses mesures comme une réponse à la règle des 50 %").
    if (predicate === 'ISSUES' && (gazetteer.entries.get(object)?.issuers ?? []).length > 0 && !issuerFamily(subject, object, gazetteer)) return;
    // A chip's own maker ordering it from a foundry does not buy it.
    if (predicate === 'BUYS' && (gazetteer.entries.get(object)?.makers ?? []).some((m) => m.endsWith(`|${subject}`))) return;
    const key = edgeId(subject, predicate, object);
    const existing = found.get(key);
    if (existing && existing.confidence >= confidence) return;
    const relation: ExtractedRelation = { subject, predicate, object, confidence: Math.round(confidence * 100) / 100, rule, evidence: { ...evidence } };
    if (extra.amount) relation.amount = extra.amount;
    found.set(key, relation);
    joined.add(pairOf(subject, object));
  };
  const typeById = new Map<string, EntityType>();
  for (const m of real) typeById.set(m.entityId, m.type);
  function typeOf(id: string): EntityType | undefined { return typeById.get(id); }
  const context = articleContext({ ...input, mentions: real }, (a, b) => joined.has(pairOf(a, b)), implied);

  const unattributedExports: UnattributedExport[] = [];
  for (const sentence of sentences) {
    const folded = foldKeepingOffsets(sentence.text);
    const evidence: Span = { text: sentence.text, start: sentence.start, end: sentence.end };
    const { mentions: ms, pluralGroups } = withStandIns(sentence, folded, bySentence.get(sentence.index) ?? [], context);
    ms.sort((a, b) => a.start - b.start || b.end - a.end);
    const groups = coordinationGroups(ms, folded, sentence.start);
    for (const group of pluralGroups) for (const m of group) groups.set(m, group);
    const view: SentenceView = { sentence, folded, mentions: ms, groups, evidence };
    const emit: Emit = (subject, predicate, object, confidence, rule, span = evidence, extra) => add(subject, predicate, object, confidence, rule, span, extra);
    policyFrames(view, context, emit);
    policyNationality(view, context, emit);
    agencyOfState(view, context, emit);
    nationalityRelations(view, context, emit, (state, start, end) => context.imply(state, 'Government', start, end));
    salesToNationalBuyers(view, context, emit, (state, start, end) => context.imply(state, 'Government', start, end));
    applyPairRules(view, context, emit);
    suppliedChips(view, emit);
    customersOf(view, context, emit);
    suppliersListed(view, context, emit);
    applyTriggerRules(view, context, emit, unattributedExports);
    mentionCues(view, context, emit, (mention) => implied.push(mention));
    // Last, what only the knowledge base can tell apart: which company named here makes the chip,
    // which company or government a person named with a role leads.
    knownMakers(view, context, emit);
    knownLeaders(view, context, emit);
  }

  // Article-level readings: rules that give their own evidence.
  const emitWithEvidence: Emit = (subject, predicate, object, confidence, rule, span, extra) => add(subject, predicate, object, confidence, rule, span ?? { text: '', start: 0, end: 0 }, extra);
  exportRestrictions([...found.values()], gazetteer, (id) => gazetteer.entries.get(id)?.kind, emitWithEvidence);
  exportsOfArticleGovernment([...found.values()], unattributedExports, emitWithEvidence);
  return { relations: [...found.values()], impliedMentions: implied };
}
