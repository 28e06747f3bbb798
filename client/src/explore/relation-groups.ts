/**
 * An entity's relationship groups as the details panel lists them: the API groups them by
 * predicate and direction, but a symmetric relationship ("competes with") has no direction to
 * the reader, so its two groups become one, its sizes added. Pure.
 */
import { isPredicate, PREDICATES } from '../../../schema/vocabulary.ts';

interface Group<E extends { edge: { id: string } }> {
  readonly predicate: string;
  readonly direction: string;
  readonly total: number;
  readonly edges: readonly E[];
}

const symmetric = (predicate: string): boolean => isPredicate(predicate) && 'symmetric' in PREDICATES[predicate];

/** The groups in their order, each symmetric predicate's groups merged into its first (edges once each). */
export function mergeSymmetricGroups<E extends { edge: { id: string } }, G extends Group<E>>(groups: readonly G[]): G[] {
  const merged: G[] = [];
  const at = new Map<string, number>();
  for (const group of groups) {
    const index = symmetric(group.predicate) ? at.get(group.predicate) : undefined;
    if (index === undefined) {
      if (symmetric(group.predicate)) at.set(group.predicate, merged.length);
      merged.push(group);
      continue;
    }
    const first = merged[index] as G;
    const seen = new Set(first.edges.map((detail) => detail.edge.id));
    merged[index] = { ...first, total: first.total + group.total, edges: [...first.edges, ...group.edges.filter((detail) => !seen.has(detail.edge.id))] };
  }
  return merged;
}
