/**
 * Predicates that cannot both hold between the same subject and object: when both are stated, the
 * explorer shows the two edges side by side as a conflict and never overwrites one with the other.
 */
import type { Predicate } from '../../../schema/vocabulary.ts';

/** Pairs of predicates that disagree about the same (subject, object). */
export const CONFLICTING_PREDICATES: ReadonlyArray<readonly [Predicate, Predicate]> = [
  // A government cannot both allow and restrict the export of the same chip.
  ['ALLOWS_EXPORT_OF', 'RESTRICTS_EXPORT_OF'],
];

/** For each predicate, the predicates that conflict with it (a Cypher parameter: `$conflicts[type(r)]`). */
export function conflictsByPredicate(): Partial<Record<Predicate, Predicate[]>> {
  const byPredicate: Partial<Record<Predicate, Predicate[]>> = {};
  for (const [a, b] of CONFLICTING_PREDICATES) {
    byPredicate[a] = [...(byPredicate[a] ?? []), b];
    byPredicate[b] = [...(byPredicate[b] ?? []), a];
  }
  return byPredicate;
}
