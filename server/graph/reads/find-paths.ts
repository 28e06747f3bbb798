/**
 * How is A connected to B? Several shortest paths over the vocabulary's predicates (never through
 * articles), each as ordered node and edge ids, and their union ready to draw.
 */
import type { GraphEdge, Paths } from '../../../schema/generated/graphql.ts';
import { appError } from '../../errors.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { graphEdge, graphNode, shortestPathsFromAToB } from '../cypher-fragments.ts';
import { type GraphNodeRow } from './edge-detail.ts';
import { withHiddenDegrees } from './read-neighborhood.ts';
import {
  optionalPredicates, PATHS_MAX_LENGTH, PATHS_MAX_LIMIT, requireId, requireLimit,
} from '../../graphql/validate-arguments.ts';

/** One query text per (maxLength, limit): at most 6 × 10, each planned once. */
const pathsQuery = (maxLength: number, limit: number): string => `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = ${shortestPathsFromAToB(maxLength, limit)}
  WITH p ORDER BY length(p)
  RETURN collect(p) AS found
}
CALL (found) {
  UNWIND found AS p
  UNWIND nodes(p) AS n
  WITH DISTINCT n
  RETURN collect(${graphNode('n')}) AS nodes
}
CALL (found) {
  UNWIND found AS p
  UNWIND relationships(p) AS r
  WITH DISTINCT r
  RETURN collect(${graphEdge('r')}) AS edges
}
RETURN a IS NOT NULL AS fromFound,
       b IS NOT NULL AS toFound,
       [p IN found | { nodeIds: [n IN nodes(p) | n.id], edgeIds: [r IN relationships(p) | r.id], length: length(p) }] AS paths,
       nodes AS nodes,
       edges AS edges
`;

interface PathsRow {
  fromFound: boolean;
  toFound: boolean;
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
  const [row] = await runQuery<PathsRow>(ctx, 'paths', pathsQuery(maxLength, limit), {
    from,
    to,
    predicates,
    countMentions: false,
  });
  if (!row) throw new Error('paths query returned no row');
  const missing = [...(row.fromFound ? [] : [from]), ...(row.toFound ? [] : [to])];
  if (missing.length > 0) throw appError('ENTITY_NOT_FOUND', `No entity has the id ${missing.join(', ')}.`, { ids: missing });
  return {
    paths: row.paths,
    graph: { nodes: withHiddenDegrees(row.nodes, row.edges), edges: row.edges, truncated: false },
  };
}
