/**
 * What the explorer does that needs the server: add an entity, expand a node, reopen a view, with
 * the waiting message, the failure and its retry kept in the store. Plain functions over the store,
 * so the canvas, the panels and other views (query console, add article) call the same ones.
 */
import { fetchNeighborhood, fetchSavedView, fetchSubgraph, type GraphEdge, type GraphNode, type Predicate } from '../api/explorer-api.ts';
import { asRequestError, GraphQLRequestError } from '../api/graphql-client.ts';
import { EMPTY_MODEL, addSeeds, expandNode, type CanvasModel } from '../graph/canvas-model.ts';
import { filterArguments } from '../graph/graph-filters.ts';
import { currentLanguage } from '../i18n/language.ts';
import { message, type MessageKey } from '../i18n/messages.ts';
import { exploreStore, type ExploreStore } from './explore-store.ts';
import { parseHash, type ExploreUrlState } from './view-url.ts';

/** Most nodes one expansion may add. */
export const EXPANSION_LIMIT = 40;

/** Nodes and edges to light up on the canvas (what a query or a commit brought). */
export interface Highlight {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

/** What other views may ask of the explorer. */
export interface ExploreHandle {
  /** Adds the entity to the canvas when absent, and selects it. */
  showEntity(id: string): void;
  /**
   * Draws a subgraph from another view (query console, committed article) as seeds, undoable;
   * `highlight` lights up part of it until the next change of paths or highlight.
   */
  drawSubgraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[], options?: { highlight?: Highlight; select?: string }): void;
  /** What the canvas shows now. */
  canvasView(): { nodes: GraphNode[]; edges: GraphEdge[] };
  /** Opens the article reader beside the canvas. */
  openArticle(id: string): void;
}

export interface ExploreActions extends ExploreHandle {
  expand(id: string, predicates?: Predicate[]): void;
  /** Selects the edge, first drawing its two ends (with the edges between them) when absent. */
  showEdge(id: string, subject: string, object: string): void;
  /**
   * Rebuilds the view a URL describes: exactly its nodes when it lists them, else by replaying.
   * `asStep` makes it a step of the history (the user opened a saved view).
   */
  restore(url: ExploreUrlState, options?: { asStep?: boolean }): Promise<void>;
  /** Opens a saved view by its short id. */
  openSavedView(id: string, options?: { asStep?: boolean }): Promise<void>;
  /** The highlight another view asked for, until the next one. */
  highlight(): Highlight | null;
  onHighlight(listener: () => void): () => void;
}

export function createExploreActions(store: ExploreStore): ExploreActions {
  let drawnHighlight: Highlight | null = null;
  const highlightListeners = new Set<() => void>();

  /** Runs an API call with the waiting message (a key of the catalogue), and the failure with a retry when it fails. */
  async function run(message: MessageKey, task: () => Promise<void>): Promise<void> {
    store.dispatch({ type: 'busy', message });
    store.dispatch({ type: 'failure', failure: null });
    store.dispatch({ type: 'notice', text: null });
    try {
      await task();
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      store.dispatch({ type: 'failure', failure: { error: asRequestError(error), retry: () => void run(message, task) } });
    } finally {
      store.dispatch({ type: 'busy', message: null });
    }
  }

  function showEntity(id: string): void {
    if (store.getState().model.nodes.has(id)) {
      store.dispatch({ type: 'select', target: { kind: 'node', id } });
      return;
    }
    void run('busyAdding', async () => {
      const { neighborhood } = await fetchNeighborhood({ ids: [id], depth: 1, limit: EXPANSION_LIMIT });
      if (!neighborhood.nodes.some((node) => node.id === id)) throw new GraphQLRequestError(`No entity has the id “${id}”.`, 'ENTITY_NOT_FOUND');
      const model = addSeeds(store.getState().model, neighborhood, new Set([id]));
      store.dispatch({ type: 'commit', model, select: { kind: 'node', id } });
    });
  }

  function expand(id: string, predicates?: Predicate[]): void {
    const { filters } = store.getState();
    void run('busyExpanding', async () => {
      const { neighborhood } = await fetchNeighborhood({ ids: [id], depth: 1, limit: EXPANSION_LIMIT, ...filterArguments(filters), ...(predicates ? { predicates } : {}) });
      const before = store.getState().model;
      const model = expandNode(before, id, neighborhood);
      const added = model.nodes.size - before.nodes.size;
      store.dispatch({ type: 'commit', model });
      if (neighborhood.truncated) store.dispatch({ type: 'notice', text: message(currentLanguage(), 'noticeTruncated', { limit: EXPANSION_LIMIT }) });
      else if (added === 0 && model.edges.size === before.edges.size) store.dispatch({ type: 'notice', text: message(currentLanguage(), 'noticeNoMore') });
    });
  }

  function showEdge(id: string, subject: string, object: string): void {
    const { model } = store.getState();
    if (model.edges.has(id)) {
      store.dispatch({ type: 'select', target: { kind: 'edge', id } });
      return;
    }
    void run('busyAdding', async () => {
      const { subgraph } = await fetchSubgraph({ ids: [subject, object] });
      const next = addSeeds(store.getState().model, subgraph);
      if (!next.edges.has(id)) throw new GraphQLRequestError('This relationship is no longer in the graph.', 'ENTITY_NOT_FOUND');
      store.dispatch({ type: 'commit', model: next, select: { kind: 'edge', id } });
    });
  }

  function restore(url: ExploreUrlState, options: { asStep?: boolean } = {}): Promise<void> {
    return run('busyOpening', async () => {
      const model = url.nodes.length > 0 ? await exactModel(url) : await replayedModel(url);
      store.dispatch({ type: 'restore', model, url, asStep: options.asStep ?? false });
    });
  }

  function openSavedView(id: string, options: { asStep?: boolean } = {}): Promise<void> {
    return run('busyOpening', async () => {
      const { savedView } = await fetchSavedView({ id });
      const url = parseHash(savedView.state).state;
      const model = url.nodes.length > 0 ? await exactModel(url) : await replayedModel(url);
      store.dispatch({ type: 'restore', model, url, asStep: options.asStep ?? false });
    });
  }

  return {
    showEntity,
    expand,
    showEdge,
    restore,
    openSavedView,
    drawSubgraph(nodes, edges, options = {}) {
      const model = addSeeds(store.getState().model, { nodes, edges });
      const select = options.select && model.nodes.has(options.select) ? { kind: 'node' as const, id: options.select } : undefined;
      store.dispatch({ type: 'commit', model, ...(select ? { select } : {}) });
      drawnHighlight = options.highlight ?? null;
      for (const listener of highlightListeners) listener();
    },
    canvasView() {
      const { model } = store.getState();
      return { nodes: [...model.nodes.values()], edges: [...model.edges.values()] };
    },
    openArticle: (id) => store.dispatch({ type: 'article', id }),
    highlight: () => drawnHighlight,
    onHighlight(listener) {
      highlightListeners.add(listener);
      return () => void highlightListeners.delete(listener);
    },
  };
}

/** The nodes the URL lists, with every relationship between them, owned as they were. */
async function exactModel(url: ExploreUrlState): Promise<CanvasModel> {
  const { subgraph } = await fetchSubgraph({ ids: url.nodes.map((node) => node.id) });
  const found = new Map(subgraph.nodes.map((node) => [node.id, node]));
  const nodes = new Map<string, GraphNode>();
  const owners = new Map<string, ReadonlySet<string>>();
  for (const entry of url.nodes) {
    const node = found.get(entry.id);
    if (!node) continue;
    nodes.set(node.id, node);
    owners.set(node.id, new Set(entry.owners));
  }
  const edges = new Map(subgraph.edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)).map((edge) => [edge.id, edge]));
  return {
    nodes,
    edges,
    owners,
    expanded: url.expand.filter((id) => nodes.has(id)),
    pinned: new Set(url.pinned.filter((id) => nodes.has(id))),
  };
}

/**
 * Older links name only the added and expanded nodes: the expansions are replayed as first made,
 * without the filters; the filters from the URL then hide on the canvas what they exclude.
 */
async function replayedModel(url: ExploreUrlState): Promise<CanvasModel> {
  let model: CanvasModel = EMPTY_MODEL;
  if (url.ids.length > 0) {
    const { neighborhood } = await fetchNeighborhood({ ids: [...url.ids], depth: 1, limit: EXPANSION_LIMIT });
    model = addSeeds(model, neighborhood, new Set(url.ids));
  }
  const answers = await Promise.all(url.expand.map((id) => fetchNeighborhood({ ids: [id], depth: 1, limit: EXPANSION_LIMIT })));
  url.expand.forEach((id, index) => {
    const answer = answers[index];
    if (answer) model = expandNode(model, id, answer.neighborhood);
  });
  return model;
}

/** The explorer of this page. */
export const exploreActions = createExploreActions(exploreStore);
