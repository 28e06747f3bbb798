/**
 * A reviewer's corrections applied to an extraction before it is committed (or previewed):
 * drop a relationship, change a relationship's predicate, change an entity's type, link a
 * candidate to an existing entity. Pure: the caller passes what the graph knows about the ids
 * involved (`GraphEntity`), read in the same transaction as the commit.
 *
 * Relationships are named by their edge key as the uncorrected extraction shows it
 * (`subject|PREDICATE|object`, `schema/edge-id.ts`), so a reviewer can preview, choose, then
 * commit the same text with the corrections.
 */
import { edgeId } from '../../schema/edge-id.ts';
import { fitsPredicate, isEntityType, isPredicate, PREDICATES, type EntityType, type Predicate, type PredicateDefinition } from '../../schema/vocabulary.ts';
import type { ExtractedEntity, ExtractedRelation, ExtractionResult, ExtractionWarning } from './extraction-contract.ts';

export interface ReviewCorrections {
  /** Edge keys of relationships not to write. */
  dropRelations?: readonly string[];
  /** Relationships to write with another predicate (checked against its domain and range). */
  changePredicates?: readonly { edge: string; predicate: string }[];
  /** Entities of the article whose type the pipeline guessed wrong (new entities only). */
  changeTypes?: readonly { entityId: string; type: string }[];
  /** Entities of the article that are in fact an existing entity of the graph. */
  links?: readonly { candidateId: string; entityId: string }[];
}

/** What the graph knows about one entity id. */
export interface GraphEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

export type ReviewErrorCode = 'BAD_USER_INPUT' | 'ENTITY_NOT_FOUND';

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

/** Every entity id an extraction and its corrections refer to: read them from the graph first. */
export function idsToResolve(extraction: ExtractionResult, corrections: ReviewCorrections = {}): string[] {
  const ids = new Set(extraction.entities.map((entity) => entity.id));
  for (const link of corrections.links ?? []) ids.add(link.entityId);
  return [...ids].sort();
}

function relationKey(relation: ExtractedRelation): string {
  return edgeId(relation.subject, relation.predicate, relation.object);
}

/**
 * Applies the corrections; the graph's type wins over the extraction's for entities that exist.
 * Relationships that no longer fit their predicate's domain and range are dropped with a warning.
 */
export function reviewExtraction(
  extraction: ExtractionResult,
  corrections: ReviewCorrections,
  graph: ReadonlyMap<string, GraphEntity>,
): ExtractionResult {
  const warnings: ExtractionWarning[] = [...extraction.warnings];
  const entities = new Map<string, ExtractedEntity>(
    extraction.entities.map((entity) => [entity.id, { ...entity, mentions: [...entity.mentions] }]),
  );

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
    const existing = entities.get(entityId) ?? { id: entityId, type: target.type, name: target.name, isNew: false, mentions: [] };
    const moved = candidate.mentions.map((mention) => ({ text: mention.text, start: mention.start, end: mention.end, rule: REVIEWER_LINK_RULE }));
    const mentions = [...existing.mentions];
    for (const mention of moved) if (!mentions.some((m) => m.start === mention.start && m.end === mention.end)) mentions.push(mention);
    mentions.sort((a, b) => a.start - b.start);
    entities.set(entityId, { ...existing, type: target.type, name: target.name, isNew: false, mentions });
  }
  const resolve = (id: string): string => linkedTo.get(id) ?? id;

  // Types: the graph's for existing entities; the reviewer's for new ones.
  for (const entity of entities.values()) {
    const known = graph.get(entity.id);
    if (known) {
      entity.type = known.type;
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

  // Relationships: drops and predicate changes name the uncorrected edge keys.
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

  const relations: ExtractedRelation[] = [];
  const seen = new Set<string>();
  for (const relation of extraction.relations) {
    const key = relationKey(relation);
    if (drops.has(key)) continue;
    const predicate = newPredicate.get(key) ?? relation.predicate;
    const subject = entities.get(resolve(relation.subject));
    const object = entities.get(resolve(relation.object));
    if (!subject || !object || subject.id === object.id) continue;
    if (!fitsPredicate(predicate, subject.type, object.type)) {
      const def: PredicateDefinition = PREDICATES[predicate];
      const message = `${predicate} goes from ${def.domain.join('|')} to ${def.range.join('|')}, not from ${subject.type} "${subject.id}" to ${object.type} "${object.id}".`;
      if (newPredicate.has(key)) throw new ReviewError('BAD_USER_INPUT', `Cannot change "${key}": ${message}`);
      warnings.push({ code: 'RELATION_DROPPED', message: `Dropped ${key}: ${message}` });
      continue;
    }
    const corrected: ExtractedRelation = { ...relation, subject: subject.id, predicate, object: object.id };
    if (predicate !== relation.predicate) corrected.rule = `${relation.rule}+reviewer-predicate`;
    const dedupe = `${relationKey(corrected)}@${corrected.evidence.start}-${corrected.evidence.end}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    relations.push(corrected);
  }

  return {
    ...extraction,
    entities: [...entities.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || a.id.localeCompare(b.id)),
    relations,
    warnings,
  };
}
