/**
 * The stable id of an edge: `subject|PREDICATE|object`. Symmetric predicates (COMPETES_WITH) are
 * stored once, with the two ids in alphabetical order, so both readings give the same edge.
 */
import { PREDICATES, type Predicate, type PredicateDefinition } from './vocabulary.ts';

export function orientEdge(subject: string, predicate: Predicate, object: string): { subject: string; object: string } {
  const def: PredicateDefinition = PREDICATES[predicate];
  return def.symmetric && object < subject ? { subject: object, object: subject } : { subject, object };
}

export function edgeId(subject: string, predicate: Predicate, object: string): string {
  const oriented = orientEdge(subject, predicate, object);
  return `${oriented.subject}|${predicate}|${oriented.object}`;
}

export function parseEdgeId(id: string): { subject: string; predicate: string; object: string } | undefined {
  const parts = id.split('|');
  if (parts.length !== 3 || parts.some((part) => part.length === 0)) return undefined;
  const [subject, predicate, object] = parts as [string, string, string];
  return { subject, predicate, object };
}
