/**
 * Loads the curated knowledge base (seed/knowledge/*.json) into Neo4j in one transaction.
 * Idempotent: entities, sources, edges and their curated statements are MERGEd by id, and
 * `firstSeen` keeps the time of the first load, so loading twice changes nothing.
 */
import { inTransaction, runQuery, type GraphContext } from '../access.ts';
import { label, relType } from '../cypher-fragments.ts';
import { edgeId, orientEdge } from '../../../schema/edge-id.ts';
import { ENTITY_TYPES, type EntityType, type Predicate } from '../../../schema/vocabulary.ts';
import type { EntityRecord, RelationRecord, SourceRecord } from '../../../seed/knowledge/records.ts';
import type { Knowledge } from '../../../seed/knowledge/load-knowledge.ts';
import { refreshEdges } from './refresh-edges.ts';

/** Neo4j stores no nested maps or undefined: keep the scalar and list properties of a record. */
function entityProperties(record: EntityRecord): Record<string, unknown> {
  const { id: _id, type: _type, aliases, sources, ...rest } = record;
  const properties: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const en = aliases.en ?? [];
  const fr = aliases.fr ?? [];
  return { ...properties, aliasesEn: en, aliasesFr: fr, aliases: [...new Set([...en, ...fr])], sources };
}

const MERGE_SOURCES = `
UNWIND $sources AS source
MERGE (s:Source {id: source.id})
SET s += source
`;

function mergeEntitiesCypher(type: EntityType): string {
  return `
UNWIND $entities AS entity
MERGE (n:Entity {id: entity.id})
SET n:${label(type)}, n += entity.properties
`;
}

function mergeEdgesCypher(predicate: Predicate): string {
  return `
UNWIND $relations AS rel
MATCH (subject:Entity {id: rel.subject}), (object:Entity {id: rel.object})
MERGE (subject)-[r:${relType(predicate)} {id: rel.edgeId}]->(object)
  ON CREATE SET r.confidence = 1.0, r.sources = 0
MERGE (statement:Statement {id: rel.statementId})
  ON CREATE SET statement.firstSeen = datetime()
SET statement += rel.statement
WITH statement, rel
MATCH (source:Source {id: rel.source})
MERGE (statement)-[:CITES]->(source)
`;
}

function statementOf(relation: RelationRecord, sources: Map<string, SourceRecord>) {
  const oriented = orientEdge(relation.subject, relation.predicate, relation.object);
  const id = edgeId(relation.subject, relation.predicate, relation.object);
  const source = sources.get(relation.source);
  const statement: Record<string, unknown> = {
    edgeId: id,
    predicate: relation.predicate,
    subjectId: oriented.subject,
    objectId: oriented.object,
    sentence: relation.note ?? null,
    confidence: 1.0,
    rule: 'curated',
    date: relation.date ?? null,
    validFrom: relation.validFrom ?? null,
    validTo: relation.validTo ?? null,
    amount: relation.amount ?? null,
    sourceName: source ? `${source.publisher}: ${source.title}` : relation.source,
    sourceUrl: source?.url ?? null,
    asOf: relation.asOf,
  };
  return { ...oriented, edgeId: id, source: relation.source, statementId: `curated:${relation.source}:${id}`, statement };
}

export interface LoadSummary {
  entities: number;
  relations: number;
  sources: number;
}

export async function loadKnowledgeBase(graph: GraphContext, knowledge: Knowledge): Promise<LoadSummary> {
  const sourcesById = new Map(knowledge.sources.map((source) => [source.id, source]));
  await inTransaction(graph, 'WRITE', 'load-knowledge-base', async (tx) => {
    await tx.run(MERGE_SOURCES, {
      sources: knowledge.sources.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined))),
    });
    for (const type of ENTITY_TYPES) {
      const entities = knowledge.entities
        .filter((entity) => entity.type === type)
        .map((entity) => ({ id: entity.id, properties: entityProperties(entity) }));
      if (entities.length > 0) await tx.run(mergeEntitiesCypher(type), { entities });
    }
    const byPredicate = new Map<Predicate, ReturnType<typeof statementOf>[]>();
    for (const relation of knowledge.relations) {
      const list = byPredicate.get(relation.predicate) ?? [];
      list.push(statementOf(relation, sourcesById));
      byPredicate.set(relation.predicate, list);
    }
    for (const [predicate, relations] of byPredicate) {
      await tx.run(mergeEdgesCypher(predicate), { relations });
    }
    await refreshEdges(tx, new Map([...byPredicate].map(([p, rels]) => [p, [...new Set(rels.map((r) => r.edgeId))]])));
  }, { timeoutMs: Math.max(graph.timeoutMs ?? 0, 120_000) });
  return { entities: knowledge.entities.length, relations: knowledge.relations.length, sources: knowledge.sources.length };
}

const COUNT_ENTITIES = `
MATCH (n:Entity)
RETURN count(n) AS entities
`;

/** True when the database holds no entity yet (a fresh install). */
export async function graphIsEmpty(graph: GraphContext): Promise<boolean> {
  const [row] = await runQuery<{ entities: number }>(graph, 'count-entities', COUNT_ENTITIES, {});
  return Number(row?.entities ?? 0) === 0;
}
