/**
 * What the canvas shows, as immutable data: the nodes and edges drawn, which expansion brought
 * each node (so that collapsing a node removes what only it brought), the expansions in order and
 * the pinned nodes. Every change returns a new model, which makes undo/redo a list of models.
 */
import { hiddenDegrees as hiddenDegreesOf } from '../../../schema/hidden-degree.ts';
import type { GraphEdge, GraphNode } from '../api/explorer-api.ts';

/** Owner of nodes added directly (search, URL, article mention), never removed by a collapse. */
export const SEED = '@seed';
/** Owner of nodes a path search brought. */
export const PATH = '@path';

export interface CanvasModel {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: ReadonlyMap<string, GraphEdge>;
  /** For each node, the expanded nodes (or SEED) that brought it onto the canvas. */
  readonly owners: ReadonlyMap<string, ReadonlySet<string>>;
  /** Expanded node ids, in the order they were expanded. */
  readonly expanded: readonly string[];
  readonly pinned: ReadonlySet<string>;
}

export const EMPTY_MODEL: CanvasModel = { nodes: new Map(), edges: new Map(), owners: new Map(), expanded: [], pinned: new Set() };

export interface SubgraphLike {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/**
 * Adds a subgraph: new nodes get `owner`, nodes already drawn keep theirs (they were not brought
 * by this expansion); edges are added when both ends are on the canvas afterwards.
 */
export function mergeSubgraph(model: CanvasModel, subgraph: SubgraphLike, owner: string): CanvasModel {
  const nodes = new Map(model.nodes);
  const owners = new Map(model.owners);
  for (const node of subgraph.nodes) {
    if (!nodes.has(node.id)) owners.set(node.id, new Set([owner]));
    else if (owner === SEED) owners.set(node.id, new Set([...(owners.get(node.id) ?? []), SEED]));
    nodes.set(node.id, node);
  }
  const edges = new Map(model.edges);
  for (const edge of subgraph.edges) {
    if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
  }
  return { ...model, nodes, edges, owners };
}

/** Adds the subgraph's nodes as seeds; only the ones in `keep` when given (with their edges). */
export function addSeeds(model: CanvasModel, subgraph: SubgraphLike, keep?: ReadonlySet<string>): CanvasModel {
  const nodes = keep ? subgraph.nodes.filter((node) => keep.has(node.id)) : subgraph.nodes;
  return mergeSubgraph(model, { nodes, edges: subgraph.edges }, SEED);
}

/** Records that `id` was expanded with this answer. */
export function expandNode(model: CanvasModel, id: string, subgraph: SubgraphLike): CanvasModel {
  const merged = mergeSubgraph(model, subgraph, id);
  return { ...merged, expanded: merged.expanded.includes(id) ? merged.expanded : [...merged.expanded, id] };
}

function withoutNodes(model: CanvasModel, removed: ReadonlySet<string>): CanvasModel {
  if (removed.size === 0) return model;
  const nodes = new Map([...model.nodes].filter(([id]) => !removed.has(id)));
  const edges = new Map([...model.edges].filter(([, edge]) => !removed.has(edge.source) && !removed.has(edge.target)));
  const owners = new Map(
    [...model.owners].filter(([id]) => !removed.has(id)).map(([id, set]) => [id, new Set([...set].filter((owner) => !removed.has(owner)))] as const),
  );
  return {
    nodes,
    edges,
    owners,
    expanded: model.expanded.filter((id) => !removed.has(id)),
    pinned: new Set([...model.pinned].filter((id) => !removed.has(id))),
  };
}

/**
 * Undoes an expansion: removes the nodes that only `id` brought (and, in turn, what their own
 * expansions brought), except pinned nodes, which stay.
 */
export function collapseNode(model: CanvasModel, id: string): CanvasModel {
  const removed = new Set<string>();
  const owners = new Map([...model.owners].map(([node, set]) => [node, new Set(set)] as const));
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const [node, set] of owners) {
      if (!set.delete(current) || set.size > 0 || removed.has(node) || node === id || model.pinned.has(node)) continue;
      removed.add(node);
      queue.push(node);
    }
  }
  const collapsed = withoutNodes({ ...model, owners }, removed);
  return { ...collapsed, expanded: collapsed.expanded.filter((expanded) => expanded !== id) };
}

export function removeNode(model: CanvasModel, id: string): CanvasModel {
  return withoutNodes(model, new Set([id]));
}

export function togglePin(model: CanvasModel, id: string): CanvasModel {
  const pinned = new Set(model.pinned);
  if (!pinned.delete(id)) pinned.add(id);
  return { ...model, pinned };
}

/** For each node, its relationships not drawn on the canvas: what "+N more" offers. */
export function hiddenDegrees(model: CanvasModel): Map<string, number> {
  return hiddenDegreesOf(model.nodes.values(), model.edges.values());
}

/** The node's relationships not drawn on the canvas. */
export function hiddenDegreeOf(model: CanvasModel, id: string): number {
  return hiddenDegrees(model).get(id) ?? 0;
}

/** Ids of nodes added directly rather than by an expansion, in insertion order. */
export function seedIds(model: CanvasModel): string[] {
  return [...model.owners].filter(([, set]) => set.has(SEED)).map(([id]) => id);
}
