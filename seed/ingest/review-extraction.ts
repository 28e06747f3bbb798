/**
 * A reviewer's corrections applied to an extraction before it is committed (or previewed):
 * drop a relationship, change its predicate or its ends, add one the pipeline missed, change an
 * entity's type, link a candidate to an existing entity, mark a span of the text as an entity.
 * Pure: the caller passes the article's text and what the graph knows about the ids involved
 * (`GraphEntity`, for the ids `idsToResolve` lists), read in the same transaction as the commit.
 *
 * Extracted relationships are named by their edge key as the uncorrected extraction shows it
 * (`subject|PREDICATE|object`, `schema/edge-id.ts`), so a reviewer can preview, choose, then
 * commit the same text with the corrections. A correction that cannot apply (unknown id, a type,
 * predicate or span outside the vocabulary or the text) throws a `ReviewError`: the caller
 * writes nothing.
 */
import { edgeId } from '../../schema/edge-id.ts';
import type { ErrorCode } from '../../schema/error-codes.ts';
import { slugify } from '../../schema/fold-text.ts';
import { fitsPredicate, isEntityType, isPredicate, PREDICATES, type EntityType, type Predicate, type PredicateDefinition } from '../../schema/vocabulary.ts';
import type { ExtractedEntity, ExtractedRelation, ExtractionResult, ExtractionWarning, Span } from './extraction-contract.ts';

/** UTF-16 offsets into the article's text, end excluded. */
export interface OffsetRange {
  start: number;
  end: number;
}

export interface ReviewCorrections {
  /** Edge keys of relationships not to write. */
  dropRelations?: readonly string[];
  /** Relationships to write with another predicate (checked against its domain and range). */
  changePredicates?: readonly { edge: string; predicate: string }[];
  /** Entities of the article whose type the pipeline guessed wrong (new entities only). */
  changeTypes?: readonly { entityId: string; type: string }[];
  /** Entities of the article that are in fact an existing entity of the graph. */
  links?: readonly { candidateId: string; entityId: string }[];
  /**
   * Relationships the pipeline missed. Each end is an entity of the article (after the other
   * corrections) or any entity of the graph; the evidence is a span of the text, whose words are
   * taken from the text. Written with rule `reviewer` and confidence 1.
   */
  addRelations?: readonly { subject: string; predicate: string; object: string; evidence: OffsetRange }[];
  /** Extracted relationships with another subject, object or both (checked against the predicate). */
  changeEnds?: readonly { edge: string; subject?: string | null | undefined; object?: string | null | undefined }[];
  /**
   * Spans of the text that name an entity the pipeline missed: an existing one (`entityId`) or a
   * new one (`type` and `name`; its id is the slug of the name). The span becomes a mention;
   * mentions of other entities it overlaps give way to it. A new entity whose id the graph already
   * has with the same type is that entity.
   */
  addEntities?: readonly { start: number; end: number; type?: string | null | undefined; name?: string | null | undefined; entityId?: string | null | undefined }[];
}

/** What the graph knows about one entity id. */
export interface GraphEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

export type ReviewErrorCode = Extract<ErrorCode, 'BAD_USER_INPUT' | 'ENTITY_NOT_FOUND' | 'PREVIEW_OUTDATED'>;

/** A correction that cannot apply: unknown id, a type or predicate outside the vocabulary… */
export class ReviewError extends Error {
  readonly code: ReviewErrorCode;

  constructor(code: ReviewErrorCode, message: string) {
    super(message);
    this.name = 'ReviewError';
    this.code = code;
  }
}

/** A mention produced by a reviewer's link: its text is a name of the linked entity. */
export const REVIEWER_LINK_RULE = 'reviewer-link';
/** A relationship or a new entity's mention a reviewer added. */
export const REVIEWER_RULE = 'reviewer';

/** Longest evidence a reviewer may select, in UTF-16 code units (a long paragraph). */
export const MAX_EVIDENCE_LENGTH = 2_000;
/** Longest span a reviewer may mark as an entity, and longest name of a new entity. */
export const MAX_NAME_LENGTH = 200;

/** The id a new entity named `name` gets (the pipeline's new candidates use the same slug). */
export function newEntityId(name: string): string {
  return slugify(name);
}

/** Every entity id an extraction and its corrections refer to: read them from the graph first. */
export function idsToResolve(extraction: ExtractionResult, corrections: ReviewCorrections = {}): string[] {
  const ids = new Set(extraction.entities.map((entity) => entity.id));
  const add = (id: string | null | undefined): void => {
    if (typeof id === 'string' && id !== '') ids.add(id);
  };
  for (const link of corrections.links ?? []) add(link.entityId);
  for (const relation of corrections.addRelations ?? []) [relation.subject, relation.object].forEach(add);
  for (const change of corrections.changeEnds ?? []) [change.subject, change.object].forEach(add);
  for (const entity of corrections.addEntities ?? []) add(entity.entityId ?? (entity.name ? newEntityId(entity.name) : undefined));
  return [...ids].sort();
}

function relationKey(relation: ExtractedRelation): string {
  return edgeId(relation.subject, relation.predicate, relation.object);
}

const isBlank = (char: string | undefined): boolean => char !== undefined && /\s/u.test(char);
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The span of `text` a reviewer gave, without the blank space at its edges; refused when it is
 * not inside the text, is empty or blank, cuts a character in two or is longer than `maxLength`.
 */
export function reviewedSpan(text: string, range: OffsetRange, what: string, maxLength: number): Span {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new ReviewError('BAD_USER_INPUT', `${what}: the span ${start}–${end} is not a non-empty range inside the text (0–${text.length}).`);
  }
  let from = start;
  let to = end;
  while (from < to && isBlank(text[from])) from++;
  while (to > from && isBlank(text[to - 1])) to--;
  if (from === to) throw new ReviewError('BAD_USER_INPUT', `${what}: the span ${start}–${end} holds only blank space.`);
  if (isLowSurrogate(text.charCodeAt(from)) || (to < text.length && isLowSurrogate(text.charCodeAt(to)))) {
    throw new ReviewError('BAD_USER_INPUT', `${what}: the span ${start}–${end} cuts a character in two.`);
  }
  if (to - from > maxLength) throw new ReviewError('BAD_USER_INPUT', `${what}: the span ${start}–${end} is longer than ${maxLength} characters.`);
  return { text: text.slice(from, to), start: from, end: to };
}

const overlaps = (a: OffsetRange, b: OffsetRange): boolean => a.start < b.end && b.start < a.end;

function domainMessage(predicate: Predicate, subject: ExtractedEntity, object: ExtractedEntity): string {
  const def: PredicateDefinition = PREDICATES[predicate];
  return `${predicate} goes from ${def.domain.join('|')} to ${def.range.join('|')}, not from ${subject.type} "${subject.id}" to ${object.type} "${object.id}".`;
}

/**
 * Applies the corrections to the extraction of `text`; the graph's type wins over the
 * extraction's for entities that exist. Relationships that no longer fit their predicate's domain
 * and range because of another correction (a type change) are dropped with a warning; one the
 * reviewer changed or added that does not fit is refused.
 */
export function reviewExtraction(
  extraction: ExtractionResult,
  corrections: ReviewCorrections,
  graph: ReadonlyMap<string, GraphEntity>,
  text: string,
): ExtractionResult {
  const warnings: ExtractionWarning[] = [...extraction.warnings];
  const entities = new Map<string, ExtractedEntity>(
    extraction.entities.map((entity) => [entity.id, { ...entity, mentions: [...entity.mentions] }]),
  );
  const fromGraph = (known: GraphEntity): ExtractedEntity => ({ id: known.id, type: known.type, name: known.name, isNew: false, mentions: [] });

  // Links: the candidate's mentions move to the existing entity.
  const linkedTo = new Map<string, string>();
  for (const { candidateId, entityId } of corrections.links ?? []) {
    const candidate = entities.get(candidateId);
    if (!candidate) throw new ReviewError('BAD_USER_INPUT', `Cannot link "${candidateId}": the article has no such entity.`);
    const target = graph.get(entityId);
    if (!target) throw new ReviewError('ENTITY_NOT_FOUND', `Cannot link "${candidateId}" to "${entityId}": no entity has that id.`);
    if (candidateId === entityId) continue;
    linkedTo.set(candidateId, entityId);
    entities.delete(candidateId);
    const existing = entities.get(entityId) ?? fromGraph(target);
    const moved = candidate.mentions.map((mention) => ({ text: mention.text, start: mention.start, end: mention.end, rule: REVIEWER_LINK_RULE }));
    const mentions = [...existing.mentions];
    for (const mention of moved) if (!mentions.some((m) => m.start === mention.start && m.end === mention.end)) mentions.push(mention);
    mentions.sort((a, b) => a.start - b.start);
    entities.set(entityId, { ...existing, type: target.type, name: target.name, isNew: false, mentions });
  }
  const resolve = (id: string): string => linkedTo.get(id) ?? id;

  // Marked spans: a mention of an existing entity, or of a new one named by the reviewer.
  for (const [index, mark] of (corrections.addEntities ?? []).entries()) {
    const what = `Cannot mark span ${mark.start}–${mark.end} as an entity`;
    const span = reviewedSpan(text, mark, what, MAX_NAME_LENGTH);
    let entity: ExtractedEntity;
    let rule: string;
    if (mark.entityId != null) {
      if (mark.type != null || mark.name != null) {
        throw new ReviewError('BAD_USER_INPUT', `${what}: give either entityId (an existing entity) or type and name (a new one), not both (addEntities[${index}]).`);
      }
      const id = resolve(mark.entityId);
      const known = graph.get(id);
      const found = entities.get(id) ?? (known ? fromGraph(known) : undefined);
      if (!found) throw new ReviewError('ENTITY_NOT_FOUND', `${what}: no entity has the id "${mark.entityId}".`);
      entity = found;
      rule = REVIEWER_LINK_RULE;
    } else {
      const type = mark.type ?? '';
      if (!isEntityType(type)) throw new ReviewError('BAD_USER_INPUT', `${what}: "${type}" is not an entity type; give one of Company, Government, Chip, Policy, Person, or an entityId.`);
      const name = (mark.name ?? '').replace(/\s+/g, ' ').trim();
      const id = newEntityId(name);
      if (name.length > MAX_NAME_LENGTH || id === '') throw new ReviewError('BAD_USER_INPUT', `${what}: a new entity needs a name of 1 to ${MAX_NAME_LENGTH} characters with a letter or digit.`);
      const known = graph.get(id);
      if (known && known.type !== type) {
        throw new ReviewError('BAD_USER_INPUT', `${what}: the graph already has the ${known.type} "${known.name}" with the id "${id}"; link the span to it (entityId "${id}") or give the ${type} another name.`);
      }
      // The same name and type as an entity of the graph (e.g. one this article created when it
      // was committed before) is that entity.
      const existing = entities.get(id) ?? (known ? fromGraph(known) : undefined);
      if (existing && existing.type !== type) {
        throw new ReviewError('BAD_USER_INPUT', `${what}: the article already has "${id}" as a ${existing.type}, not a ${type}.`);
      }
      entity = existing ?? { id, type, name, isNew: true, mentions: [] };
      rule = REVIEWER_RULE;
    }
    // The reviewer's reading of the span wins over the pipeline's.
    for (const other of entities.values()) other.mentions = other.mentions.filter((mention) => !overlaps(mention, span));
    entity.mentions = [...entity.mentions.filter((mention) => !overlaps(mention, span)), { ...span, rule }].sort((a, b) => a.start - b.start);
    entities.set(entity.id, entity);
  }

  // Types: the graph's for existing entities; the reviewer's for new ones.
  for (const entity of entities.values()) {
    const known = graph.get(entity.id);
    if (known) {
      entity.type = known.type;
      entity.name = known.name;
      entity.isNew = false;
    } else {
      entity.isNew = true;
    }
  }
  for (const { entityId, type } of corrections.changeTypes ?? []) {
    const entity = entities.get(resolve(entityId));
    if (!entity) throw new ReviewError('BAD_USER_INPUT', `Cannot change the type of "${entityId}": the article has no such entity.`);
    if (!isEntityType(type)) throw new ReviewError('BAD_USER_INPUT', `"${type}" is not an entity type.`);
    const known = graph.get(entity.id);
    if (known && known.type !== type) {
      throw new ReviewError('BAD_USER_INPUT', `"${entity.id}" already exists in the graph as a ${known.type}; link the mention to another entity instead.`);
    }
    entity.type = type;
    if (type !== 'Policy') delete entity.policy;
  }

  /** An end named by a correction: an entity of the article, or any entity of the graph. */
  const endOf = (id: string, what: string): ExtractedEntity => {
    const resolved = resolve(id);
    const found = entities.get(resolved);
    if (found) return found;
    const known = graph.get(resolved);
    if (!known) throw new ReviewError('ENTITY_NOT_FOUND', `${what}: no entity has the id "${id}".`);
    const entity = fromGraph(known);
    entities.set(entity.id, entity);
    return entity;
  };

  // Relationships: drops, predicate and end changes name the uncorrected edge keys.
  const keys = new Set(extraction.relations.map(relationKey));
  const drops = new Set<string>();
  for (const key of corrections.dropRelations ?? []) {
    if (!keys.has(key)) throw new ReviewError('BAD_USER_INPUT', `Cannot drop "${key}": the article states no such relationship.`);
    drops.add(key);
  }
  const newPredicate = new Map<string, Predicate>();
  for (const { edge, predicate } of corrections.changePredicates ?? []) {
    if (!keys.has(edge)) throw new ReviewError('BAD_USER_INPUT', `Cannot change "${edge}": the article states no such relationship.`);
    if (!isPredicate(predicate)) throw new ReviewError('BAD_USER_INPUT', `"${predicate}" is not a predicate of the vocabulary.`);
    newPredicate.set(edge, predicate);
  }
  const newEnds = new Map<string, { subject?: ExtractedEntity; object?: ExtractedEntity }>();
  for (const { edge, subject, object } of corrections.changeEnds ?? []) {
    const what = `Cannot change the ends of "${edge}"`;
    if (!keys.has(edge)) throw new ReviewError('BAD_USER_INPUT', `${what}: the article states no such relationship.`);
    if (subject == null && object == null) throw new ReviewError('BAD_USER_INPUT', `${what}: give a new subject, a new object or both.`);
    newEnds.set(edge, {
      ...(subject != null ? { subject: endOf(subject, what) } : {}),
      ...(object != null ? { object: endOf(object, what) } : {}),
    });
  }

  const relations: ExtractedRelation[] = [];
  const byStatement = new Map<string, number>();
  const statementKey = (relation: ExtractedRelation): string => `${relationKey(relation)}@${relation.evidence.start}-${relation.evidence.end}`;
  for (const relation of extraction.relations) {
    const key = relationKey(relation);
    if (drops.has(key)) continue;
    const predicate = newPredicate.get(key) ?? relation.predicate;
    const ends = newEnds.get(key);
    const corrected = newPredicate.has(key) || ends !== undefined;
    const subject = ends?.subject ?? entities.get(resolve(relation.subject));
    const object = ends?.object ?? entities.get(resolve(relation.object));
    if (!subject || !object) continue;
    if (subject.id === object.id) {
      if (ends) throw new ReviewError('BAD_USER_INPUT', `Cannot change the ends of "${key}": its subject and object would both be "${subject.id}".`);
      continue;
    }
    if (!fitsPredicate(predicate, subject.type, object.type)) {
      const message = domainMessage(predicate, subject, object);
      if (corrected) throw new ReviewError('BAD_USER_INPUT', `Cannot change "${key}": ${message}`);
      warnings.push({ code: 'RELATION_DROPPED', message: `Dropped ${key}: ${message}` });
      continue;
    }
    const reviewed: ExtractedRelation = { ...relation, subject: subject.id, predicate, object: object.id };
    if (predicate !== relation.predicate) reviewed.rule = `${reviewed.rule}+reviewer-predicate`;
    if (ends) reviewed.rule = `${reviewed.rule}+reviewer-ends`;
    const statement = statementKey(reviewed);
    if (byStatement.has(statement)) continue;
    byStatement.set(statement, relations.length);
    relations.push(reviewed);
  }

  for (const [index, added] of (corrections.addRelations ?? []).entries()) {
    const what = `Cannot add the relationship ${added.subject}|${added.predicate}|${added.object} (addRelations[${index}])`;
    if (!isPredicate(added.predicate)) throw new ReviewError('BAD_USER_INPUT', `${what}: "${added.predicate}" is not a predicate of the vocabulary.`);
    const subject = endOf(added.subject, what);
    const object = endOf(added.object, what);
    if (subject.id === object.id) throw new ReviewError('BAD_USER_INPUT', `${what}: its subject and object are the same entity.`);
    if (!fitsPredicate(added.predicate, subject.type, object.type)) throw new ReviewError('BAD_USER_INPUT', `${what}: ${domainMessage(added.predicate, subject, object)}`);
    const evidence = reviewedSpan(text, added.evidence, `${what}: its evidence`, MAX_EVIDENCE_LENGTH);
    const relation: ExtractedRelation = { subject: subject.id, predicate: added.predicate, object: object.id, confidence: 1, rule: REVIEWER_RULE, evidence };
    // The reviewer's statement replaces the pipeline's reading of the same fact in the same span.
    const statement = statementKey(relation);
    const at = byStatement.get(statement);
    if (at !== undefined) relations[at] = relation;
    else {
      byStatement.set(statement, relations.length);
      relations.push(relation);
    }
  }

  // A new entity whose every mention gave way to a reviewer's span is gone, with its relationships.
  const kept = relations.filter((relation) => {
    const orphan = [relation.subject, relation.object].find((id) => {
      const entity = entities.get(id);
      return !entity || (entity.isNew && entity.mentions.length === 0);
    });
    if (orphan) warnings.push({ code: 'RELATION_DROPPED', message: `Dropped ${relationKey(relation)}: "${orphan}" is no longer mentioned in the text.` });
    return !orphan;
  });
  const ends = new Set(kept.flatMap((relation) => [relation.subject, relation.object]));
  const firstOffset = (entity: ExtractedEntity): number => entity.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
  return {
    ...extraction,
    entities: [...entities.values()]
      .filter((entity) => entity.mentions.length > 0 || ends.has(entity.id))
      .sort((a, b) => firstOffset(a) - firstOffset(b) || a.id.localeCompare(b.id)),
    relations: kept,
    warnings,
  };
}

/** An ISO date, optionally with a time: 2026-03-03, 2026-03-03T09:30:00Z, 2026-03-03T09:30+01:00. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/**
 * The publication date a reviewer set, trimmed; refused unless it is an ISO date (with an
 * optional time) that exists on the calendar, between the years 1900 and 2100.
 */
export function reviewedPublicationDate(value: string): string {
  const date = value.trim();
  const match = ISO_DATE.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (!match || year < 1900 || year > 2100 || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    throw new ReviewError('BAD_USER_INPUT', `The publication date "${value}" is not an ISO date such as 2026-03-03.`);
  }
  return date;
}
