/**
 * The explorer: filters and paths on the left, the canvas in the middle, details on the right,
 * the article reader over the canvas. Owns the explorer's state, talks to the API, and keeps the
 * view in the URL so that a copied link reopens it.
 */
import { lazy, Suspense, useCallback, useEffect, useImperativeHandle, useMemo, useReducer, useRef, useState, type Ref } from 'react';
import { fetchNeighborhood, fetchStats, type EdgeDetail, type EntityDetail, type GraphEdge, type GraphNode, type GraphStats, type PathsResult, type Predicate } from '../api/explorer-api.ts';
import type { NodeSingular } from 'cytoscape';
import { GraphQLRequestError } from '../api/graphql-client.ts';
import { EMPTY_MODEL, addSeeds, collapseNode, expandNode, mergeSubgraph, removeNode, togglePin, type CanvasModel } from '../graph/canvas-model.ts';
import { filterArguments, type GraphFilters } from '../graph/graph-filters.ts';
import { useCytoscape, type CanvasTarget } from '../graph/use-cytoscape.ts';
import { CanvasToolbar } from './canvas-toolbar.tsx';
import { DetailsPanel } from './details-panel.tsx';
import { ErrorMessage } from './error-message.tsx';
import { exploreReducer, INITIAL_STATE, urlStateOf, type ExploreState } from './explore-state.ts';
import { FiltersPanel } from './filters-panel.tsx';
import { Legend } from './legend.tsx';
import { asRequestError } from './use-remote.ts';
import { download, viewExport } from './view-export.ts';
import { formatHash, parseHash, type ExploreUrlState } from './view-url.ts';

const PathsPanel = lazy(() => import('./paths-panel.tsx'));
const ArticleReader = lazy(() => import('./article-reader.tsx'));

/** Most nodes one expansion may add. */
const EXPANSION_LIMIT = 40;

/** Nodes and edges to light up on the canvas (what a query or a commit brought). */
export interface Highlight {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

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
  /** Opens the article reader over the canvas. */
  openArticle(id: string): void;
}

interface Failure {
  error: GraphQLRequestError;
  retry: () => void;
}

const SUGGESTIONS = [
  { id: 'nvidia', label: 'NVIDIA' },
  { id: 'h20', label: 'H20' },
  { id: 'huawei', label: 'Huawei' },
  { id: 'cambricon', label: 'Cambricon' },
];

export function ExploreView({ active, ref }: { active: boolean; ref?: Ref<ExploreHandle> }) {
  const [state, dispatch] = useReducer(exploreReducer, INITIAL_STATE);
  const stateRef = useRef<ExploreState>(state);
  stateRef.current = state;
  const [stats, setStats] = useState<GraphStats | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [leftTab, setLeftTab] = useState<'filters' | 'paths'>('filters');
  const [aliases, setAliases] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const edgeDetails = useRef(new Map<string, EdgeDetail>());
  const lastHash = useRef<string | null>(null);
  const container = useRef<HTMLDivElement>(null);

  /** Runs an API call with the loading message, and the error state with a retry on failure. */
  const run = useCallback(async (message: string, task: () => Promise<void>): Promise<void> => {
    setBusy(message);
    setFailure(null);
    setNotice(null);
    try {
      await task();
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      setFailure({ error: asRequestError(error), retry: () => void run(message, task) });
    } finally {
      setBusy(null);
    }
  }, []);

  const loadStats = useCallback(() => {
    void run('Connecting to the graph…', async () => setStats((await fetchStats({})).stats));
  }, [run]);

  const showEntity = useCallback(
    (id: string) => {
      const current = stateRef.current.model;
      if (current.nodes.has(id)) {
        dispatch({ type: 'select', target: { kind: 'node', id } });
        return;
      }
      void run('Adding to the graph…', async () => {
        const { neighborhood } = await fetchNeighborhood({ ids: [id], depth: 1, limit: EXPANSION_LIMIT });
        if (!neighborhood.nodes.some((node) => node.id === id)) throw new GraphQLRequestError(`No entity has the id “${id}”.`, 'ENTITY_NOT_FOUND');
        const model = addSeeds(stateRef.current.model, neighborhood, new Set([id]));
        dispatch({ type: 'commit', model, select: { kind: 'node', id } });
      });
    },
    [run],
  );

  const expand = useCallback(
    (id: string, predicates?: Predicate[]) => {
      const { filters } = stateRef.current;
      void run('Expanding…', async () => {
        const args = filterArguments(filters);
        const { neighborhood } = await fetchNeighborhood({ ids: [id], depth: 1, limit: EXPANSION_LIMIT, ...args, ...(predicates ? { predicates } : {}) });
        const before = stateRef.current.model;
        const model = expandNode(before, id, neighborhood);
        const added = model.nodes.size - before.nodes.size;
        dispatch({ type: 'commit', model });
        if (neighborhood.truncated) setNotice(`Showing the first ${EXPANSION_LIMIT} neighbours: use “By relationship” or the filters to see others.`);
        else if (added === 0 && model.edges.size === before.edges.size) setNotice('No more relationships to show with the current filters.');
      });
    },
    [run],
  );

  const restore = useCallback(
    (url: ExploreUrlState) => {
      void run('Opening the view…', async () => {
        let model: CanvasModel = EMPTY_MODEL;
        if (url.ids.length > 0) {
          const { neighborhood } = await fetchNeighborhood({ ids: [...url.ids], depth: 1, limit: EXPANSION_LIMIT });
          model = addSeeds(model, neighborhood, new Set(url.ids));
        }
        // Expansions are replayed as first made, without the filters; the filters from the URL
        // then hide on the canvas what they exclude. This reproduces the usual "expand, then
        // filter" view exactly (an expansion made under narrower filters may differ slightly).
        const answers = await Promise.all(url.expand.map((id) => fetchNeighborhood({ ids: [id], depth: 1, limit: EXPANSION_LIMIT })));
        url.expand.forEach((id, index) => {
          const answer = answers[index];
          if (answer) model = expandNode(model, id, answer.neighborhood);
        });
        dispatch({ type: 'restore', model, url });
      });
    },
    [run],
  );

  const [drawnHighlight, setDrawnHighlight] = useState<Highlight | null>(null);
  const drawSubgraph = useCallback((nodes: readonly GraphNode[], edges: readonly GraphEdge[], options: { highlight?: Highlight; select?: string } = {}) => {
    const model = addSeeds(stateRef.current.model, { nodes, edges });
    const select = options.select && model.nodes.has(options.select) ? { kind: 'node' as const, id: options.select } : undefined;
    dispatch({ type: 'commit', model, ...(select ? { select } : {}) });
    setDrawnHighlight(options.highlight ?? null);
  }, []);
  const canvasView = useCallback(() => {
    const { model } = stateRef.current;
    return { nodes: [...model.nodes.values()], edges: [...model.edges.values()] };
  }, []);
  const openArticle = useCallback((id: string) => dispatch({ type: 'article', id }), []);

  useImperativeHandle(ref, () => ({ showEntity, drawSubgraph, canvasView, openArticle }), [showEntity, drawSubgraph, canvasView, openArticle]);

  // First load: the stats (filters, time window) and the view in the URL.
  useEffect(() => {
    loadStats();
    const { view, state: url } = parseHash(window.location.hash);
    if (view === 'explore' && (url.ids.length > 0 || url.expand.length > 0 || url.article !== null)) {
      lastHash.current = window.location.hash;
      restore(url);
    }
    const onHashChange = (): void => {
      const parsed = parseHash(window.location.hash);
      if (parsed.view !== 'explore' || window.location.hash === lastHash.current) return;
      lastHash.current = window.location.hash;
      restore(parsed.state);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [loadStats, restore]);

  // The URL follows the view.
  useEffect(() => {
    if (!active || busy === 'Opening the view…') return;
    const hash = formatHash('explore', urlStateOf(state));
    if (hash === window.location.hash) return;
    lastHash.current = hash;
    window.history.replaceState(null, '', hash);
  }, [state, active, busy]);

  const highlighted = useMemo(() => pathHighlight(state.paths, state.pathIndex) ?? drawnHighlight, [state.paths, state.pathIndex, drawnHighlight]);
  const cyRef = useCytoscape(
    container,
    { model: state.model, filters: state.filters, layout: state.layout, selected: state.selected, highlighted, layoutRun: state.layoutRun },
    { onSelect: (target) => dispatch({ type: 'select', target }), onExpand: expand },
  );

  // Coming back from another view: the canvas's size may have changed.
  useEffect(() => {
    if (active) cyRef.current?.resize();
  }, [active, cyRef]);

  // Undo/redo shortcuts anywhere but in text fields.
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select') || !(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) dispatch({ type: 'undo' });
      else if ((key === 'z' && event.shiftKey) || key === 'y') dispatch({ type: 'redo' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);

  const commit = (model: CanvasModel): void => dispatch({ type: 'commit', model });
  const onEntityLoaded = useCallback((detail: EntityDetail) => {
    setAliases((current) => (current.has(detail.id) ? current : new Map(current).set(detail.id, detail.aliases)));
  }, []);
  const onEdgeLoaded = useCallback((detail: EdgeDetail) => void edgeDetails.current.set(detail.edge.id, detail), []);

  function onCanvasKey(event: React.KeyboardEvent<HTMLDivElement>): void {
    const cy = cyRef.current;
    const selected = state.selected;
    if (!cy) return;
    if (event.key === 'Enter' && selected?.kind === 'node') expand(selected.id);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && selected?.kind === 'node') commit(removeNode(state.model, selected.id));
    else if (event.key === 'f') cy.animate({ fit: { eles: cy.elements().not('.filtered'), padding: 40 }, duration: 250 });
    else if (event.key === '+' || event.key === '=') zoom(1.25);
    else if (event.key === '-') zoom(0.8);
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft' || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const nodes = cy
        .nodes()
        .not('.filtered')
        .toArray()
        .map((node) => ({ id: node.id(), ...(node as NodeSingular).position() }))
        .sort((a, b) => a.x - b.x || a.y - b.y);
      if (nodes.length === 0) return;
      const index = selected?.kind === 'node' ? nodes.findIndex((n) => n.id === selected.id) : -1;
      const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
      const next = nodes[(index + step + nodes.length) % nodes.length];
      if (next) dispatch({ type: 'select', target: { kind: 'node', id: next.id } });
    } else if (event.key === 'Escape') dispatch({ type: 'select', target: null });
    else return;
    event.preventDefault();
  }

  function zoom(factor: number): void {
    const cy = cyRef.current;
    if (!cy) return;
    cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }, duration: 150 });
  }

  function exportPng(): void {
    const cy = cyRef.current;
    if (!cy) return;
    download('chipgraph-view.png', cy.png({ output: 'blob', full: true, scale: 2, bg: '#f7f8fa' }));
  }

  function exportJson(): void {
    const document = viewExport(state.model, edgeDetails.current, urlStateOf(state), window.location.href);
    download('chipgraph-view.json', new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }));
  }

  // A notice goes away by itself after a while.
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), 8000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  function onPaths(paths: PathsResult | null): void {
    setNotice(null);
    dispatch(paths ? { type: 'paths', paths, model: mergeSubgraph(state.model, paths.graph, '@path') } : { type: 'paths', paths: null });
  }

  function onFilters(filters: GraphFilters): void {
    dispatch({ type: 'filters', filters });
  }

  const empty = state.model.nodes.size === 0;
  const selectedNode = state.selected?.kind === 'node' ? state.selected.id : null;
  return (
    <div className="explore" hidden={!active}>
      <aside className="left-panel" aria-label="Filters and paths">
        <div className="tabs" role="tablist" aria-label="Left panel">
          <button type="button" role="tab" id="tab-filters" aria-selected={leftTab === 'filters'} aria-controls="panel-filters" onClick={() => setLeftTab('filters')}>
            Filters
          </button>
          <button type="button" role="tab" id="tab-paths" aria-selected={leftTab === 'paths'} aria-controls="panel-paths" onClick={() => setLeftTab('paths')}>
            Paths
          </button>
        </div>
        <div id="panel-filters" role="tabpanel" aria-labelledby="tab-filters" hidden={leftTab !== 'filters'} className="tab-panel">
          <FiltersPanel filters={state.filters} stats={stats} onChange={onFilters} />
        </div>
        <div id="panel-paths" role="tabpanel" aria-labelledby="tab-paths" hidden={leftTab !== 'paths'} className="tab-panel">
          {leftTab === 'paths' && (
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <PathsPanel
                paths={state.paths}
                pathIndex={state.pathIndex}
                model={state.model}
                filters={state.filters}
                onPaths={onPaths}
                onPathIndex={(index) => dispatch({ type: 'pathIndex', index })}
              />
            </Suspense>
          )}
        </div>
      </aside>

      <main className="canvas-area" aria-label="Graph">
        <CanvasToolbar
          canUndo={state.past.length > 0}
          canRedo={state.future.length > 0}
          empty={empty}
          layout={state.layout}
          onUndo={() => dispatch({ type: 'undo' })}
          onRedo={() => dispatch({ type: 'redo' })}
          onZoom={zoom}
          onFit={() => cyRef.current?.animate({ fit: { eles: cyRef.current.elements().not('.filtered'), padding: 40 }, duration: 250 })}
          onLayout={(layout) => dispatch({ type: 'layout', layout })}
          onExportPng={exportPng}
          onExportJson={exportJson}
          onClear={() => commit(EMPTY_MODEL)}
        />
        <div
          ref={container}
          className="canvas"
          tabIndex={0}
          role="application"
          aria-roledescription="graph canvas"
          aria-label={`Graph canvas: ${state.model.nodes.size} nodes, ${state.model.edges.size} relationships. Arrow keys move between nodes, Enter expands, Delete removes, F fits.`}
          onKeyDown={onCanvasKey}
        />
        <div className="canvas-status" aria-live="polite">
          {busy && (
            <p className="status-pill" role="status">
              <span className="spinner" aria-hidden="true" /> {busy}
            </p>
          )}
          {notice && !busy && (
            <p className="status-pill notice">
              {notice}{' '}
              <button type="button" className="link-button" onClick={() => setNotice(null)} aria-label="Dismiss">
                ✕
              </button>
            </p>
          )}
        </div>
        {failure && (
          <div className="canvas-error">
            <ErrorMessage error={failure.error} onRetry={failure.retry} />
          </div>
        )}
        {empty && !busy && !failure && (
          <div className="empty-state">
            <h2>Start from a name</h2>
            <p>
              Search for a company, a government, a chip, a policy or a person — any name works, nicknames too (“Team Green”, “Chine”).
            </p>
            <p className="suggestions">
              {SUGGESTIONS.map((suggestion) => (
                <button key={suggestion.id} type="button" className="chip-button" onClick={() => showEntity(suggestion.id)}>
                  {suggestion.label}
                </button>
              ))}
            </p>
            {stats && (
              <p className="muted small">
                The graph holds {stats.nodes.filter((n) => n.type !== 'Article').reduce((sum, n) => sum + n.count, 0)} entities, {stats.articles} articles and{' '}
                {stats.statements} sourced statements.
              </p>
            )}
          </div>
        )}
        <Legend />
        {state.articleId && (
          <Suspense fallback={<p className="loading article-loading">Loading…</p>}>
            <ArticleReader
              id={state.articleId}
              onClose={() => dispatch({ type: 'article', id: null })}
              onPickEntity={(id) => {
                dispatch({ type: 'article', id: null });
                showEntity(id);
              }}
              onPickEdge={(id, subject, object) => {
                dispatch({ type: 'article', id: null });
                if (state.model.edges.has(id)) dispatch({ type: 'select', target: { kind: 'edge', id } });
                else {
                  showEntity(subject);
                  showEntity(object);
                }
              }}
            />
          </Suspense>
        )}
      </main>

      <aside className="right-panel" aria-label="Details">
        <DetailsPanel
          key={selectedNode ?? state.selected?.id ?? 'none'}
          selected={state.selected}
          model={state.model}
          aliases={aliases}
          onEntityLoaded={onEntityLoaded}
          onEdgeLoaded={onEdgeLoaded}
          onExpand={expand}
          onCollapse={(id) => commit(collapseNode(state.model, id))}
          onRemove={(id) => commit(removeNode(state.model, id))}
          onPin={(id) => commit(togglePin(state.model, id))}
          onSelect={(target: CanvasTarget) => dispatch({ type: 'select', target })}
          onShowEntity={showEntity}
          onOpenArticle={(id) => dispatch({ type: 'article', id })}
        />
      </aside>
    </div>
  );
}

function pathHighlight(paths: PathsResult | null, index: number | null): { nodeIds: string[]; edgeIds: string[] } | null {
  if (!paths || paths.paths.length === 0) return null;
  const chosen = index === null ? paths.paths : paths.paths.filter((_, i) => i === index);
  return { nodeIds: chosen.flatMap((p) => p.nodeIds), edgeIds: chosen.flatMap((p) => p.edgeIds) };
}
