/**
 * Ranked relationship lists, kept by the writes: every typed edge carries two rank keys, one read
 * from its subject (`outRank`) and one from its object (`inRank`), each indexed per predicate
 * (apply-database-schema.ts). A key is the node's id, then the edge's rank (most sources first,
 * then highest confidence, then the other end's id), so that
 * `MATCH ()-[r:MAKES]->() WHERE r.outRank STARTS WITH 'nvidia|' … ORDER BY r.outRank LIMIT 25`
 * reads a hub's 25 best supported MAKES edges from the index, not its 18,000 relationships.
 *
 * The keys are set after every write that changes an edge's sources or confidence (`rankEdges`,
 * called by refreshEdges and after a commit; the benchmark's loader sets them as it creates edges)
 * and backfilled at start for edges written before they existed. They are set by a statement of
 * their own: setting an indexed property inside the commit's one large statement doubles the
 * time Neo4j takes to plan it (measured: 17 s to 35 s).
 *
 * Mentions carry one rank key the same way (`entityRank`: the entity's id, then its articles newest
 * first), set by the commit of their article (`rankMentions`) and backfilled at start and after a
 * backup is imported, so that an entity's newest articles are an index read, not its thousands of
 * mentions expanded and sorted.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { PREDICATE_NAMES, type Predicate } from '../../../schema/vocabulary.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { EDGE_ID_SEPARATOR, MENTIONS_RELATIONSHIP, relType, setEdgeRanks, setMentionRank } from '../cypher-fragments.ts';
import { integer } from '../reads/integer-parameter.ts';

/** Edges ranked per backfill transaction. */
const BACKFILL_BATCH = 10_000;

/**
 * Gives every edge written before rank keys existed (or by hand) its keys, in batches. Runs at
 * every start; on a database where every edge is ranked it reads each predicate's edges once.
 */
export async function backfillEdgeRanks(graph: GraphContext): Promise<number> {
  let ranked = 0;
  for (const predicate of PREDICATE_NAMES) {
    for (;;) {
      const [row] = await runQuery<{ ranked: number }>(graph, 'backfill-edge-ranks', `
MATCH ()-[r:${relType(predicate)}]->()
WHERE r.outRank IS NULL OR r.inRank IS NULL
WITH r LIMIT $batch
SET ${setEdgeRanks('r')}
RETURN count(r) AS ranked`, { batch: integer(BACKFILL_BATCH) }, 'WRITE');
      const count = Number(row?.ranked ?? 0);
      ranked += count;
      if (count < BACKFILL_BATCH) break;
    }
  }
  return ranked;
}

/**
 * Rewrites the rank keys of these edges (ids per predicate), inside the caller's write transaction.
 * One statement for every predicate, each edge found from its two ends (its id names them): one
 * statement text to plan, whatever the predicates touched.
 */
export async function rankEdges(tx: Pick<ManagedTransaction, 'run'>, edges: ReadonlyMap<Predicate, readonly string[]>): Promise<void> {
  const edgeIds = [...edges.values()].flat();
  if (edgeIds.length === 0) return;
  await tx.run(`
UNWIND $edgeIds AS edgeId
WITH edgeId, split(edgeId, '${EDGE_ID_SEPARATOR}') AS parts
MATCH (subject:Entity {id: parts[0]})-[r]->(object:Entity {id: parts[2]})
WHERE r.id = edgeId
SET ${setEdgeRanks('r')}`, { edgeIds });
}

/**
 * Gives every mention without a rank key its key, in batches (at start, and after a backup is
 * imported: a backup written before the keys existed has none). Returns the mentions keyed.
 */
export async function backfillMentionRanks(graph: GraphContext): Promise<number> {
  let ranked = 0;
  for (;;) {
    const [row] = await runQuery<{ ranked: number }>(graph, 'backfill-mention-ranks', `
MATCH (:Article)-[m:${MENTIONS_RELATIONSHIP}]->(:Entity)
WHERE m.entityRank IS NULL
WITH m LIMIT $batch
SET ${setMentionRank('m')}
RETURN count(m) AS ranked`, { batch: integer(BACKFILL_BATCH) }, 'WRITE');
    const count = Number(row?.ranked ?? 0);
    ranked += count;
    if (count < BACKFILL_BATCH) return ranked;
  }
}

/**
 * Rewrites the rank keys of an article's mentions (its publication date is part of them), inside the
 * caller's write transaction, after the commit's statement has written them.
 */
export async function rankMentions(tx: Pick<ManagedTransaction, 'run'>, articleId: string): Promise<void> {
  await tx.run(`
MATCH (:Article {id: $articleId})-[m:${MENTIONS_RELATIONSHIP}]->(:Entity)
SET ${setMentionRank('m')}`, { articleId });
}
