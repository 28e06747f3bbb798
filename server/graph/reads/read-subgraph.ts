/**
 * Exactly these nodes and every relationship between them: what a shared view lists, reopened as
 * it was drawn. Ids that no longer exist are left out (the view says how many), never an error.
 */
import type { GraphEdge, GraphNode, Subgraph } from '../../../schema/generated/graphql.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { graphEdge, graphNodesOf, MENTIONS_RELATIONSHIP, nodesWithIds, VOCABULARY_RELATIONSHIPS } from '../cypher-fragments.ts';
import { requireIds } from '../../graphql/validate-arguments.ts';
import { withHiddenDegrees } from './read-neighborhood.ts';

/** Most nodes one subgraph names: as many as the canvas shows after a few expansions. */
export const SUBGRAPH_MAX_IDS = 500;

const SUBGRAPH = `
${nodesWithIds('kept')}
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r:${VOCABULARY_RELATIONSHIPS}|${MENTIONS_RELATIONSHIP}]->(b)
  WHERE b IN kept
  RETURN collect(${graphEdge('r')}) AS edges
}
${graphNodesOf('kept')}
RETURN nodes AS nodes, edges AS edges
`;

interface SubgraphRow {
  nodes: Array<Omit<GraphNode, 'hiddenDegree'>>;
  edges: GraphEdge[];
}

export async function readSubgraph(ctx: GraphContext, args: { ids: readonly string[] }): Promise<Subgraph> {
  const ids = requireIds('ids', args.ids, SUBGRAPH_MAX_IDS);
  // Degrees count mentions for articles only, as the explorer's other answers do.
  const [row] = await runQuery<SubgraphRow>(ctx, 'subgraph', SUBGRAPH, { ids, countMentions: false });
  if (!row) throw new Error('subgraph query returned no row');
  return { nodes: withHiddenDegrees(row.nodes, row.edges), edges: row.edges, truncated: false };
}
