/**
 * The explorer's view as a URL hash, so a copied link reopens it exactly:
 * `#/explore?n=nvidia:0:0:s,h20:120:-40:0&expand=nvidia&pin=h20&types=Company,Chip&preds=MAKES&conf=0.7&from=2023-01-01&to=2025-12-31&layout=fcose&sel=h20&article=a1&paths=a~MAKES~b~-SELLS_TO~c&path=0`.
 * `n` lists every node drawn as `id:x:y:owners`: its position, and what brought it (`s` added
 * directly, `p` a path, a number the index of the expansion in `expand`), so collapse still works.
 * `paths` lists the paths shown, each as its nodes with the predicate of each step between them
 * (`-` when the step goes against the relationship's direction), `path` the one picked in the list.
 * Older links (`ids=` and `expand=` only) are replayed. Ids are URI-encoded one by one, so an id
 * may hold any character but a comma, a colon or a tilde is escaped.
 */
import { parseEdgeId } from '../../../schema/edge-id.ts';
import { NODE_TYPES, PREDICATE_NAMES } from '../../../schema/vocabulary.ts';
import type { NodeType, Predicate } from '../api/generated.ts';
import { PATH, SEED } from '../graph/canvas-model.ts';
import { NO_FILTERS, type GraphFilters } from '../graph/graph-filters.ts';
import { isLayoutName, type LayoutName } from '../graph/layouts.ts';

export type AppView = 'explore' | 'query' | 'add' | 'articles';
export const APP_VIEWS: readonly AppView[] = ['explore', 'query', 'add', 'articles'];

/** A node of the view: where it was drawn and what brought it (SEED, '@path' or an expanded node). */
export interface UrlNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly owners: readonly string[];
}

/** A path shown: its nodes in order and the relationship of each step. */
export interface UrlPath {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

export interface ExploreUrlState {
  /** Every node drawn, with its position and owners; empty in older links. */
  readonly nodes: readonly UrlNode[];
  /** Nodes added directly (search, mentions), in order: older links only. */
  readonly ids: readonly string[];
  /** Pinned nodes. */
  readonly pinned: readonly string[];
  /** Expanded nodes, in order. */
  readonly expand: readonly string[];
  readonly filters: GraphFilters;
  readonly layout: LayoutName;
  /** The selected node or edge id. */
  readonly selected: string | null;
  /** The article open in the reader, if any. */
  readonly article: string | null;
  /** The paths shown (highlighted and listed), and the one picked in the list (null: all). */
  readonly paths: readonly UrlPath[];
  readonly pathIndex: number | null;
}

export const EMPTY_VIEW: ExploreUrlState = { nodes: [], ids: [], pinned: [], expand: [], filters: NO_FILTERS, layout: 'fcose', selected: null, article: null, paths: [], pathIndex: null };

const list = (value: string | null): string[] =>
  value ? value.split(',').filter(Boolean).map((item) => { try { return decodeURIComponent(item); } catch { return item; } }) : [];
const joinList = (items: readonly string[]): string => items.map((item) => encodeURIComponent(item)).join(',');
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The page a hash names when it is none of the app's ("#/nowhere?x=1" → "nowhere"; at most 60
 * characters, decoded), or null for the app's own pages and the bare address. Such a hash opens
 * the explorer, which says so.
 */
export function unknownPage(hash: string): string | null {
  const path = hash.replace(/^#\/?/, '').split('?', 1)[0] ?? '';
  if (path === '' || (APP_VIEWS as readonly string[]).includes(path)) return null;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // shown as written
  }
  return decoded.length > 60 ? `${decoded.slice(0, 59)}…` : decoded;
}

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
  const expand = rawList('expand');
  const paths = (raw.get('paths') ?? '').split(',').filter(Boolean).flatMap(parsePath);
  const pathIndex = Number(params.get('path') ?? '');
  const state: ExploreUrlState = {
    nodes: (raw.get('n') ?? '').split(',').filter(Boolean).flatMap((item) => parseNode(item, expand)),
    ids: rawList('ids'),
    pinned: rawList('pin'),
    expand,
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
    paths,
    pathIndex: params.get('path') !== null && Number.isInteger(pathIndex) && pathIndex >= 0 && pathIndex < paths.length ? pathIndex : null,
  };
  return { view, state };
}

export function formatHash(view: AppView, state: ExploreUrlState): string {
  if (view !== 'explore') return `#/${view}`;
  const parts: string[] = [];
  const add = (key: string, value: string): void => void (value && parts.push(`${key}=${value}`));
  if (state.nodes.length > 0) add('n', state.nodes.map((node) => formatNode(node, state.expand)).join(','));
  else add('ids', joinList(state.ids));
  add('expand', joinList(state.expand));
  add('pin', joinList(state.pinned));
  add('types', joinList(state.filters.nodeTypes));
  add('preds', joinList(state.filters.predicates));
  if (state.filters.minConfidence > 0) add('conf', String(state.filters.minConfidence));
  add('from', state.filters.from ?? '');
  add('to', state.filters.to ?? '');
  if (state.layout !== 'fcose') add('layout', state.layout);
  add('sel', state.selected ? encodeURIComponent(state.selected) : '');
  add('article', state.article ? encodeURIComponent(state.article) : '');
  add('paths', state.paths.map(formatPath).filter(Boolean).join(','));
  if (state.pathIndex !== null && state.paths.length > 0) add('path', String(state.pathIndex));
  return parts.length > 0 ? `#/explore?${parts.join('&')}` : '#/explore';
}


function parseNode(item: string, expand: readonly string[]): UrlNode[] {
  const [rawId = '', x = '', y = '', owners = ''] = item.split(':');
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return [];
  }
  const position = { x: Number(x), y: Number(y) };
  if (!id || !Number.isFinite(position.x) || !Number.isFinite(position.y)) return [];
  const ownerIds = owners
    .split('.')
    .map((token) => (token === 's' ? SEED : token === 'p' ? PATH : expand[Number(token)]))
    .filter((owner): owner is string => owner !== undefined);
  return [{ id, ...position, owners: ownerIds.length > 0 ? ownerIds : [SEED] }];
}

function formatNode(node: UrlNode, expand: readonly string[]): string {
  const owners = node.owners
    .map((owner) => (owner === SEED ? 's' : owner === PATH ? 'p' : String(expand.indexOf(owner))))
    .filter((token) => token !== '-1');
  return [encodeURIComponent(node.id), Math.round(node.x), Math.round(node.y), owners.join('.')].join(':');
}

/** An id or a predicate inside a path: URI-encoded, and the tilde that separates steps escaped too. */
const pathToken = (value: string): string => encodeURIComponent(value).replaceAll('~', '%7E');

/** `a~MAKES~b~-SELLS_TO~c`: a makes b, c sells to b. Empty when an edge does not join its step's nodes. */
function formatPath(path: UrlPath): string {
  const tokens = [pathToken(path.nodeIds[0] ?? '')];
  for (let step = 0; step < path.edgeIds.length; step++) {
    const from = path.nodeIds[step];
    const to = path.nodeIds[step + 1];
    const edge = parseEdgeId(path.edgeIds[step] ?? '');
    if (!edge || from === undefined || to === undefined) return '';
    const forward = edge.subject === from && edge.object === to;
    if (!forward && !(edge.subject === to && edge.object === from)) return '';
    tokens.push(`${forward ? '' : '-'}${pathToken(edge.predicate)}`, pathToken(to));
  }
  return path.nodeIds.length === path.edgeIds.length + 1 && path.nodeIds.length > 1 ? tokens.join('~') : '';
}

function parsePath(item: string): UrlPath[] {
  let tokens: string[];
  try {
    tokens = item.split('~').map((token) => decodeURIComponent(token));
  } catch {
    return [];
  }
  if (tokens.length < 3 || tokens.length % 2 === 0 || tokens.some((token) => token.length === 0)) return [];
  const nodeIds = tokens.filter((_, index) => index % 2 === 0);
  const edgeIds: string[] = [];
  for (let step = 0; step < nodeIds.length - 1; step++) {
    const token = tokens[2 * step + 1] as string;
    const backward = token.startsWith('-');
    const predicate = backward ? token.slice(1) : token;
    if (!(PREDICATE_NAMES as readonly string[]).includes(predicate)) return [];
    const from = nodeIds[step] as string;
    const to = nodeIds[step + 1] as string;
    edgeIds.push(backward ? `${to}|${predicate}|${from}` : `${from}|${predicate}|${to}`);
  }
  return [{ nodeIds, edgeIds }];
}
