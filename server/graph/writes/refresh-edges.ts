/**
 * Keeps each typed edge consistent with the statements that support it: its number of sources
 * and of distinct publications (near-identical copies of one story count once, see
 * group-publications.ts),
 * highest confidence, first sighting and dates. An edge left with no statement is deleted.
 * Runs inside the caller's transaction, once per predicate touched (types come from the schema).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Predicate } from '../../../schema/vocabulary.ts';
import { parameter, relType, variable } from '../cypher-fragments.ts';
import { rankEdges } from './rank-edges.ts';

/**
 * A Cypher subquery that refreshes the `predicate` edges whose ids are in the list `edgeIds`
 * (a parameter expression such as `$edgeIds`) and returns the ids of the deleted ones as `deletedAs`.
 */
export function refreshEdgesSubquery(predicate: Predicate, edgeIds: string, deletedAs: string): string {
  return `
CALL () {
  UNWIND ${parameter(edgeIds)} AS edgeId
  MATCH ()-[r:${relType(predicate)} {id: edgeId}]->()
  CALL (r) {
    OPTIONAL MATCH (s:Statement {edgeId: r.id})
    WHERE s.predicate = type(r)
    OPTIONAL MATCH (a:Article)-[:STATES]->(s)
    RETURN count(s) AS sources, count(DISTINCT coalesce(a.publication, a.id, s.id)) AS publications, max(s.confidence) AS confidence, min(s.firstSeen) AS firstSeen,
           min(s.date) AS date, min(s.validFrom) AS validFrom, max(s.validTo) AS validTo,
           head(collect(s.amount)) AS amount
  }
  WITH r, r.id AS id, sources, publications, confidence, firstSeen, date, validFrom, validTo, amount
  FOREACH (_ IN CASE WHEN sources = 0 THEN [1] ELSE [] END | DELETE r)
  FOREACH (_ IN CASE WHEN sources > 0 THEN [1] ELSE [] END |
    SET r.sources = sources, r.publications = publications, r.confidence = confidence, r.firstSeen = firstSeen,
        r.date = date, r.validFrom = validFrom, r.validTo = validTo, r.amount = amount)
  RETURN collect(CASE WHEN sources = 0 THEN id END) AS ${variable(deletedAs)}
}`;
}

/** Refreshes the edges' summaries, then their rank keys (rank-edges.ts). */
export async function refreshEdges(tx: ManagedTransaction, edges: Map<Predicate, string[]>): Promise<void> {
  for (const [predicate, edgeIds] of edges) {
    if (edgeIds.length > 0) await tx.run(`${refreshEdgesSubquery(predicate, '$edgeIds', 'deleted')}\nRETURN deleted`, { edgeIds });
  }
  await rankEdges(tx, edges);
}
