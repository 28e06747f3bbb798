/**
 * Keeps each typed edge consistent with the statements that support it: its number of sources,
 * highest confidence, first sighting and dates. An edge left with no statement is deleted.
 * Runs inside the caller's transaction, once per predicate touched (types come from the schema).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Predicate } from '../../schema/vocabulary.ts';

function refreshCypher(predicate: Predicate): string {
  return `
UNWIND $edgeIds AS edgeId
MATCH ()-[r:${predicate} {id: edgeId}]->()
CALL (r) {
  OPTIONAL MATCH (s:Statement {edgeId: r.id})
  RETURN count(s) AS sources, max(s.confidence) AS confidence, min(s.firstSeen) AS firstSeen,
         min(s.date) AS date, min(s.validFrom) AS validFrom, max(s.validTo) AS validTo,
         head(collect(s.amount)) AS amount
}
FOREACH (_ IN CASE WHEN sources = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN sources > 0 THEN [1] ELSE [] END |
  SET r.sources = sources, r.confidence = confidence, r.firstSeen = firstSeen,
      r.date = date, r.validFrom = validFrom, r.validTo = validTo, r.amount = amount)
`;
}

export async function refreshEdges(tx: ManagedTransaction, edges: Map<Predicate, string[]>): Promise<void> {
  for (const [predicate, edgeIds] of edges) {
    if (edgeIds.length > 0) await tx.run(refreshCypher(predicate), { edgeIds });
  }
}
