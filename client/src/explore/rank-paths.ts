/**
 * The order of the paths found between two entities: shortest first, then the best supported
 * (each step's distinct publications, weighed by its confidence) with a penalty for every hub it
 * goes through (a route through NVIDIA or the United States says little about how A and B are
 * tied). Pure; the server's order breaks ties.
 */
import type { PathsResult } from '../api/explorer-api.ts';

/** How much one step of the path through a node of this degree costs against one publication. */
const HUB_WEIGHT = 0.5;

type Path = PathsResult['paths'][number];

/** The path's evidence minus its hubs: higher is a better route to show first. */
export function pathScore(path: Path, graph: PathsResult['graph']): number {
  const edges = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const evidence = path.edgeIds.reduce((sum, id) => {
    const edge = edges.get(id);
    return sum + (edge ? Math.log1p(edge.publications) * edge.confidence : 0);
  }, 0);
  const hubs = path.nodeIds.slice(1, -1).reduce((sum, id) => sum + Math.log1p(nodes.get(id)?.degree ?? 0), 0);
  return evidence - HUB_WEIGHT * hubs;
}

/** The same answer, its paths in the order to list them. */
export function rankPaths(result: PathsResult): PathsResult {
  const ranked = result.paths
    .map((path, index) => ({ path, index, score: pathScore(path, result.graph) }))
    .sort((a, b) => a.path.length - b.path.length || b.score - a.score || a.index - b.index)
    .map(({ path }) => path);
  return { ...result, paths: ranked };
}
