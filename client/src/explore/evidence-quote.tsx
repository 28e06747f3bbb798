/**
 * A supporting sentence, quoted as text, with the names of the relationship's two ends (and the
 * predicate's words) highlighted. Never rendered as HTML.
 */
import { findTermSpans, splitAtSpans } from '../text/text-segments.ts';

export type TermRole = 'subject' | 'object' | 'predicate';

/** Terms to look for: each name, its aliases, and its first word when that is distinctive. */
export function termsOf(names: readonly string[], role: TermRole): Array<{ term: string; value: TermRole }> {
  const terms = new Set<string>();
  for (const name of names) {
    terms.add(name);
    const firstWord = name.split(/\s+/)[0];
    if (firstWord && firstWord.length >= 4 && firstWord !== name) terms.add(firstWord);
  }
  return [...terms].map((term) => ({ term, value: role }));
}

export function EvidenceQuote({ sentence, terms }: { sentence: string; terms: Array<{ term: string; value: TermRole }> }) {
  const segments = splitAtSpans(sentence, findTermSpans(sentence, terms));
  return (
    <blockquote className="evidence-sentence">
      {segments.map((segment) =>
        segment.span ? (
          <mark key={segment.start} className={`term-${segment.span.value}`}>
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </blockquote>
  );
}
