/**
 * Arguments of the explorer's operations are checked here, at the edge, before any query runs:
 * malformed values get BAD_USER_INPUT, values beyond a limit get LIMIT_EXCEEDED.
 */
import {
  MENTIONS, isNodeType, isPredicate, type NodeType, type Predicate,
} from '../../schema/vocabulary.ts';
import { appError } from '../errors.ts';

/** Most hits one search returns. */
export const SEARCH_MAX_LIMIT = 50;
/** Longest search text, in characters (a name, not a document): shared with the client. */
export { SEARCH_MAX_TEXT_LENGTH } from '../../schema/search-text.ts';
/** Deepest neighbourhood, in hops from the start nodes. */
export const NEIGHBORHOOD_MAX_DEPTH = 3;
/** Most nodes one neighbourhood returns (the client draws them all). */
export const NEIGHBORHOOD_MAX_LIMIT = 500;
/** Most start nodes of one neighbourhood. */
export const NEIGHBORHOOD_MAX_IDS = 50;
/** Longest path, in relationships. */
export const PATHS_MAX_LENGTH = 6;
/** Most paths one answer returns. */
export const PATHS_MAX_LIMIT = 10;
/** Most events one timeline returns. */
export const TIMELINE_MAX_LIMIT = 500;
/** Most entities one timeline is asked about. */
export const TIMELINE_MAX_IDS = 50;
/** Largest page of articles. */
export const ARTICLE_LIST_MAX_LIMIT = 100;
/** Furthest offset into the article list (deeper pages need a narrower filter). */
export const ARTICLE_LIST_MAX_OFFSET = 10_000;

/** An integer in 1..max: below is a bad argument, above exceeds the limit. */
export function requireLimit(name: string, value: number | null | undefined, fallback: number, max: number): number {
  const limit = value ?? fallback;
  if (!Number.isInteger(limit) || limit < 1) throw appError('BAD_USER_INPUT', `${name} must be a positive integer, got ${limit}.`, { argument: name });
  if (limit > max) throw appError('LIMIT_EXCEEDED', `${name} is at most ${max}, got ${limit}.`, { argument: name, max });
  return limit;
}

/** A non-negative integer offset, at most max. */
export function requireOffset(name: string, value: number | null | undefined, max: number): number {
  const offset = value ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw appError('BAD_USER_INPUT', `${name} must be a non-negative integer, got ${offset}.`, { argument: name });
  if (offset > max) throw appError('LIMIT_EXCEEDED', `${name} is at most ${max}, got ${offset}.`, { argument: name, max });
  return offset;
}

/** Text with something in it besides spaces. */
export function requireText(name: string, value: string, maxLength: number): string {
  const text = value.trim();
  if (text.length === 0) throw appError('BAD_USER_INPUT', `${name} must not be empty.`, { argument: name });
  if (text.length > maxLength) throw appError('LIMIT_EXCEEDED', `${name} is at most ${maxLength} characters.`, { argument: name, max: maxLength });
  return text;
}

/** A non-empty id. */
export function requireId(name: string, value: string): string {
  const id = value.trim();
  if (id.length === 0) throw appError('BAD_USER_INPUT', `${name} must not be empty.`, { argument: name });
  return id;
}

/** A non-empty list of distinct non-empty ids, at most max. */
export function requireIds(name: string, values: readonly string[], max: number): string[] {
  const ids = [...new Set(values.map((value) => requireId(name, value)))];
  if (ids.length === 0) throw appError('BAD_USER_INPUT', `${name} must name at least one id.`, { argument: name });
  if (ids.length > max) throw appError('LIMIT_EXCEEDED', `${name} names at most ${max} ids, got ${ids.length}.`, { argument: name, max });
  return ids;
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO date (YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time), or null. */
export function optionalIsoDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (!ISO_DATE.test(value.trim())) throw appError('BAD_USER_INPUT', `${name} must be an ISO date such as 2025-04-09, got "${value}".`, { argument: name });
  return value.trim();
}

/** A period [from, to] whose ends are ISO dates in order. */
export function optionalPeriod(from: string | null | undefined, to: string | null | undefined): { from: string | null; to: string | null } {
  const period = { from: optionalIsoDate('from', from), to: optionalIsoDate('to', to) };
  if (period.from && period.to && period.from > period.to) throw appError('BAD_USER_INPUT', `from (${period.from}) is after to (${period.to}).`);
  return period;
}

/** Node types of the vocabulary, or null for all. */
export function optionalNodeTypes(values: readonly string[] | null | undefined): NodeType[] | null {
  if (!values) return null;
  const unknown = values.filter((value) => !isNodeType(value));
  if (unknown.length > 0) throw appError('BAD_USER_INPUT', `Unknown node types: ${unknown.join(', ')}.`, { argument: 'nodeTypes' });
  return [...new Set(values as NodeType[])];
}

/** Predicates of the vocabulary (MENTIONS allowed when `allowMentions`), or null for all. */
export function optionalPredicates(values: readonly string[] | null | undefined, allowMentions: boolean): Array<Predicate | typeof MENTIONS> | null {
  if (!values) return null;
  const unknown = values.filter((value) => !isPredicate(value) && !(allowMentions && value === MENTIONS));
  if (unknown.length > 0) throw appError('BAD_USER_INPUT', `Unknown or unsupported predicates: ${unknown.join(', ')}.`, { argument: 'predicates' });
  return [...new Set(values as Array<Predicate | typeof MENTIONS>)];
}

/** A confidence in 0..1, or null. */
export function optionalConfidence(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0 || value > 1) throw appError('BAD_USER_INPUT', `minConfidence must be between 0 and 1, got ${value}.`, { argument: 'minConfidence' });
  return value;
}

/** A depth in 1..max. */
export function requireDepth(value: number | null | undefined, max: number): number {
  const depth = value ?? 1;
  if (!Number.isInteger(depth) || depth < 1) throw appError('BAD_USER_INPUT', `depth must be at least 1, got ${depth}.`, { argument: 'depth' });
  if (depth > max) throw appError('LIMIT_EXCEEDED', `depth is at most ${max}, got ${depth}.`, { argument: 'depth', max });
  return depth;
}
