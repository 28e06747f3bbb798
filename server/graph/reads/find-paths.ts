/**
 * How is A connected to B? Several shortest paths over the vocabulary's predicates (never through
 * articles, nor through hubs: see pathSearchLevels), each as ordered node and edge ids, and their
 * union ready to draw. The answer says when the search was cut: a hub met on the way was not
 * walked through, a level of the search was cut, or the search ran out of its time budget.
 */
import type { GraphEdge, Paths } from '../../../schema/generated/graphql.ts';
import { appError } from '../../errors.ts';
import { inTransaction, rowsOf, runQuery, type GraphContext } from '../access.ts';
import { graphEdge, graphNode, pathSearchLevels } from '../cypher-fragments.ts';
import { integer } from './integer-parameter.ts';
import { cachedRead } from './read-cache.ts';
import { type GraphNodeRow } from './edge-detail.ts';
import { withHiddenDegrees } from './read-neighborhood.ts';
import {
  optionalPredicates, PATHS_MAX_LENGTH, PATHS_MAX_LIMIT, requireId, requireLimit,
} from '../../graphql/validate-arguments.ts';

/**
 * One query text per maxLength (at most 6), each planned once. The search runs from the end with
 * fewer relationships (`s`) towards the other (`t`); paths are turned back when it ran from `to`.
 */
const pathsQuery = (maxLength: number): string => `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  WITH a, b, COUNT { (a)--() } <= COUNT { (b)--() } AS forward
  WITH a, CASE WHEN forward THEN a ELSE b END AS s, CASE WHEN forward THEN b ELSE a END AS t
  ${pathSearchLevels(maxLength)}
  WITH s = a AS forward, s, found, cut
  CALL (forward, s, found) {
    UNWIND found AS rels
    WITH forward, rels, reduce(walked = [s], r IN rels | walked + [CASE WHEN startNode(r) = last(walked) THEN endNode(r) ELSE startNode(r) END]) AS walked
    // A path that comes back to a node it passed is not a shortest one.
    WHERE all(i IN range(0, size(walked) - 2) WHERE NOT walked[i] IN walked[i + 1..])
    WITH CASE WHEN forward THEN rels ELSE reverse(rels) END AS rels, CASE WHEN forward THEN walked ELSE reverse(walked) END AS walked
    LIMIT $limit
    RETURN collect({ rels: rels, nodes: walked }) AS paths
  }
  RETURN paths AS found, cut AS cut
}
WITH a, b, coalesce(found, []) AS found, coalesce(cut, false) AS cut
CALL (found) {
  UNWIND found AS p
  UNWIND p.nodes AS n
  WITH DISTINCT n
  RETURN collect(${graphNode('n')}) AS nodes
}
CALL (found) {
  UNWIND found AS p
  UNWIND p.rels AS r
  WITH DISTINCT r
  RETURN collect(${graphEdge('r')}) AS edges
}
RETURN a IS NOT NULL AS fromFound,
       b IS NOT NULL AS toFound,
       cut AS cut,
       [p IN found | { nodeIds: [n IN p.nodes | n.id], edgeIds: [r IN p.rels | r.id], length: size(p.rels) }] AS paths,
       nodes AS nodes,
       edges AS edges
`;

/** Nodes with more relationships than this are not walked through (they may be either end). */
export const PATHS_HUB_DEGREE = 500;
/** Nodes of one level of the search kept to grow the next (the rest are cut). */
export const PATHS_FRONTIER_CAP = 2_000;
/** A search that takes longer is stopped, and the answer says it was cut (ms); it includes planning the statement the first time. */
export const PATHS_TIME_BUDGET_MS = 10_000;

interface PathsRow {
  fromFound: boolean;
  toFound: boolean;
  cut: boolean;
  paths: Paths['paths'];
  nodes: GraphNodeRow[];
  edges: GraphEdge[];
}

export async function findPaths(
  ctx: GraphContext,
  args: { from: string; to: string; maxLength?: number | null; predicates?: readonly string[] | null; limit?: number | null },
): Promise<Paths> {
  const from = requireId('from', args.from);
  const to = requireId('to', args.to);
  if (from === to) throw appError('BAD_USER_INPUT', 'from and to must be two different entities.', { argument: 'to' });
  const maxLength = requireLimit('maxLength', args.maxLength, 4, PATHS_MAX_LENGTH);
  const limit = requireLimit('limit', args.limit, 5, PATHS_MAX_LIMIT);
  const predicates = optionalPredicates(args.predicates, false);
  const params = {
    from,
    to,
    predicates,
    limit: integer(limit),
    hubDegree: integer(PATHS_HUB_DEGREE),
    frontierCap: integer(PATHS_FRONTIER_CAP),
    countMentions: false,
  };
  let row: PathsRow | undefined;
  try {
    [row] = await cachedRead(ctx, 'paths', { maxLength, ...params }, () =>
      inTransaction(ctx, 'READ', 'paths', (tx) => rowsOf<PathsRow>(tx, pathsQuery(maxLength), params), { timeoutMs: PATHS_TIME_BUDGET_MS }));
  } catch (error) {
    if (!isTimeout(error)) throw error;
    await requireEntities(ctx, from, to);
    return { paths: [], graph: { nodes: [], edges: [], truncated: true }, cut: true };
  }
  if (!row) throw new Error('paths query returned no row');
  const missing = [...(row.fromFound ? [] : [from]), ...(row.toFound ? [] : [to])];
  if (missing.length > 0) throw appError('ENTITY_NOT_FOUND', `No entity has the id ${missing.join(', ')}.`, { ids: missing });
  return {
    paths: row.paths,
    graph: { nodes: withHiddenDegrees(row.nodes, row.edges), edges: row.edges, truncated: false },
    cut: row.cut,
  };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && 'code' in error && /TransactionTimedOut/.test(String((error as { code: unknown }).code));
}

/** Throws ENTITY_NOT_FOUND when either end does not exist (after a search that ran out of time). */
async function requireEntities(ctx: GraphContext, from: string, to: string): Promise<void> {
  const rows = await runQuery<{ id: string }>(ctx, 'paths-ends', 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id', { ids: [from, to] });
  const missing = [from, to].filter((id) => !rows.some((row) => row.id === id));
  if (missing.length > 0) throw appError('ENTITY_NOT_FOUND', `No entity has the id ${missing.join(', ')}.`, { ids: missing });
}
