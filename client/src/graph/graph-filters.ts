/**
 * The filters of the explorer: which node types and predicates to show, the minimum confidence
 * and a time window. The same filters hide elements on the canvas and narrow later expansions.
 *
 * The time window filters facts, that is edges, by their own time (`edgeTime`): a policy-like
 * fact by its validity (in force from `validFrom` until `validTo`, open-ended when it has no end),
 * any other by the date it was reported. An entity stays while any of its drawn edges is in the
 * window (a chip announced in 2023 stays for its 2025 export controls); an article by its date.
 */
import { ENTITY_TYPES } from '../../../schema/vocabulary.ts';
import type { NeighborhoodQueryVariables, NodeType, Predicate } from '../api/generated.ts';
import { formatDay, type Language } from '../i18n/language.ts';
import { message } from '../i18n/messages.ts';

export interface GraphFilters {
  /** Entity types shown (empty means all), plus 'Article' to draw the articles that mention them. */
  readonly nodeTypes: readonly NodeType[];
  /** Predicates shown; empty means all. */
  readonly predicates: readonly Predicate[];
  /** 0 shows everything; 0.7 hides the dashed (low-confidence) edges. */
  readonly minConfidence: number;
  /** ISO dates (YYYY-MM-DD) bounding the time window; null leaves that side open. */
  readonly from: string | null;
  readonly to: string | null;
}

export const NO_FILTERS: GraphFilters = { nodeTypes: [], predicates: [], minConfidence: 0, from: null, to: null };

export function hasFilters(filters: GraphFilters): boolean {
  return filters.nodeTypes.length > 0 || filters.predicates.length > 0 || filters.minConfidence > 0 || filters.from !== null || filters.to !== null;
}

const day = (iso: string): string => iso.slice(0, 10);

/** The time of a fact: when it starts and ends (null: unknown start, or no end). */
export interface FactTime {
  readonly start: string | null;
  readonly end: string | null;
}

interface Dated {
  readonly date?: string | null;
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
}

/**
 * An edge's own time, the one definition shown and filtered everywhere: its validity when it has
 * one (open-ended without `validTo`), otherwise the day it was first reported (`date`).
 */
export function edgeTime(edge: Dated): FactTime {
  if (edge.validFrom || edge.validTo) return { start: edge.validFrom ? day(edge.validFrom) : null, end: edge.validTo ? day(edge.validTo) : null };
  return edge.date ? { start: day(edge.date), end: day(edge.date) } : { start: null, end: null };
}

/**
 * An edge's time in words: "2025-04-09", "from 2025-04-09", "2025-04-09 → 2025-08-12", or null;
 * in French "à partir du 2025-04-09", "jusqu’au …". English and ISO days by default (exports keep
 * them); panels pass `writeDay` to write the days as the language does ("9 avr. 2025").
 */
export function edgeTimeText(edge: Dated, language: Language = 'en', writeDay: (iso: string) => string = (iso) => iso): string | null {
  const time = edgeTime(edge);
  const start = time.start && writeDay(time.start);
  const end = time.end && writeDay(time.end);
  if (start && end) return start === end ? start : `${start} → ${end}`;
  if (start) return message(language, 'timeFrom', { day: start });
  if (end) return message(language, 'timeUntil', { day: end });
  return null;
}

/** An edge's time as a panel writes it: the words of `edgeTimeText`, days as the language writes them. */
export function edgeTimeWords(edge: Dated, language: Language): string | null {
  return edgeTimeText(edge, language, (iso) => formatDay(iso, language));
}

/** Whether the fact's time meets the window; undated facts always do. */
function timeInWindow(time: FactTime, filters: GraphFilters): boolean {
  if (!time.start && !time.end) return true;
  if (filters.to !== null && time.start !== null && time.start > filters.to) return false;
  if (filters.from !== null && time.end !== null && time.end < filters.from) return false;
  return true;
}

/** Whether an article's (or another dated node's) day meets the window. */
function inWindow(start: string | null | undefined, filters: GraphFilters): boolean {
  return timeInWindow({ start: start ? day(start) : null, end: start ? day(start) : null }, filters);
}

export function hasTimeWindow(filters: GraphFilters): boolean {
  return filters.from !== null || filters.to !== null;
}

const entityTypesOf = (filters: GraphFilters): NodeType[] => filters.nodeTypes.filter((type) => type !== 'Article');

/**
 * Whether a node shows: its type is shown, and, for an article, its date is in the window. An
 * entity's time is its facts' (see `visibleElements`), never its own announcement date.
 */
export function nodePasses(node: { type: NodeType; date?: string | null }, filters: GraphFilters): boolean {
  const types = entityTypesOf(filters);
  if (node.type !== 'Article' && types.length > 0 && !types.includes(node.type)) return false;
  return node.type !== 'Article' || inWindow(node.date, filters);
}

export function edgePasses(
  edge: { predicate: Predicate; confidence: number; date?: string | null; validFrom?: string | null; validTo?: string | null },
  filters: GraphFilters,
): boolean {
  return edgeKept(edge, filters) && timeInWindow(edgeTime(edge), filters);
}

/** The edge passes the predicate and confidence filters (the time window aside). */
function edgeKept(edge: { predicate: Predicate; confidence: number }, filters: GraphFilters): boolean {
  if (filters.predicates.length > 0 && !filters.predicates.includes(edge.predicate)) return false;
  return edge.confidence >= filters.minConfidence;
}

/**
 * What the canvas shows under the filters: edges that pass between nodes that pass, and nodes
 * that pass, less the entities whose drawn edges are all outside the time window.
 */
export function visibleElements<
  N extends { id: string; type: NodeType; date?: string | null },
  E extends { id: string; source: string; target: string; predicate: Predicate; confidence: number } & Dated,
>(nodes: Iterable<N>, edges: Iterable<E>, filters: GraphFilters): { nodes: Set<string>; edges: Set<string> } {
  const shownNodes = new Set<string>();
  const nodeList = [...nodes];
  for (const node of nodeList) if (nodePasses(node, filters)) shownNodes.add(node.id);
  const shownEdges = new Set<string>();
  const withEdges = new Set<string>();
  const withEdgeInWindow = new Set<string>();
  for (const edge of edges) {
    if (!shownNodes.has(edge.source) || !shownNodes.has(edge.target)) continue;
    if (!edgeKept(edge, filters)) continue;
    withEdges.add(edge.source).add(edge.target);
    if (!timeInWindow(edgeTime(edge), filters)) continue;
    withEdgeInWindow.add(edge.source).add(edge.target);
    shownEdges.add(edge.id);
  }
  if (hasTimeWindow(filters)) {
    for (const id of withEdges) if (!withEdgeInWindow.has(id)) shownNodes.delete(id);
  }
  return { nodes: shownNodes, edges: shownEdges };
}

/** The filters as arguments of `neighborhood` (absent when they do not narrow anything). */
export function filterArguments(filters: GraphFilters): Pick<NeighborhoodQueryVariables, 'nodeTypes' | 'predicates' | 'minConfidence' | 'from' | 'to'> {
  const types = entityTypesOf(filters);
  const withArticles = filters.nodeTypes.includes('Article');
  const nodeTypes: NodeType[] = [...(types.length > 0 ? types : ENTITY_TYPES), ...(withArticles ? (['Article'] as const) : [])];
  return {
    ...(types.length > 0 || withArticles ? { nodeTypes } : {}),
    ...(filters.predicates.length > 0 ? { predicates: [...filters.predicates] } : {}),
    ...(filters.minConfidence > 0 ? { minConfidence: filters.minConfidence } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}
