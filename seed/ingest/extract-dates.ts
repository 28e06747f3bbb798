/**
 * Dates and money figures in a sentence. Dates come from chrono-node (its French parser for
 * French), anchored on the article's date so "on Thursday" or "fin juillet" resolve to the right
 * year; only the parts the text states are kept (a month alone gives `YYYY-MM`). Money figures
 * ("650 millions de dollars", "$5.5 billion", "15 %") are returned as written, and tied to the
 * relations money belongs to (`amountOfRelation`).
 */
import * as chrono from 'chrono-node';
import type { Language, Predicate } from '../../schema/vocabulary.ts';
import type { Span } from './extraction-contract.ts';

export interface FoundDate extends Span {
  /** ISO date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
}

/** Dates in `text` (offsets are added to `offset`), anchored on `reference` when given. */
export function extractDates(text: string, language: Language | 'other', reference?: string, offset = 0): FoundDate[] {
  const parser = language === 'fr' ? chrono.fr : chrono.en;
  const ref = reference ? new Date(`${reference.slice(0, 10)}T12:00:00Z`) : undefined;
  const refDate = ref && !Number.isNaN(ref.getTime()) ? ref : undefined;
  const results = refDate ? parser.parse(text, { instant: refDate, timezone: 0 }, { forwardDate: false }) : parser.parse(text);
  const found: FoundDate[] = [];
  for (const result of results) {
    const start = result.start;
    const hasYear = start.isCertain('year');
    const hasMonth = start.isCertain('month');
    const hasDay = start.isCertain('day');
    if (!hasMonth && !hasYear && !hasDay && !start.isCertain('weekday')) continue;
    if (!hasYear && !refDate) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || year === undefined) continue;
    const pad = (n: number | null | undefined): string => String(n ?? 1).padStart(2, '0');
    let date: string;
    if (hasDay || start.isCertain('weekday')) date = `${year}-${pad(month)}-${pad(day)}`;
    else if (hasMonth) date = `${year}-${pad(month)}`;
    else date = String(year);
    found.push({ date, text: result.text, start: offset + result.index, end: offset + result.index + result.text.length });
  }
  return found;
}

const MONEY = new RegExp([
  String.raw`(?:US)?\$\s?\d+(?:[.,]\d+)*\s?(?:billion|million|trillion|bn|mn|m|b)?(?![\p{L}])`,
  String.raw`\d+(?:[.,]\d+)*\s?(?:billion|million|trillion)\s(?:dollars|US dollars|yuan|euros)`,
  String.raw`(?:entre\s)?\d+(?:[.,]\d+)*(?:\set\s\d+(?:[.,]\d+)*)?\s?(?:milliards?|millions?|mds?)\s(?:de\s)?(?:dollars|d'euros|d’euros|euros|yuans)`,
  String.raw`\d+(?:[.,]\d+)*\s?(?:%|per ?cent|pour ?cent)`,
].join('|'), 'gu');

/** Money amounts and shares in `text`, with offsets plus `offset`. */
export function extractAmounts(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  MONEY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = MONEY.exec(text)) !== null) {
    const value = match[0].trimEnd();
    spans.push({ text: value, start: offset + match.index, end: offset + match.index + value.length });
  }
  return spans;
}

/** Predicates a money figure belongs to: what is paid, bought, acquired, sold or fined. */
const AMOUNT_PREDICATES: ReadonlySet<Predicate> = new Set(['PAYS', 'BUYS', 'ACQUIRES', 'SELLS_TO', 'ISSUES']);

/**
 * The money figure of a relation stated in `sentence` (a range of `text`): the first one between
 * its two mentions (`from`, `to`) or just after them, for predicates money belongs to.
 */
export function amountOfRelation(text: string, sentence: { start: number; end: number }, from: number, to: number, predicate: Predicate): string | undefined {
  if (!AMOUNT_PREDICATES.has(predicate)) return undefined;
  const window = text.slice(Math.max(sentence.start, from), Math.min(sentence.end, to + 40));
  return extractAmounts(window)[0]?.text;
}
