/**
 * The one representation of a sentence that every family of relation rules reads: its text folded
 * without moving offsets, the mentions in it (entities, policies and stand-ins such as "the
 * company" resolved to an antecedent), mentions joined by coordination ("Alibaba, Baidu and
 * Tencent"), and a way to emit a relation with the sentence as its evidence.
 */
import type { EntityType, Predicate } from '../../../schema/vocabulary.ts';
import type { Gazetteer } from '../build-gazetteer.ts';
import type { Span } from '../extraction-contract.ts';
import type { Sentence } from '../split-sentences.ts';

export interface RelationMention {
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
  sentence: number;
  text: string;
  /** A stand-in ("the chip", "its") resolved to an entity named earlier: never shown as a mention. */
  pseudo?: boolean;
}

export interface SentenceView {
  sentence: Sentence;
  /** The sentence folded (lower case, no accents, plain apostrophes), offsets unchanged. */
  folded: string;
  /** Mentions in the sentence, by start (longest first on ties), stand-ins included. */
  mentions: readonly RelationMention[];
  /** Each mention's coordination group (itself alone when it has none). */
  groups: ReadonlyMap<RelationMention, readonly RelationMention[]>;
  /** The sentence as evidence. */
  evidence: Span;
}

/** What rules may ask about the article beyond the sentence. */
export interface ArticleContext {
  text: string;
  /** The article's language: 'en', 'fr' (or 'other'). */
  language: string;
  gazetteer: Gazetteer;
  /** Every real mention of the article (no stand-ins), by start (longest first on ties). */
  mentions: readonly RelationMention[];
  /** The last real mention of a type that ends before `offset`, within three sentences. */
  lastSeen(type: EntityType, offset: number): RelationMention | undefined;
  /**
   * What "the company", "la puce" stand for at `offset`: of the entities of that type named shortly
   * before (the more often the article has named one, the further back it may stand), the one named
   * most so far, else the last.
   */
  salient(type: EntityType, offset: number): RelationMention | undefined;
  /** Real mentions of companies from `sentences` sentences back up to `offset`. */
  companiesBefore(offset: number, sentences: number): RelationMention[];
  /** Real mentions of policies from `sentences` sentences back up to `offset`. */
  policiesBefore(offset: number, sentences: number): RelationMention[];
  /** Real mentions of governments from `sentences` sentences back up to `offset`. */
  governmentsBefore(offset: number, sentences: number): RelationMention[];
  /** Whether any relation between the two entities (either way) has been found so far. */
  related(a: string, b: string): boolean;
  /** ISO date of the article, when known. */
  articleDate: string | undefined;
  /** Every year the article mentions (19xx, 20xx). */
  yearsMentioned: readonly number[];
  /** Records a mention a rule implies (a state named by an adjective, a listing named by its list). */
  imply(entityId: string, type: EntityType, start: number, end: number): void;
  /** The company the article names most often. */
  focalCompany: string | undefined;
  /** The state the article names most often. */
  focalState: string | undefined;
}

/**
 * A relation found by a rule; below the extractor's minimum confidence it is dropped. Evidence is
 * the sentence unless given; `amount` is the money figure the relation carries (PAYS, BUYS…).
 */
export type Emit = (subject: string, predicate: Predicate, object: string, confidence: number, rule: string, evidence?: Span, extra?: { amount?: string }) => void;

/** Offset in the sentence's folded text of an offset in the article. */
export function localOffset(view: SentenceView, offset: number): number {
  return offset - view.sentence.start;
}

/** The folded text between two article offsets, clipped to the sentence. */
export function foldedBetween(view: SentenceView, from: number, to: number): string {
  return view.folded.slice(Math.max(0, localOffset(view, from)), Math.max(0, localOffset(view, to)));
}

/** The group of a mention, itself alone when it has none. */
export function groupOf(view: SentenceView, mention: RelationMention): readonly RelationMention[] {
  return view.groups.get(mention) ?? [mention];
}
