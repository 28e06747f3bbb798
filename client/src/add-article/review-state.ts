/**
 * What a reviewer decided about one analysed article, and the `ReviewCorrections` it sends with
 * the commit. Extracted relationships are named by the edge keys of the uncorrected preview; ends,
 * added relationships and marked spans name entities by id (a new entity's id is the slug of its
 * name, as on the server). Pure: tested without a browser.
 */
import { slugify } from '../../../schema/fold-text.ts';
import { fitsPredicate, isEntityType, PREDICATE_NAMES, type EntityType, type Predicate } from '../../../schema/vocabulary.ts';
import type { NodeType } from '../api/generated.ts';
import type { IngestResult, ReviewCorrections } from './ingest-request.ts';

/** An entity as the review shows it. */
export interface EntityRef {
  readonly id: string;
  readonly name: string;
  readonly type: NodeType;
}

/** A span of the article's text (UTF-16 offsets, end excluded). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface AddedRelation {
  /** Stable key for React lists and removal. */
  readonly key: string;
  readonly subject: EntityRef;
  readonly predicate: Predicate;
  readonly object: EntityRef;
  readonly evidence: TextSpan;
}

export interface EntityMark {
  readonly key: string;
  readonly span: TextSpan;
  readonly entity: EntityRef;
  /** True for an entity the reviewer creates (with its type and name), false for an existing one. */
  readonly isNew: boolean;
}

export interface Review {
  /** Edge keys of rejected relationships. */
  readonly rejected: ReadonlySet<string>;
  /** New predicate by edge key. */
  readonly predicates: ReadonlyMap<string, Predicate>;
  /** New subject and/or object by edge key. */
  readonly ends: ReadonlyMap<string, { readonly subject?: EntityRef; readonly object?: EntityRef }>;
  /** New type by candidate id. */
  readonly types: ReadonlyMap<string, EntityType>;
  /** Existing entity by candidate id. */
  readonly links: ReadonlyMap<string, EntityRef>;
  /** Relationships the reviewer added. */
  readonly added: readonly AddedRelation[];
  /** Spans the reviewer marked as entities. */
  readonly marks: readonly EntityMark[];
}

export const EMPTY_REVIEW: Review = { rejected: new Set(), predicates: new Map(), ends: new Map(), types: new Map(), links: new Map(), added: [], marks: [] };

export function correctionsOf(review: Review): ReviewCorrections {
  const kept = <T>(entries: Iterable<[string, T]>): [string, T][] => [...entries].filter(([edge]) => !review.rejected.has(edge));
  return {
    dropRelations: [...review.rejected],
    changePredicates: kept(review.predicates).map(([edge, predicate]) => ({ edge, predicate })),
    changeEnds: kept(review.ends).map(([edge, ends]) => ({ edge, subject: ends.subject?.id ?? null, object: ends.object?.id ?? null })),
    changeTypes: [...review.types].filter(([id]) => !review.links.has(id)).map(([entityId, type]) => ({ entityId, type })),
    links: [...review.links].map(([candidateId, entity]) => ({ candidateId, entityId: entity.id })),
    addRelations: review.added.map((added) => ({
      subject: added.subject.id, predicate: added.predicate, object: added.object.id, evidence: { start: added.evidence.start, end: added.evidence.end },
    })),
    addEntities: review.marks.map((mark) => (mark.isNew
      ? { start: mark.span.start, end: mark.span.end, type: mark.entity.type, name: mark.entity.name }
      : { start: mark.span.start, end: mark.span.end, entityId: mark.entity.id })),
  };
}

/** The id the server gives a new entity named `name`. */
export function newEntityId(name: string): string {
  return slugify(name);
}

/** Whether two spans share at least one character. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

type Preview = Pick<IngestResult, 'entities'>;

/** A mention as the reviewed text shows it. */
export interface ShownMention {
  readonly start: number;
  readonly end: number;
  readonly entity: EntityRef;
  readonly isNew: boolean;
  /** True for a span the reviewer marked. */
  readonly byReviewer: boolean;
}

/** The entity a preview's entity is once the review applies: its link target, or itself with the reviewer's type. */
export function reviewedEntity(entity: Preview['entities'][number], review: Review): EntityRef {
  return review.links.get(entity.id) ?? { id: entity.id, name: entity.name, type: review.types.get(entity.id) ?? entity.type };
}

/** The mentions to highlight: the pipeline's, except where a reviewer's marked span covers them, and the marked spans. */
export function shownMentions(preview: Preview, review: Review): ShownMention[] {
  const mentions: ShownMention[] = [];
  for (const entity of preview.entities) {
    const shown = reviewedEntity(entity, review);
    const isNew = entity.isNew && !review.links.has(entity.id);
    for (const mention of entity.mentions) {
      if (review.marks.some((mark) => overlaps(mark.span, mention))) continue;
      mentions.push({ start: mention.start, end: mention.end, entity: shown, isNew, byReviewer: false });
    }
  }
  for (const mark of review.marks) mentions.push({ start: mark.span.start, end: mark.span.end, entity: mark.entity, isNew: mark.isNew, byReviewer: true });
  return mentions.sort((a, b) => a.start - b.start);
}

/** The entities a relationship may end at, in the order the text first mentions them. */
export function articleEntities(preview: Preview, review: Review): EntityRef[] {
  const first = new Map<string, { entity: EntityRef; at: number }>();
  for (const mention of shownMentions(preview, review)) {
    if (!first.has(mention.entity.id)) first.set(mention.entity.id, { entity: mention.entity, at: mention.start });
  }
  // Existing entities the preview lists without a mention (ends of relationships) come last.
  for (const entity of preview.entities) {
    const shown = reviewedEntity(entity, review);
    if (!first.has(shown.id)) first.set(shown.id, { entity: shown, at: Number.MAX_SAFE_INTEGER });
  }
  return [...first.values()].sort((a, b) => a.at - b.at).map((entry) => entry.entity);
}

/** Entities mentioned inside a span, in text order: the natural subject and object of a sentence. */
export function entitiesInside(span: { start: number; end: number }, preview: Preview, review: Review): EntityRef[] {
  const found: EntityRef[] = [];
  for (const mention of shownMentions(preview, review)) {
    if (mention.start >= span.start && mention.end <= span.end && !found.some((entity) => entity.id === mention.entity.id)) found.push(mention.entity);
  }
  return found;
}

/** Predicates whose domain and range fit a subject and an object of these types. */
export function fittingPredicates(subject: NodeType | undefined, object: NodeType | undefined): Predicate[] {
  if (!subject || !object || !isEntityType(subject) || !isEntityType(object)) return [];
  return PREDICATE_NAMES.filter((predicate) => fitsPredicate(predicate, subject, object));
}

/** Whether `entity` may stand at `end` of a `predicate` whose other end is `other`. */
export function fitsEnd(predicate: Predicate, end: 'subject' | 'object', entity: EntityRef, other: EntityRef): boolean {
  if (!isEntityType(entity.type) || !isEntityType(other.type) || entity.id === other.id) return false;
  return end === 'subject' ? fitsPredicate(predicate, entity.type, other.type) : fitsPredicate(predicate, other.type, entity.type);
}

/**
 * Sentences of a text with their offsets, for choosing evidence without a mouse. A reading aid:
 * a full stop after a lone capital ("U.S.") or a common abbreviation does not end a sentence.
 */
export function sentencesOf(text: string): TextSpan[] {
  const sentences: TextSpan[] = [];
  const boundary = /[.!?…]+["”»’)]*(?=\s+["“«(]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*[-*#\p{Lu}])/gu;
  let start = 0;
  const push = (end: number): void => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from] ?? '')) from++;
    while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
    if (to > from) sentences.push({ start: from, end: to, text: text.slice(from, to) });
    start = end;
  };
  for (const match of text.matchAll(boundary)) {
    const end = match.index + (match[0].trim() === '' ? 0 : match[0].length);
    const before = text.slice(Math.max(0, match.index - 4), match.index + 1);
    if (/(?:^|[\s.])\p{Lu}\.$|\b(?:Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|No|vs)\.$/u.test(before)) continue;
    push(end);
  }
  push(text.length);
  return sentences;
}

/**
 * The review carried over to a new analysis of the same article: corrections that name an
 * extracted relationship or entity are kept when the new preview still has it; added
 * relationships and marked spans are kept as they are (the server checks them again).
 */
export function keptReview(review: Review, preview: Pick<IngestResult, 'entities' | 'relations'>): Review {
  const edges = new Set(preview.relations.map((relation) => relation.edgeId));
  const ids = new Set(preview.entities.map((entity) => entity.id));
  const byEdge = <T>(map: ReadonlyMap<string, T>): Map<string, T> => new Map([...map].filter(([edge]) => edges.has(edge)));
  const byEntity = <T>(map: ReadonlyMap<string, T>): Map<string, T> => new Map([...map].filter(([id]) => ids.has(id)));
  return {
    rejected: new Set([...review.rejected].filter((edge) => edges.has(edge))),
    predicates: byEdge(review.predicates),
    ends: byEdge(review.ends),
    types: byEntity(review.types),
    links: byEntity(review.links),
    added: review.added,
    marks: review.marks,
  };
}
