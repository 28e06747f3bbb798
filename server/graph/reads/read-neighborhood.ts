/**
 * What surrounds these entities? Up to three hops out, filtered by node type, predicate, period
 * and confidence, cut at `limit` nodes (nearest first, then best supported) so the client never
 * receives a hairball; every node says how many of its relationships were left out.
 *
 * Expansion is capped per node and per hop so that a hub (a government with thousands of edges)
 * costs a bounded amount of work: the first hop keeps each start's best supported relationships;
 * later hops expand only the best nodes of the previous hop and take a few relationships each.
 */
import type { GraphEdge, GraphNode, Subgraph } from '../../../schema/generated/graphql.ts';
import { NODE_TYPES } from '../../../schema/vocabulary.ts';
import { appError } from '../../errors.ts';
import { runQuery, type GraphContext } from '../access.ts';
import {
  graphEdge, graphNode, inPeriod, MENTIONS_RELATIONSHIP, VOCABULARY_RELATIONSHIPS,
} from '../cypher-fragments.ts';
import { integer } from './integer-parameter.ts';
import {
  NEIGHBORHOOD_MAX_DEPTH, NEIGHBORHOOD_MAX_IDS, NEIGHBORHOOD_MAX_LIMIT, optionalConfidence, optionalNodeTypes,
  optionalPeriod, optionalPredicates, requireDepth, requireIds, requireLimit,
} from '../../graphql/validate-arguments.ts';

/** Nodes returned when the client does not say. */
const DEFAULT_LIMIT = 150;
/** Nodes of one hop that are expanded into the next (the best supported first). */
const FRONTIER_CAP = 100;
/** Relationships followed from each node of the second and third hops. */
const NEXT_HOP_CAP = 25;
/** Relationships read from one node when collecting the edges between the nodes kept. */
const EDGES_PER_NODE_CAP = 500;

/**
 * `node` reaches `other` through `r`, which passes the filters. The first branch follows the
 * vocabulary's predicates, the second an article's mentions (only when articles are asked for).
 */
const STEP = `
    MATCH (node)-[r:${VOCABULARY_RELATIONSHIPS}]-(other:Entity)
    WHERE ($predicates IS NULL OR type(r) IN $predicates)
      AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
      AND ${inPeriod('r')}
      AND ($nodeTypes IS NULL OR any(label IN labels(other) WHERE label IN $nodeTypes))
    RETURN other, coalesce(r.sources, 1) AS weight
    UNION ALL
    MATCH (node)-[r:${MENTIONS_RELATIONSHIP}]-(other)
    WHERE $withArticles
      AND (other:Entity OR other:Article)
      AND ($nodeTypes IS NULL OR any(label IN labels(other) WHERE label IN $nodeTypes))
      AND ($from IS NULL OR NOT other:Article OR other.publishedAt >= $from)
      AND ($to IS NULL OR NOT other:Article OR other.publishedAt <= $to)
    RETURN other, size(r.starts) AS weight`;

/** A few of `node`'s steps, at most $nextHopCap (the inner call makes the limit apply to both branches of STEP). */
const FEW_STEPS = `CALL (node) {
    CALL (node) {${STEP}
    }
    RETURN other, weight
    LIMIT $nextHopCap
  }`;

export const NEIGHBORHOOD = `
CALL () {
  MATCH (start:Entity) WHERE start.id IN $ids RETURN start
  UNION
  MATCH (start:Article) WHERE start.id IN $ids RETURN start
}
WITH collect(start) AS starts

// Hop 1: the best supported relationships of each start node (one more than the cap, to know it was cut).
CALL (starts) {
  UNWIND starts AS node
  CALL (node) {
    CALL (node) {${STEP}
    }
    RETURN other, weight
    ORDER BY weight DESC, other.id
    LIMIT $firstHopProbe
  }
  WITH node, collect({ node: other, weight: weight }) AS reached
  RETURN any(cut IN collect(size(reached) > $firstHopCap) WHERE cut) AS firstHopCut,
         reduce(all = [], r IN collect(reached[..$firstHopCap]) | all + r) AS reached1
}
CALL (starts, reached1) {
  UNWIND reached1 AS hit
  WITH hit.node AS node, sum(hit.weight) AS weight
  WHERE NOT node IN starts
  RETURN collect({ node: node, weight: weight, hop: 1 }) AS hop1
}

// Hop 2: a few relationships from each of the best nodes of hop 1.
CALL (hop1) {
  UNWIND CASE WHEN $depth >= 2 THEN hop1 ELSE [] END AS hit
  WITH hit ORDER BY hit.weight DESC, hit.node.id LIMIT $frontierCap
  WITH hit.node AS node
  ${FEW_STEPS}
  RETURN collect({ node: other, weight: weight }) AS reached2
}
CALL (starts, hop1, reached2) {
  UNWIND [s IN starts | { node: s, weight: 0, hop: 0 }] + hop1 + [r IN reached2 | { node: r.node, weight: r.weight, hop: 2 }] AS hit
  WITH hit.node AS node, min(hit.hop) AS hop, sum(hit.weight) AS weight
  WHERE hop = 2
  RETURN collect({ node: node, weight: weight, hop: hop }) AS hop2
}

// Hop 3: the same from the best nodes of hop 2.
CALL (hop2) {
  UNWIND CASE WHEN $depth >= 3 THEN hop2 ELSE [] END AS hit
  WITH hit ORDER BY hit.weight DESC, hit.node.id LIMIT $frontierCap
  WITH hit.node AS node
  ${FEW_STEPS}
  RETURN collect({ node: other, weight: weight }) AS reached3
}
CALL (starts, hop1, hop2, reached3) {
  UNWIND [s IN starts | { node: s, weight: 0, hop: 0 }] + hop1 + hop2 + [r IN reached3 | { node: r.node, weight: r.weight, hop: 3 }] AS hit
  WITH hit.node AS node, min(hit.hop) AS hop, sum(hit.weight) AS weight
  WHERE hop = 3
  RETURN collect({ node: node, weight: weight, hop: hop }) AS hop3
}

// Keep the start nodes, then the nearest and best supported nodes up to the limit.
CALL (hop1, hop2, hop3) {
  UNWIND hop1 + hop2 + hop3 AS hit
  WITH hit ORDER BY hit.hop, hit.weight DESC, hit.node.id
  RETURN collect(hit.node) AS ranked
}
WITH starts, firstHopCut, ranked, $limit - size(starts) AS room
WITH starts, starts + ranked[..room] AS kept, firstHopCut OR size(ranked) > room AS truncated

// The edges between the nodes kept, each read once from its subject.
CALL (kept) {
  UNWIND kept AS a
  CALL (a, kept) {
    MATCH (a)-[r:${VOCABULARY_RELATIONSHIPS}]->(b)
    WHERE b IN kept
      AND ($predicates IS NULL OR type(r) IN $predicates)
      AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
      AND ${inPeriod('r')}
    RETURN r
    LIMIT $edgesPerNode
    UNION
    MATCH (a)-[r:${MENTIONS_RELATIONSHIP}]->(b)
    WHERE $withArticles AND b IN kept
    RETURN r
    LIMIT $edgesPerNode
  }
  RETURN collect(${graphEdge('r')}) AS edges
}
CALL (kept) {
  UNWIND kept AS n
  RETURN collect(${graphNode('n')}) AS nodes
}
RETURN [id IN $ids WHERE NOT id IN [s IN starts | s.id]] AS missing,
       nodes AS nodes,
       edges AS edges,
       truncated AS truncated
`;

interface NeighborhoodRow {
  missing: string[];
  nodes: Array<Omit<GraphNode, 'hiddenDegree'>>;
  edges: GraphEdge[];
  truncated: boolean;
}

/** Nodes with the number of their relationships that the answer leaves out. */
export function withHiddenDegrees(nodes: ReadonlyArray<Omit<GraphNode, 'hiddenDegree'>>, edges: readonly GraphEdge[]): GraphNode[] {
  const shown = new Map<string, number>();
  for (const edge of edges) {
    shown.set(edge.source, (shown.get(edge.source) ?? 0) + 1);
    if (edge.target !== edge.source) shown.set(edge.target, (shown.get(edge.target) ?? 0) + 1);
  }
  return nodes.map((node) => ({ ...node, hiddenDegree: Math.max(0, node.degree - (shown.get(node.id) ?? 0)) }));
}

export interface NeighborhoodArgs {
  ids: readonly string[];
  depth?: number | null;
  nodeTypes?: readonly string[] | null;
  predicates?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
  minConfidence?: number | null;
  limit?: number | null;
}

export async function readNeighborhood(ctx: GraphContext, args: NeighborhoodArgs): Promise<Subgraph> {
  const ids = requireIds('ids', args.ids, NEIGHBORHOOD_MAX_IDS);
  const depth = requireDepth(args.depth, NEIGHBORHOOD_MAX_DEPTH);
  const limit = requireLimit('limit', args.limit, DEFAULT_LIMIT, NEIGHBORHOOD_MAX_LIMIT);
  if (ids.length > limit) throw appError('BAD_USER_INPUT', `limit (${limit}) must be at least the number of ids (${ids.length}).`);
  const nodeTypes = optionalNodeTypes(args.nodeTypes);
  const predicates = optionalPredicates(args.predicates, true);
  const { from, to } = optionalPeriod(args.from, args.to);
  const minConfidence = optionalConfidence(args.minConfidence);
  // Articles (and their MENTIONS edges) are drawn only when asked for by type.
  const withArticles = (nodeTypes?.includes('Article') ?? false) && (predicates === null || predicates.includes('MENTIONS'));

  const [row] = await runQuery<NeighborhoodRow>(ctx, 'neighborhood', NEIGHBORHOOD, {
    ids,
    depth: integer(depth),
    limit: integer(limit),
    nodeTypes: nodeTypes ?? NODE_TYPES.filter((type) => type !== 'Article'),
    predicates: predicates?.filter((p) => p !== 'MENTIONS') ?? null,
    from,
    to,
    minConfidence,
    withArticles,
    countMentions: withArticles,
    firstHopCap: integer(limit),
    firstHopProbe: integer(limit + 1),
    frontierCap: integer(FRONTIER_CAP),
    nextHopCap: integer(NEXT_HOP_CAP),
    edgesPerNode: integer(EDGES_PER_NODE_CAP),
  });
  if (!row) throw new Error('neighborhood query returned no row');
  if (row.missing.length > 0) throw appError('ENTITY_NOT_FOUND', `No entity has the id ${row.missing.join(', ')}.`, { ids: row.missing });
  return { nodes: withHiddenDegrees(row.nodes, row.edges), edges: row.edges, truncated: row.truncated };
}
