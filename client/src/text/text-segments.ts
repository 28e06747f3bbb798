/**
 * Splits a text at highlighted spans, so that React renders each piece as a text node (never as
 * HTML). Overlapping spans keep the first (then the longest); spans outside the text are dropped.
 */
import { fold, foldKeepingOffsets } from '../../../schema/fold-text.ts';

export interface Span<T = undefined> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

export interface Segment<T = undefined> {
  readonly text: string;
  readonly start: number;
  /** The span this piece belongs to; absent for plain text. */
  readonly span?: Span<T>;
}

export function splitAtSpans<T>(text: string, spans: readonly Span<T>[]): Segment<T>[] {
  const ordered = spans
    .filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<T>[] = [];
  let cursor = 0;
  for (const span of ordered) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), start: cursor });
    segments.push({ text: text.slice(span.start, span.end), start: span.start, span });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor });
  return segments;
}


/**
 * Spans where any of the terms occurs in the text, case- and accent-insensitive, on word
 * boundaries; a term shorter than two characters is ignored.
 */
export function findTermSpans<T>(text: string, terms: ReadonlyArray<{ term: string; value: T }>): Span<T>[] {
  // Folded without moving any offset, so a match is at the same place in the text.
  const haystack = foldKeepingOffsets(text);
  const spans: Span<T>[] = [];
  for (const { term, value } of terms) {
    const needle = fold(term.trim());
    if (needle.length < 2) continue;
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(needle, from);
      if (at < 0) break;
      const before = haystack[at - 1];
      const after = haystack[at + needle.length];
      const boundary = (c: string | undefined): boolean => c === undefined || !/[\p{L}\p{N}]/u.test(c);
      if (boundary(before) && boundary(after)) spans.push({ start: at, end: at + needle.length, value });
      from = at + needle.length;
    }
  }
  return spans;
}
