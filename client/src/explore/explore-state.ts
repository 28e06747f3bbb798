/**
 * The explorer's state and its reducer: the canvas model with its undo/redo history, the
 * filters, the layout, the selection, the paths shown and the article open in the reader, plus
 * what is going on (a request under way, a failure with its retry, a notice). `step` counts the
 * meaningful changes: each one becomes an entry of the browser's history (`history-sync.ts`).
 */
import { parseEdgeId } from '../../../schema/edge-id.ts';
import type { PathsResult } from '../api/explorer-api.ts';
import type { GraphQLRequestError } from '../api/graphql-client.ts';
import { EMPTY_MODEL, seedIds, type CanvasModel } from '../graph/canvas-model.ts';
import { NO_FILTERS, type GraphFilters } from '../graph/graph-filters.ts';
import type { LayoutName } from '../graph/layouts.ts';
import { parseBundleId } from '../graph/to-elements.ts';
import type { CanvasTarget } from '../graph/use-cytoscape.ts';
import type { ExploreUrlState } from './view-url.ts';

export interface ExploreState {
  readonly model: CanvasModel;
  /** Models before the current one (undo) and after it (redo). */
  readonly past: readonly CanvasModel[];
  readonly future: readonly CanvasModel[];
  readonly filters: GraphFilters;
  readonly layout: LayoutName;
  /**
   * Layouts the user asked for: the canvas runs the layout when this changes, and only then. A
   * restored view or a history entry keeps the current count, so its positions stay as they were.
   */
  readonly layoutRun: number;
  readonly selected: CanvasTarget | null;
  readonly paths: PathsResult | null;
  /** Index of the path highlighted in the list, or null for all of them. */
  readonly pathIndex: number | null;
  readonly articleId: string | null;
  /** Meaningful changes so far (add, expand, collapse, filter, select, open article, layout…). */
  readonly step: number;
  /** What the explorer is waiting for, as a key of the catalogue ('busyExpanding'), if anything. */
  readonly busy: string | null;
  readonly failure: Failure | null;
  /** A short message that goes away by itself ("Showing the first 40 neighbours…"). */
  readonly notice: string | null;
  /** Where to draw nodes, from a link or a history entry; a new object each time it applies. */
  readonly placement: Placement | null;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Placement {
  readonly positions: ReadonlyMap<string, Point>;
}

export interface Failure {
  readonly error: GraphQLRequestError;
  readonly retry: () => void;
}

export const INITIAL_STATE: ExploreState = {
  model: EMPTY_MODEL, past: [], future: [], filters: NO_FILTERS, layout: 'fcose', layoutRun: 0, selected: null, paths: null, pathIndex: null, articleId: null,
  step: 0, busy: null, failure: null, notice: null, placement: null,
};

/** How many canvas changes undo remembers. */
const HISTORY_LIMIT = 50;

export type ExploreAction =
  | { type: 'commit'; model: CanvasModel; select?: CanvasTarget | null }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'filters'; filters: GraphFilters }
  | { type: 'layout'; layout: LayoutName }
  | { type: 'select'; target: CanvasTarget | null }
  | { type: 'paths'; paths: PathsResult | null; model?: CanvasModel }
  | { type: 'pathIndex'; index: number | null }
  | { type: 'article'; id: string | null }
  /** A view rebuilt from a URL; `asStep` when the user chose it (a saved view), not when Back or a link brought it. */
  | { type: 'restore'; model: CanvasModel; url: ExploreUrlState; asStep?: boolean }
  /** Back or Forward to a state this page already had. */
  | { type: 'snapshot'; state: ExploreState; positions: ReadonlyMap<string, Point> }
  | { type: 'busy'; message: string | null }
  | { type: 'failure'; failure: Failure | null }
  | { type: 'notice'; text: string | null };

const selectionSurvives = (model: CanvasModel, target: CanvasTarget | null): CanvasTarget | null =>
  target && (target.kind === 'node' ? model.nodes.has(target.id) : target.kind === 'bundle' ? bundleMembers(model, target.id).length > 1 : model.edges.has(target.id)) ? target : null;

/** The relationships of the model between the two nodes of a bundle id, either way. */
export function bundleMembers(model: CanvasModel, id: string): string[] {
  const ends = parseBundleId(id);
  if (!ends) return [];
  return [...model.edges.values()]
    .filter((edge) => (edge.source === ends.a && edge.target === ends.b) || (edge.source === ends.b && edge.target === ends.a))
    .map((edge) => edge.id);
}

/** Actions that are a step of the user's own, worth a Back. */
const STEPS: ReadonlySet<ExploreAction['type']> = new Set(['commit', 'undo', 'redo', 'filters', 'layout', 'select', 'paths', 'article']);

export function exploreReducer(state: ExploreState, action: ExploreAction): ExploreState {
  const next = reduce(state, action);
  return next !== state && STEPS.has(action.type) && urlChanged(state, next) ? { ...next, step: state.step + 1 } : next;
}

/** Whether the change shows in what the URL keeps (a re-run of the same layout does not). */
function urlChanged(before: ExploreState, after: ExploreState): boolean {
  return before.model !== after.model || before.filters !== after.filters || before.layout !== after.layout || before.selected?.id !== after.selected?.id || before.articleId !== after.articleId || before.paths !== after.paths;
}

function reduce(state: ExploreState, action: ExploreAction): ExploreState {
  switch (action.type) {
    case 'commit':
      if (action.model === state.model) return action.select === undefined ? state : { ...state, selected: action.select };
      return {
        ...state,
        model: action.model,
        past: [...state.past, state.model].slice(-HISTORY_LIMIT),
        future: [],
        selected: action.select === undefined ? selectionSurvives(action.model, state.selected) : action.select,
      };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { ...state, model: previous, past: state.past.slice(0, -1), future: [state.model, ...state.future], selected: selectionSurvives(previous, state.selected) };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { ...state, model: next, past: [...state.past, state.model], future: rest, selected: selectionSurvives(next, state.selected) };
    }
    case 'filters':
      return { ...state, filters: action.filters };
    case 'layout':
      return { ...state, layout: action.layout, layoutRun: state.layoutRun + 1 };
    case 'select':
      return state.selected?.id === action.target?.id && state.selected?.kind === action.target?.kind ? state : { ...state, selected: action.target };
    case 'paths': {
      const withModel = action.model ? reduce(state, { type: 'commit', model: action.model }) : state;
      return { ...withModel, paths: action.paths, pathIndex: null };
    }
    case 'pathIndex':
      return { ...state, pathIndex: action.index };
    case 'article':
      return state.articleId === action.id ? state : { ...state, articleId: action.id };
    case 'snapshot':
      return { ...action.state, layoutRun: state.layoutRun, busy: null, failure: null, notice: null, placement: { positions: action.positions } };
    case 'busy':
      return { ...state, busy: action.message };
    case 'failure':
      return { ...state, failure: action.failure };
    case 'notice':
      return state.notice === action.text ? state : { ...state, notice: action.text };
    case 'restore':
      return {
        ...INITIAL_STATE,
        step: action.asStep ? state.step + 1 : state.step,
        layoutRun: state.layoutRun,
        placement: action.url.nodes.length > 0 ? { positions: new Map(action.url.nodes.map((node) => [node.id, { x: node.x, y: node.y }])) } : null,
        model: action.model,
        filters: action.url.filters,
        layout: action.url.layout,
        selected: action.url.selected ? selectionSurvives(action.model, targetOf(action.url.selected)) : null,
        articleId: action.url.article,
        ...restoredPaths(action.model, action.url),
      };
  }
}

/**
 * The paths a URL lists, rebuilt from the nodes and relationships drawn (a path whose nodes or
 * relationships are not all drawn is left out), with the one picked in the list.
 */
function restoredPaths(model: CanvasModel, url: ExploreUrlState): Pick<ExploreState, 'paths' | 'pathIndex'> {
  const kept = url.paths.filter((path) => path.nodeIds.every((id) => model.nodes.has(id)) && path.edgeIds.every((id) => model.edges.has(id)));
  if (kept.length === 0) return { paths: null, pathIndex: null };
  const nodeIds = new Set(kept.flatMap((path) => path.nodeIds));
  const edgeIds = new Set(kept.flatMap((path) => path.edgeIds));
  const paths: PathsResult = {
    paths: kept.map((path) => ({ nodeIds: [...path.nodeIds], edgeIds: [...path.edgeIds], length: path.edgeIds.length })),
    graph: {
      nodes: [...model.nodes.values()].filter((node) => nodeIds.has(node.id)),
      edges: [...model.edges.values()].filter((edge) => edgeIds.has(edge.id)),
      truncated: false,
    },
    // A link keeps the paths shown, not whether their search was cut.
    cut: false,
  };
  const picked = url.pathIndex === null ? null : url.paths[url.pathIndex];
  const index = picked ? kept.indexOf(picked) : -1;
  return { paths, pathIndex: index >= 0 ? index : null };
}

export function targetOf(id: string): CanvasTarget {
  return { kind: parseBundleId(id) ? 'bundle' : parseEdgeId(id) ? 'edge' : 'node', id };
}

/** The part of the state that the URL keeps, with the nodes where `positions` says they are. */
export function urlStateOf(state: ExploreState, positions: ReadonlyMap<string, Point> = new Map()): ExploreUrlState {
  const { model } = state;
  return {
    nodes: [...model.nodes.keys()].map((id) => ({ id, ...(positions.get(id) ?? { x: 0, y: 0 }), owners: [...(model.owners.get(id) ?? [])] })),
    ids: seedIds(model),
    pinned: [...model.pinned],
    expand: model.expanded,
    filters: state.filters,
    layout: state.layout,
    selected: state.selected?.id ?? null,
    article: state.articleId,
    paths: (state.paths?.paths ?? []).map((path) => ({ nodeIds: path.nodeIds, edgeIds: path.edgeIds })),
    pathIndex: state.paths && state.paths.paths.length > 0 ? state.pathIndex : null,
  };
}
