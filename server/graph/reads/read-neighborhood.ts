/**
 * What surrounds these entities? Up to three hops out, filtered by node type, predicate, period
 * and confidence, cut at `limit` nodes (nearest first, then best supported) so the client never
 * receives a hairball; every node says how many of its relationships were left out.
 *
 * Expansion is capped per node and per hop so that a hub (a government with thousands of edges)
 * costs a bounded amount of work: the first hop keeps each start's best supported relationships;
 * later hops expand only the best nodes of the previous hop and take a few relationships each.
 */
import { hiddenDegrees } from '../../../schema/hidden-degree.ts';
import type { GraphEdge, GraphNode, Neighborhood, RelationCount } from '../../../schema/generated/graphql.ts';
import { ENTITY_TYPES, NODE_TYPES } from '../../../schema/vocabulary.ts';
import { appError } from '../../errors.ts';
import { runQuery, type GraphContext } from '../access.ts';
import {
  bestRankedRelationships, graphEdge, graphNodesOf, inPeriod, MENTIONS_RELATIONSHIP, nodesWithIds, relationGroupTotals, STEP_RANK,
  VOCABULARY_RELATIONSHIPS, vocabularyDegree,
} from '../cypher-fragments.ts';
import { integer } from './integer-parameter.ts';
import { cachedRead } from './read-cache.ts';
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
/**
 * A node with more relationships than this is a hub: its first hop is read from the rank indexes
 * (best supported per predicate and direction) instead of walking every relationship, and the
 * edges between kept nodes are read from the other end.
 */
export const HUB_DEGREE = 200;
/** Edges returned at most, per node returned: the edges a hop followed first, then the best supported. */
const EDGES_PER_NODE = 4;

/** Relationship `r` of the vocabulary passes the predicate, confidence and period filters. */
const RELATION_PASSES = `($predicates IS NULL OR type(r) IN $predicates)
      AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
      AND ${inPeriod('r')}`;

/** `node` reaches entity `other` through `r`, a relationship of the vocabulary that passes the filters. */
const RELATION_STEP = `MATCH (node)-[r:${VOCABULARY_RELATIONSHIPS}]-(other:Entity)
    WHERE ${RELATION_PASSES}
      AND ($nodeTypes IS NULL OR any(label IN labels(other) WHERE label IN $nodeTypes))`;

/**
 * `node` reaches `other` through `r`, a mention (of `node` by an article, or of an entity by the
 * article `node`) that passes the filters: only when articles are asked for, an article within the period.
 */
const MENTION_STEP = `MATCH (node)-[r:${MENTIONS_RELATIONSHIP}]-(other)
    WHERE $withArticles
      AND (other:Entity OR other:Article)
      AND ($nodeTypes IS NULL OR any(label IN labels(other) WHERE label IN $nodeTypes))
      AND ($from IS NULL OR NOT other:Article OR other.publishedAt >= $from)
      AND ($to IS NULL OR NOT other:Article OR other.publishedAt <= $to)`;

/**
 * `node` reaches `other` through `r`, which passes the filters. The first branch follows the
 * vocabulary's predicates, the second an article's mentions (only when articles are asked for).
 */
const STEP = `
    ${RELATION_STEP}
    RETURN other, r, coalesce(r.sources, 1) AS weight
    UNION ALL
    ${MENTION_STEP}
    RETURN other, r, size(r.starts) AS weight`;

/** A few of `node`'s steps, at most $nextHopCap (the inner call makes the limit apply to both branches of STEP). */
const FEW_STEPS = `CALL (node) {
    CALL (node) {${STEP}
    }
    RETURN other, r, weight
    LIMIT $nextHopCap
  }`;

/**
 * `node`'s relationships in groups (predicate and direction), each row with its rank (ascending:
 * best supported first): a hub's from its rank indexes when only predicates filter the answer, at
 * most $perGroup per group (what its turn needs: entriesPerGroup + 1, so that a cut is seen); an
 * ordinary node's, or a hub's under other filters, by walking them; mentions at most
 * $mentionsPerGroup.
 */
const RANKED_GROUPS = `CALL (node) {
    WITH node WHERE $rankedHubs AND node:Entity AND ${vocabularyDegree('node')} > $hubDegree
    CALL (node) {${bestRankedRelationships('node')}
    }
    RETURN predicate, direction, r, other, rank
    UNION ALL
    WITH node WHERE NOT ($rankedHubs AND node:Entity AND ${vocabularyDegree('node')} > $hubDegree)
    ${RELATION_STEP}
    RETURN type(r) AS predicate, CASE WHEN startNode(r) = node THEN 'OUT' ELSE 'IN' END AS direction, r, other, ${STEP_RANK} AS rank
    UNION ALL
    CALL (node) {
      ${MENTION_STEP}
      RETURN r, other LIMIT $mentionsPerGroup
    }
    RETURN '${MENTIONS_RELATIONSHIP}' AS predicate, CASE WHEN startNode(r) = node THEN 'OUT' ELSE 'IN' END AS direction, r, other, ${STEP_RANK} AS rank
  }`;

export const NEIGHBORHOOD = `
${nodesWithIds('starts')}

// How many relationships each start node has per predicate and direction (what "more" means).
CALL (starts) {
  UNWIND starts AS node
  UNWIND ${relationGroupTotals('node')} AS group
  WITH node, group WHERE $predicates IS NULL OR group.predicate IN $predicates
  RETURN collect({ nodeId: node.id, predicate: group.predicate, direction: group.direction, total: group.total }) AS groups
}

// Hop 1: each start's best supported relationships per predicate and direction, taken in turns
// (the best of every group, then the second best, ...) up to the limit. Groups are ordered and
// taken in turns on their rank keys (a hub's come from its rank indexes, so its candidates cost no
// store reads); only the relationships kept are read further.
CALL (starts) {
  UNWIND starts AS node
  ${RANKED_GROUPS}
  WITH node, predicate, direction, r, other, rank
  ORDER BY rank
  WITH node, predicate, direction, collect({ node: other, edge: r, rank: rank }) AS best
  WITH node, best[..$firstHopCap] AS best, size(best) > $firstHopCap AS groupCut
  UNWIND range(0, size(best) - 1) AS position
  WITH node, best[position] AS hit, position, groupCut
  ORDER BY position, hit.rank
  WITH node, collect({ node: hit.node, edge: hit.edge, position: position }) AS hits, any(cut IN collect(groupCut) WHERE cut) AS groupCut
  WITH collect(groupCut OR size(hits) > $firstHopCap) AS cuts, reduce(all = [], h IN collect(hits[..$firstHopCap]) | all + h) AS kept
  RETURN any(cut IN cuts WHERE cut) AS firstHopCut,
         [hit IN kept | hit { .*, weight: coalesce(hit.edge.sources, size(hit.edge.starts), 1) }] AS reached1
}
CALL (starts, reached1) {
  UNWIND reached1 AS hit
  WITH hit.node AS node, sum(hit.weight) AS weight, min(hit.position) AS position
  WHERE NOT node IN starts
  RETURN collect({ node: node, weight: weight, position: position, hop: 1 }) AS hop1
}

// Hop 2: a few relationships from each of the best nodes of hop 1 (none when hop 1 fills the limit).
CALL (starts, hop1) {
  UNWIND CASE WHEN $depth >= 2 AND size(starts) + size(hop1) < $limit THEN hop1 ELSE [] END AS hit
  WITH hit ORDER BY hit.position, hit.weight DESC, hit.node.id LIMIT $frontierCap
  WITH hit.node AS node
  ${FEW_STEPS}
  RETURN collect({ node: other, weight: weight, edge: r }) AS reached2
}
CALL (starts, hop1, reached2) {
  UNWIND [s IN starts | { node: s, weight: 0, hop: 0 }] + hop1 + [r IN reached2 | { node: r.node, weight: r.weight, hop: 2 }] AS hit
  WITH hit.node AS node, min(hit.hop) AS hop, sum(hit.weight) AS weight
  WHERE hop = 2
  RETURN collect({ node: node, weight: weight, position: 0, hop: hop }) AS hop2
}

// Hop 3: the same from the best nodes of hop 2.
CALL (starts, hop1, hop2) {
  UNWIND CASE WHEN $depth >= 3 AND size(starts) + size(hop1) + size(hop2) < $limit THEN hop2 ELSE [] END AS hit
  WITH hit ORDER BY hit.weight DESC, hit.node.id LIMIT $frontierCap
  WITH hit.node AS node
  ${FEW_STEPS}
  RETURN collect({ node: other, weight: weight, edge: r }) AS reached3
}
CALL (starts, hop1, hop2, reached3) {
  UNWIND [s IN starts | { node: s, weight: 0, hop: 0 }] + hop1 + hop2 + [r IN reached3 | { node: r.node, weight: r.weight, hop: 3 }] AS hit
  WITH hit.node AS node, min(hit.hop) AS hop, sum(hit.weight) AS weight
  WHERE hop = 3
  RETURN collect({ node: node, weight: weight, position: 0, hop: hop }) AS hop3
}

// Keep the start nodes, then the nearest and best supported nodes up to the limit.
CALL (hop1, hop2, hop3) {
  UNWIND hop1 + hop2 + hop3 AS hit
  WITH hit ORDER BY hit.hop, hit.position, hit.weight DESC, hit.node.id
  RETURN collect(hit.node) AS ranked
}
WITH starts, groups, firstHopCut, ranked, reached1, reached2, reached3, $limit - size(starts) AS room
WITH starts, groups, starts + ranked[..room] AS kept, firstHopCut OR size(ranked) > room AS truncated,
     [hit IN reached1 + reached2 + reached3 | hit.edge] AS followed

// The edges between the nodes kept: those the hops followed, then those read from every kept
// node that is not a hub (an edge between two hubs is drawn when a hop followed it).
CALL (kept) {
  UNWIND kept AS n
  WITH n WHERE n:Entity AND ${vocabularyDegree('n')} > $hubDegree
  RETURN collect(n) AS hubs
}
CALL (kept, hubs, followed) {
  CALL (kept, hubs, followed) {
    UNWIND followed AS r
    WITH r WHERE startNode(r) IN kept AND endNode(r) IN kept
    RETURN r, 1 AS followedFirst
    UNION
    UNWIND kept AS a
    WITH a WHERE NOT a IN hubs
    MATCH (a)-[r:${VOCABULARY_RELATIONSHIPS}]-(b)
    WHERE b IN kept
      AND (startNode(r) = a OR b IN hubs)
      AND ${RELATION_PASSES}
    RETURN r, 0 AS followedFirst
    UNION
    UNWIND kept AS a
    MATCH (a)-[r:${MENTIONS_RELATIONSHIP}]->(b)
    WHERE $withArticles AND b IN kept
    RETURN r, 0 AS followedFirst
  }
  WITH r, max(followedFirst) AS followedFirst
  ORDER BY followedFirst DESC, coalesce(r.sources, size(r.starts), 1) DESC, r.id
  RETURN collect(r) AS edges
}
WITH starts, groups, kept, edges[..$maxEdges] AS edges, truncated OR size(edges) > $maxEdges AS truncated
${graphNodesOf('kept')}
RETURN [id IN $ids WHERE NOT id IN [s IN starts | s.id]] AS missing,
       nodes AS nodes,
       [r IN edges | ${graphEdge('r')}] AS edges,
       groups AS groups,
       truncated AS truncated
`;

/**
 * The sizes of the relationship groups (predicate and direction) that hop 1 reads from the rank
 * indexes, for each hub among the starts (`$ids`): one row per hub. Mentions are read by a walk
 * of their own, up to `limit + 1`.
 */
export const HUB_GROUP_SIZES = `
MATCH (node:Entity) WHERE node.id IN $ids AND ${vocabularyDegree('node')} > $hubDegree
RETURN [group IN ${relationGroupTotals('node')} WHERE $predicates IS NULL OR group.predicate IN $predicates | group.total] AS sizes
`;

/**
 * How many entries of each group hop 1 needs when groups of these sizes are taken in turns (the
 * best of each, then the second best, …) until `limit` are taken: the smallest k with
 * Σ min(size, k) ≥ limit, or the largest size when all of them together do not reach it.
 */
export function entriesPerGroup(sizes: readonly number[], limit: number): number {
  const sorted = sizes.filter((size) => size > 0).sort((a, b) => a - b);
  let remaining = limit;
  for (let i = 0; i < sorted.length; i++) {
    const size = sorted[i] ?? 0;
    const share = Math.ceil(remaining / (sorted.length - i));
    if (size >= share) return share;
    remaining -= size;
  }
  return sorted.at(-1) ?? 0;
}

interface NeighborhoodRow {
  missing: string[];
  nodes: Array<Omit<GraphNode, 'hiddenDegree'>>;
  edges: GraphEdge[];
  groups: Array<Omit<RelationCount, 'shown'>>;
  truncated: boolean;
}

/** Each group's count with the number of its edges in the answer. */
export function withShownCounts(groups: ReadonlyArray<Omit<RelationCount, 'shown'>>, edges: readonly GraphEdge[]): RelationCount[] {
  const shown = new Map<string, number>();
  for (const edge of edges) {
    for (const [nodeId, direction] of [[edge.source, 'OUT'], [edge.target, 'IN']] as const) {
      const key = `${nodeId}|${edge.predicate}|${direction}`;
      shown.set(key, (shown.get(key) ?? 0) + 1);
    }
  }
  return groups.map((group) => ({ ...group, shown: shown.get(`${group.nodeId}|${group.predicate}|${group.direction}`) ?? 0 }));
}

/** Nodes with the number of their relationships that the answer leaves out. */
export function withHiddenDegrees(nodes: ReadonlyArray<Omit<GraphNode, 'hiddenDegree'>>, edges: readonly GraphEdge[]): GraphNode[] {
  const hidden = hiddenDegrees(nodes, edges);
  return nodes.map((node) => ({ ...node, hiddenDegree: hidden.get(node.id) ?? 0 }));
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

export async function readNeighborhood(ctx: GraphContext, args: NeighborhoodArgs): Promise<Neighborhood> {
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

  const params = {
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
    mentionsPerGroup: integer(limit + 1),
    // A hub's first hop comes from the rank indexes when nothing but predicates filters it.
    rankedHubs: minConfidence === null && from === null && to === null && (nodeTypes === null || ENTITY_TYPES.every((type) => nodeTypes.includes(type))),
    hubDegree: integer(HUB_DEGREE),
    frontierCap: integer(FRONTIER_CAP),
    nextHopCap: integer(NEXT_HOP_CAP),
    maxEdges: integer(limit * EDGES_PER_NODE),
  };
  const [row] = await cachedRead(ctx, 'neighborhood', params, async () => {
    // A hub's groups are read from their rank indexes, each up to the entries its turn needs:
    // the group sizes come first (Neo4j keeps a hub's counts per type), since a LIMIT cannot vary per row.
    // Two auto-commit queries, one round trip each, rather than a transaction (its BEGIN and COMMIT
    // cost round trips of their own): the sizes only bound how far hop 1 reads each rank index, and
    // the answer (its counts included) is read by the second query alone.
    const hubs = params.rankedHubs ? await runQuery<{ sizes: number[] }>(ctx, 'neighborhood-hub-groups', HUB_GROUP_SIZES, params) : [];
    const perGroup = hubs.length === 0 ? limit + 1 : Math.min(limit + 1, Math.max(...hubs.map((hub) => entriesPerGroup(hub.sizes, limit) + 1)));
    return runQuery<NeighborhoodRow>(ctx, 'neighborhood', NEIGHBORHOOD, { ...params, perGroup: integer(perGroup) });
  });
  if (!row) throw new Error('neighborhood query returned no row');
  if (row.missing.length > 0) throw appError('ENTITY_NOT_FOUND', `No entity has the id ${row.missing.join(', ')}.`, { ids: row.missing });
  return {
    nodes: withHiddenDegrees(row.nodes, row.edges),
    edges: row.edges,
    truncated: row.truncated,
    relationCounts: withShownCounts(row.groups, row.edges),
  };
}
