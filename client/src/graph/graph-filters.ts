/**
 * The filters of the explorer: which node types and predicates to show, the minimum confidence
 * and a time window. The same filters hide elements on the canvas and narrow later expansions.
 */
import { ENTITY_TYPES } from '../../../schema/vocabulary.ts';
import type { NeighborhoodQueryVariables, NodeType, Predicate } from '../api/generated.ts';

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

/** Whether a period [start, end] (either may be missing) meets the window; undated things always do. */
function inWindow(start: string | null | undefined, end: string | null | undefined, filters: GraphFilters): boolean {
  const first = start ?? end;
  const last = end ?? start;
  if (!first || !last) return true;
  if (filters.to !== null && day(first) > filters.to) return false;
  if (filters.from !== null && day(last) < filters.from) return false;
  return true;
}

const entityTypesOf = (filters: GraphFilters): NodeType[] => filters.nodeTypes.filter((type) => type !== 'Article');

export function nodePasses(node: { type: NodeType; date?: string | null }, filters: GraphFilters): boolean {
  const types = entityTypesOf(filters);
  if (node.type !== 'Article' && types.length > 0 && !types.includes(node.type)) return false;
  return inWindow(node.date, node.date, filters);
}

export function edgePasses(
  edge: { predicate: Predicate; confidence: number; date?: string | null; validFrom?: string | null; validTo?: string | null },
  filters: GraphFilters,
): boolean {
  if (filters.predicates.length > 0 && !filters.predicates.includes(edge.predicate)) return false;
  if (edge.confidence < filters.minConfidence) return false;
  return inWindow(edge.validFrom ?? edge.date, edge.validTo ?? edge.date, filters);
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
