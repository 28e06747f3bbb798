/**
 * The explorer's view as a URL hash, so a copied link reopens it:
 * `#/explore?ids=nvidia,h20&expand=nvidia&types=Company,Chip&preds=MAKES&conf=0.7&from=2023-01-01&to=2025-12-31&layout=fcose&sel=h20&article=a1`.
 * Ids are URI-encoded one by one, so an id may hold any character but a comma is escaped.
 */
import { NODE_TYPES, PREDICATE_NAMES } from '../../../schema/vocabulary.ts';
import type { NodeType, Predicate } from '../api/generated.ts';
import { NO_FILTERS, type GraphFilters } from '../graph/graph-filters.ts';
import { isLayoutName, type LayoutName } from '../graph/layouts.ts';

export type AppView = 'explore' | 'query' | 'add' | 'articles';
export const APP_VIEWS: readonly AppView[] = ['explore', 'query', 'add', 'articles'];

export interface ExploreUrlState {
  /** Nodes added directly (search, mentions), in order. */
  readonly ids: readonly string[];
  /** Expanded nodes, in order. */
  readonly expand: readonly string[];
  readonly filters: GraphFilters;
  readonly layout: LayoutName;
  /** The selected node or edge id. */
  readonly selected: string | null;
  /** The article open in the reader, if any. */
  readonly article: string | null;
}

export const EMPTY_VIEW: ExploreUrlState = { ids: [], expand: [], filters: NO_FILTERS, layout: 'fcose', selected: null, article: null };

const list = (value: string | null): string[] =>
  value ? value.split(',').filter(Boolean).map((item) => { try { return decodeURIComponent(item); } catch { return item; } }) : [];
const joinList = (items: readonly string[]): string => items.map((item) => encodeURIComponent(item)).join(',');
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function parseHash(hash: string): { view: AppView; state: ExploreUrlState } {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const view = (APP_VIEWS as readonly string[]).includes(path) ? (path as AppView) : 'explore';
  // Raw values: each list item is decoded on its own, so an encoded comma stays inside its id.
  const raw = new Map(query.split('&').filter(Boolean).map((pair) => {
    const at = pair.indexOf('=');
    return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
  }));
  const decode = (value: string): string => { try { return decodeURIComponent(value); } catch { return value; } };
  const params = { get: (key: string): string | null => (raw.has(key) ? decode(raw.get(key) ?? '') : null) };
  const rawList = (key: string): string[] => list(raw.get(key) ?? null);
  const conf = Number(params.get('conf'));
  const layout = params.get('layout') ?? '';
  const state: ExploreUrlState = {
    ids: rawList('ids'),
    expand: rawList('expand'),
    filters: {
      nodeTypes: rawList('types').filter((type): type is NodeType => (NODE_TYPES as readonly string[]).includes(type)),
      predicates: rawList('preds').filter((p): p is Predicate => (PREDICATE_NAMES as readonly string[]).includes(p) || p === 'MENTIONS'),
      minConfidence: Number.isFinite(conf) && conf > 0 && conf <= 1 ? conf : 0,
      from: isDate(params.get('from')) ? params.get('from') : null,
      to: isDate(params.get('to')) ? params.get('to') : null,
    },
    layout: isLayoutName(layout) ? layout : 'fcose',
    selected: params.get('sel') || null,
    article: params.get('article') || null,
  };
  return { view, state };
}

export function formatHash(view: AppView, state: ExploreUrlState): string {
  if (view !== 'explore') return `#/${view}`;
  const parts: string[] = [];
  const add = (key: string, value: string): void => void (value && parts.push(`${key}=${value}`));
  add('ids', joinList(state.ids));
  add('expand', joinList(state.expand));
  add('types', joinList(state.filters.nodeTypes));
  add('preds', joinList(state.filters.predicates));
  if (state.filters.minConfidence > 0) add('conf', String(state.filters.minConfidence));
  add('from', state.filters.from ?? '');
  add('to', state.filters.to ?? '');
  if (state.layout !== 'fcose') add('layout', state.layout);
  add('sel', state.selected ? encodeURIComponent(state.selected) : '');
  add('article', state.article ? encodeURIComponent(state.article) : '');
  return parts.length > 0 ? `#/explore?${parts.join('&')}` : '#/explore';
}
