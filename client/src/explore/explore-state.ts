/**
 * The explorer's state and its reducer: the canvas model with its undo/redo history, the
 * filters, the layout, the selection, the paths shown and the article open in the reader.
 */
import { parseEdgeId } from '../../../schema/edge-id.ts';
import type { PathsResult } from '../api/explorer-api.ts';
import { EMPTY_MODEL, seedIds, type CanvasModel } from '../graph/canvas-model.ts';
import { NO_FILTERS, type GraphFilters } from '../graph/graph-filters.ts';
import type { LayoutName } from '../graph/layouts.ts';
import type { CanvasTarget } from '../graph/use-cytoscape.ts';
import type { ExploreUrlState } from './view-url.ts';

export interface ExploreState {
  readonly model: CanvasModel;
  /** Models before the current one (undo) and after it (redo). */
  readonly past: readonly CanvasModel[];
  readonly future: readonly CanvasModel[];
  readonly filters: GraphFilters;
  readonly layout: LayoutName;
  readonly layoutRun: number;
  readonly selected: CanvasTarget | null;
  readonly paths: PathsResult | null;
  /** Index of the path highlighted in the list, or null for all of them. */
  readonly pathIndex: number | null;
  readonly articleId: string | null;
}

export const INITIAL_STATE: ExploreState = {
  model: EMPTY_MODEL, past: [], future: [], filters: NO_FILTERS, layout: 'fcose', layoutRun: 0, selected: null, paths: null, pathIndex: null, articleId: null,
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
  | { type: 'restore'; model: CanvasModel; url: ExploreUrlState };

const selectionSurvives = (model: CanvasModel, target: CanvasTarget | null): CanvasTarget | null =>
  target && (target.kind === 'node' ? model.nodes.has(target.id) : model.edges.has(target.id)) ? target : null;

export function exploreReducer(state: ExploreState, action: ExploreAction): ExploreState {
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
      return { ...state, selected: action.target };
    case 'paths': {
      const withModel = action.model ? exploreReducer(state, { type: 'commit', model: action.model }) : state;
      return { ...withModel, paths: action.paths, pathIndex: null };
    }
    case 'pathIndex':
      return { ...state, pathIndex: action.index };
    case 'article':
      return { ...state, articleId: action.id };
    case 'restore':
      return {
        ...INITIAL_STATE,
        model: action.model,
        filters: action.url.filters,
        layout: action.url.layout,
        selected: action.url.selected ? targetOf(action.url.selected) : null,
        articleId: action.url.article,
      };
  }
}

export function targetOf(id: string): CanvasTarget {
  return { kind: parseEdgeId(id) ? 'edge' : 'node', id };
}

/** The part of the state that the URL keeps. */
export function urlStateOf(state: ExploreState): ExploreUrlState {
  return {
    ids: seedIds(state.model),
    expand: state.model.expanded,
    filters: state.filters,
    layout: state.layout,
    selected: state.selected?.id ?? null,
    article: state.articleId,
  };
}
