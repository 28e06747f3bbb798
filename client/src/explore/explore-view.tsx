/**
 * The explorer: filters and paths on the left, the canvas in the middle, details on the right,
 * the article reader over the canvas. Its state lives in `exploreStore` (read here with
 * `useExploreState`), its server calls in `explore-actions.ts`, its place in the browser's history
 * in `history-sync.ts`; this module lays the pieces out and wires the canvas and the keyboard.
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import type { EdgeDetail, EntityDetail, PathsResult } from '../api/explorer-api.ts';
import { statsQuery } from '../api/query-client.ts';
import { EMPTY_MODEL, collapseNode, mergeSubgraph, PATH, removeNode, togglePin, type CanvasModel } from '../graph/canvas-model.ts';
import type { GraphFilters } from '../graph/graph-filters.ts';
import { fitCanvas, useCytoscape, type CanvasTarget } from '../graph/use-cytoscape.ts';
import { toGEXF, toGraphML, toSVG } from '../graph/graph-exports.ts';
import { parseBundleId, predicateWords } from '../graph/to-elements.ts';
import { BundleDetails } from './bundle-details.tsx';
import { CanvasToolbar, type ExportFormat } from './canvas-toolbar.tsx';
import { DetailsPanel } from './details-panel.tsx';
import { ErrorMessage } from './error-message.tsx';
import { exploreActions } from './explore-actions.ts';
import { bundleMembers, urlStateOf, type Point } from './explore-state.ts';
import { exploreStore, useExploreState } from './explore-store.ts';
import { FiltersPanel } from './filters-panel.tsx';
import { startHistorySync, type HistorySync } from './history-sync.ts';
import { Legend } from './legend.tsx';
import { TimeBar } from './time-bar.tsx';
import { formatNumber, useLanguage } from '../i18n/language.ts';
import { useMessages, type MessageKey, type Translate } from '../i18n/messages.ts';
import { formatHash } from './view-url.ts';
import { download, viewExport } from './view-export.ts';

export type { ExploreHandle, Highlight } from './explore-actions.ts';

const PathsPanel = lazy(() => import('./paths-panel.tsx'));
const ArticleReader = lazy(() => import('./article-reader.tsx'));
const SavedViewsPanel = lazy(() => import('./saved-views-panel.tsx'));

const SUGGESTIONS = [
  { id: 'nvidia', label: 'NVIDIA' },
  { id: 'h20', label: 'H20' },
  { id: 'huawei', label: 'Huawei' },
  { id: 'cambricon', label: 'Cambricon' },
];

let historySync: HistorySync | null = null;

/** A new history entry for the explorer as it is, when the app comes back to it from another view. */
export function pushExploreEntry(): void {
  historySync?.pushCurrent();
}

/** Where the canvas draws each node. */
function positionsOf(cy: Core | null): ReadonlyMap<string, Point> {
  const positions = new Map<string, Point>();
  cy?.nodes().forEach((node) => void positions.set(node.id(), node.position()));
  return positions;
}

export function ExploreView({ active }: { active: boolean }) {
  const state = useExploreState((current) => current);
  const t = useMessages();
  const language = useLanguage();
  const dispatch = exploreStore.dispatch;
  const { busy, failure, notice } = state;
  const stats = useQuery(statsQuery());
  const [leftTab, setLeftTab] = useState<'filters' | 'paths' | 'views'>('filters');
  const [aliases, setAliases] = useState<ReadonlyMap<string, readonly string[]>>(new Map());
  const edgeDetails = useRef(new Map<string, EdgeDetail>());
  const container = useRef<HTMLDivElement>(null);
  const activeRef = useRef(active);
  activeRef.current = active;
  const drawnHighlight = useSyncExternalStore(exploreActions.onHighlight, exploreActions.highlight);
  const { expand, showEntity } = exploreActions;

  const highlighted = useMemo(() => pathHighlight(state.paths, state.pathIndex) ?? drawnHighlight, [state.paths, state.pathIndex, drawnHighlight]);
  const cyRef = useCytoscape(
    container,
    { model: state.model, filters: state.filters, layout: state.layout, selected: state.selected, highlighted, layoutRun: state.layoutRun, placement: state.placement },
    { onSelect: (target) => dispatch({ type: 'select', target }), onExpand: expand, onSettled: () => historySync?.refresh() },
  );

  // The browser's history and the URL follow the explorer; a link or Back reopens a view.
  useEffect(() => {
    const sync = startHistorySync({ store: exploreStore, actions: exploreActions, positions: () => positionsOf(cyRef.current), active: () => activeRef.current });
    historySync = sync;
    return () => {
      sync.stop();
      if (historySync === sync) historySync = null;
    };
  }, [cyRef]);

  // A view reopened with paths (a link, Back/Forward) shows their list.
  const reopenedWithPaths = state.placement !== null && state.paths !== null;
  useEffect(() => {
    if (reopenedWithPaths) setLeftTab('paths');
  }, [state.placement, reopenedWithPaths]);

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
    else if (event.key === 'f') fitCanvas(cy, cy.elements().not('.filtered'), { animate: true });
    else if (event.key === '+' || event.key === '=') zoom(1.25);
    else if (event.key === '-') zoom(0.8);
    else if (event.key === ']' || event.key === '[') {
      // The relationships of the selected node (or of the selected edge's source), one after another.
      const anchor =
        selected?.kind === 'node' ? selected.id
        : selected?.kind === 'edge' ? (state.model.edges.get(selected.id)?.source ?? null)
        : selected?.kind === 'bundle' ? (parseBundleId(selected.id)?.a ?? null)
        : null;
      if (!anchor) return;
      // Relationships one by one, those of a bundle included (selecting one draws its bundle open).
      const edges = cy.getElementById(anchor).connectedEdges().not('.filtered, .bundle').map((edge) => edge.id()).sort();
      if (edges.length === 0) return;
      const index = selected?.kind === 'edge' ? edges.indexOf(selected.id) : -1;
      const step = event.key === ']' ? 1 : -1;
      const next = edges[(index + step + edges.length) % edges.length];
      if (next) dispatch({ type: 'select', target: { kind: 'edge', id: next } });
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft' || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
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

  function exportCanvas(format: ExportFormat): void {
    const cy = cyRef.current;
    if (!cy) return;
    const positions = positionsOf(cy);
    // What is drawn: the filters' hidden elements stay out of the file.
    const shownNodes = new Set(cy.nodes().not('.filtered').map((node) => node.id()));
    const shownEdges = new Set(cy.edges().not('.filtered').map((edge) => edge.id()));
    const graph = {
      nodes: [...state.model.nodes.values()].filter((node) => shownNodes.has(node.id)),
      edges: [...state.model.edges.values()].filter((edge) => shownEdges.has(edge.id)),
      positions,
    };
    const file = (type: string, text: string): Blob => new Blob([text], { type });
    if (format === 'png') download('chipgraph-view.png', cy.png({ output: 'blob', full: true, scale: 2, bg: '#f7f8fa' }));
    else if (format === 'svg') download('chipgraph-view.svg', file('image/svg+xml', toSVG(graph)));
    else if (format === 'graphml') download('chipgraph-view.graphml', file('application/graphml+xml', toGraphML(graph)));
    else if (format === 'gexf') download('chipgraph-view.gexf', file('application/gexf+xml', toGEXF(graph)));
    else {
      const document = viewExport(state.model, edgeDetails.current, urlStateOf(state, positions), window.location.href);
      download('chipgraph-view.json', file('application/json', JSON.stringify(document, null, 2)));
    }
  }

  // A notice goes away by itself after a while.
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => dispatch({ type: 'notice', text: null }), 8000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  function onPaths(paths: PathsResult | null): void {
    dispatch({ type: 'notice', text: null });
    dispatch(paths ? { type: 'paths', paths, model: mergeSubgraph(state.model, paths.graph, PATH) } : { type: 'paths', paths: null });
  }

  function onFilters(filters: GraphFilters): void {
    dispatch({ type: 'filters', filters });
  }

  const empty = state.model.nodes.size === 0;
  const drawnEdges = useMemo(() => [...state.model.edges.values()], [state.model.edges]);
  const selectedNode = state.selected?.kind === 'node' ? state.selected.id : null;
  return (
    <div className="explore" hidden={!active}>
      <aside className="left-panel" aria-label={t('leftPanel')}>
        <div className="tabs" role="tablist" aria-label={t('leftPanel')}>
          <button type="button" role="tab" id="tab-filters" aria-selected={leftTab === 'filters'} aria-controls="panel-filters" onClick={() => setLeftTab('filters')}>
            {t('filters')}
          </button>
          <button type="button" role="tab" id="tab-paths" aria-selected={leftTab === 'paths'} aria-controls="panel-paths" onClick={() => setLeftTab('paths')}>
            {t('paths')}
          </button>
          <button type="button" role="tab" id="tab-views" aria-selected={leftTab === 'views'} aria-controls="panel-views" onClick={() => setLeftTab('views')}>
            {t('views')}
          </button>
        </div>
        <div id="panel-filters" role="tabpanel" aria-labelledby="tab-filters" hidden={leftTab !== 'filters'} className="tab-panel">
          <FiltersPanel filters={state.filters} stats={stats.data ?? null} onChange={onFilters} />
        </div>
        <div id="panel-paths" role="tabpanel" aria-labelledby="tab-paths" hidden={leftTab !== 'paths'} className="tab-panel">
          {leftTab === 'paths' && (
            <Suspense fallback={<p className="loading">{t('loading')}</p>}>
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
        <div id="panel-views" role="tabpanel" aria-labelledby="tab-views" hidden={leftTab !== 'views'} className="tab-panel">
          {leftTab === 'views' && (
            <Suspense fallback={<p className="loading">{t('loading')}</p>}>
              <SavedViewsPanel
                currentHash={() => formatHash('explore', urlStateOf(exploreStore.getState(), positionsOf(cyRef.current)))}
                onOpen={(id) => void exploreActions.openSavedView(id, { asStep: true })}
              />
            </Suspense>
          )}
        </div>
      </aside>

      <main className="canvas-area" aria-label={t('graph')}>
        <CanvasToolbar
          canUndo={state.past.length > 0}
          canRedo={state.future.length > 0}
          empty={empty}
          layout={state.layout}
          onUndo={() => dispatch({ type: 'undo' })}
          onRedo={() => dispatch({ type: 'redo' })}
          onZoom={zoom}
          onFit={() => cyRef.current && fitCanvas(cyRef.current, cyRef.current.elements().not('.filtered'), { animate: true })}
          onLayout={(layout) => dispatch({ type: 'layout', layout })}
          onExport={exportCanvas}
          onClear={() => commit(EMPTY_MODEL)}
        />
        <div className="canvas-row">
          <div
            ref={container}
            id="graph-canvas"
            className="canvas"
            tabIndex={0}
            role="application"
            aria-roledescription="graph canvas"
            aria-label={t('canvasLabel', { nodes: state.model.nodes.size, edges: state.model.edges.size })}
            onKeyDown={onCanvasKey}
          />
          {state.articleId && (
            <Suspense fallback={<p className="loading article-loading">{t('loading')}</p>}>
              <ArticleReader
                id={state.articleId}
                onClose={() => {
                  dispatch({ type: 'article', id: null });
                  container.current?.focus();
                }}
                onPickEntity={(id) => showEntity(id)}
                onPickEdge={(id, subject, object) => exploreActions.showEdge(id, subject, object)}
              />
            </Suspense>
          )}
          <Legend />
        </div>
        <TimeBar edges={drawnEdges} filters={state.filters} firstDate={stats.data?.firstDate ?? null} lastDate={stats.data?.lastDate ?? null} onChange={onFilters} />
        <p className="visually-hidden" aria-live="polite">
          {selectionText(state, t)}
        </p>
        <div className="canvas-status" data-canvas-overlay aria-live="polite">
          {busy && (
            <p className="status-pill" role="status">
              <span className="spinner" aria-hidden="true" /> {busyText(busy, t)}
            </p>
          )}
          {notice && !busy && (
            <p className="status-pill notice">
              {notice}{' '}
              <button type="button" className="link-button" onClick={() => dispatch({ type: 'notice', text: null })} aria-label={t('dismiss')}>
                ✕
              </button>
            </p>
          )}
        </div>
        {(failure ?? stats.error) && (
          <div className="canvas-error" data-canvas-overlay>
            {failure ? <ErrorMessage error={failure.error} onRetry={failure.retry} /> : stats.error && <ErrorMessage error={stats.error} onRetry={() => void stats.refetch()} />}
          </div>
        )}
        {stats.isPending && !busy && (
          <div className="canvas-status">
            <p className="status-pill" role="status">
              <span className="spinner" aria-hidden="true" /> {t('connecting')}
            </p>
          </div>
        )}
        {empty && !busy && !failure && !stats.error && (
          <div className="empty-state">
            <h2>{t('startFromName')}</h2>
            <p>{t('startHint')}</p>
            <p className="suggestions">
              {SUGGESTIONS.map((suggestion) => (
                <button key={suggestion.id} type="button" className="chip-button" onClick={() => showEntity(suggestion.id)}>
                  {suggestion.label}
                </button>
              ))}
            </p>
            {stats.data && (
              <p className="muted small">
                {t('graphHolds', {
                  entities: formatNumber(stats.data.nodes.filter((n) => n.type !== 'Article').reduce((sum, n) => sum + n.count, 0), language),
                  articles: formatNumber(stats.data.articles, language),
                  statements: formatNumber(stats.data.statements, language),
                })}
              </p>
            )}
          </div>
        )}
      </main>

      <aside className="right-panel" aria-label={t('details')}>
        {state.selected?.kind === 'bundle' ? (
          <BundleDetails key={state.selected.id} id={state.selected.id} model={state.model} onSelect={(target: CanvasTarget) => dispatch({ type: 'select', target })} />
        ) : (
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
            onShowEdge={exploreActions.showEdge}
            onOpenArticle={(id) => dispatch({ type: 'article', id })}
          />
        )}
      </aside>
    </div>
  );
}

/** The waiting message: a key of the catalogue, or words already. */
function busyText(busy: string, t: Translate): string {
  return busy.startsWith('busy') ? t(busy as MessageKey) : busy;
}

/** The selection in words, for screen readers: "Selected: NVIDIA makes H20". */
function selectionText(state: { selected: CanvasTarget | null; model: CanvasModel }, t: Translate): string {
  const { selected, model } = state;
  if (!selected) return '';
  const name = (id: string): string => model.nodes.get(id)?.name ?? id;
  if (selected.kind === 'node') return t('selectedNode', { name: name(selected.id) });
  if (selected.kind === 'bundle') {
    const ends = parseBundleId(selected.id);
    return ends ? t('selectedBundle', { count: bundleMembers(model, selected.id).length, a: name(ends.a), b: name(ends.b) }) : '';
  }
  const edge = model.edges.get(selected.id);
  if (!edge) return '';
  return t('selectedEdge', { subject: name(edge.source), predicate: predicateWords(edge.predicate), object: name(edge.target) });
}

function pathHighlight(paths: PathsResult | null, index: number | null): { nodeIds: string[]; edgeIds: string[] } | null {
  if (!paths || paths.paths.length === 0) return null;
  const chosen = index === null ? paths.paths : paths.paths.filter((_, i) => i === index);
  return { nodeIds: chosen.flatMap((p) => p.nodeIds), edgeIds: chosen.flatMap((p) => p.edgeIds) };
}
