/** How big is the graph? Counts by node type and by predicate, and the span of dates present. */
import { NODE_TYPES, PREDICATE_NAMES, type NodeType, type Predicate } from '../../../schema/vocabulary.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { cachedRead } from './read-cache.ts';

// Labels and types come from the schema's constants; each count is answered by Neo4j's count store.
const countNodes = NODE_TYPES.map((type) => `MATCH (n:${type}) RETURN '${type}' AS key, count(n) AS count`);
const countEdges = [...PREDICATE_NAMES, 'MENTIONS'].map(
  (predicate) => `MATCH ()-[r:${predicate}]->() RETURN '${predicate}' AS key, count(r) AS count`,
);

const STATS = `
CALL () { ${countNodes.join(' UNION ALL ')} }
WITH collect({ type: key, count: count }) AS nodes
CALL () { ${countEdges.join(' UNION ALL ')} }
WITH nodes, collect({ predicate: key, count: count }) AS edges
CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
CALL () {
  MATCH (p:Policy)
  UNWIND [p.announced, p.effective, p.ended] AS day
  RETURN min(day) AS firstDate, max(day) AS lastDate
}
RETURN nodes, edges, statements, firstDate, lastDate
`;

interface StatsRow {
  nodes: Array<{ type: NodeType; count: number }>;
  edges: Array<{ predicate: Predicate | 'MENTIONS'; count: number }>;
  statements: number;
  firstDate: string | null;
  lastDate: string | null;
}

export async function readStats(ctx: GraphContext) {
  const [row] = await cachedRead(ctx, 'stats', {}, () => runQuery<StatsRow>(ctx, 'stats', STATS, {}));
  if (!row) throw new Error('stats query returned no row');
  return {
    nodes: row.nodes,
    edges: row.edges.filter((edge) => edge.count > 0),
    articles: row.nodes.find((n) => n.type === 'Article')?.count ?? 0,
    statements: row.statements,
    firstDate: row.firstDate,
    lastDate: row.lastDate,
  };
}
