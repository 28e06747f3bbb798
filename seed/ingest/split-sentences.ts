/**
 * Sentences with offsets, from `Intl.Segmenter` plus two repairs it needs on news text:
 * - abbreviations ("U.S.", "M.", "Inc.", "Dr.") do not end a sentence when the next one starts
 *   with a lower-case word or a name;
 * - a period glued to the next sentence ("chinois.Étonnamment") does end one.
 */
import type { Language } from '../../schema/vocabulary.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which a period rarely ends a sentence, by language (plus shared ones). */
const ABBREVIATIONS: Record<Language | 'common', readonly string[]> = {
  common: ['U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.S.A.', 'Inc.', 'Corp.', 'Ltd.', 'Co.', 'St.', 'Dr.', 'vs.', 'etc.', 'No.', 'Nos.', 'e.g.', 'i.e.', 'approx.'],
  en: ['Mr.', 'Mrs.', 'Ms.', 'Jr.', 'Sr.', 'Prof.', 'Gov.', 'Sen.', 'Rep.', 'Gen.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Fig.'],
  fr: ['M.', 'MM.', 'Mme.', 'Mlle.', 'Me.', 'Pr.', 'cf.', 'env.', 'av.', 'apr.', 'p.', 'n°.', 'J.-C.', 'hab.', 'Cie.'],
};

/** Titles: a period after them never ends a sentence. */
const TITLES = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gov.', 'Sen.', 'Rep.', 'Gen.', 'St.', 'M.', 'MM.', 'Mme.', 'Mlle.', 'Me.', 'Pr.', 'No.', 'Nos.', 'n°.']);

/** Words that usually begin a sentence: after "U.S." they mean the sentence did end. */
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'But', 'And', 'However', 'Yet', 'So', 'If', 'When', 'While', 'As', 'For', 'After', 'Before', 'There', 'Analysts', 'Meanwhile',
  'Le', 'La', 'Les', 'L', 'Un', 'Une', 'Des', 'Il', 'Elle', 'Ils', 'Elles', 'Ce', 'Cet', 'Cette', 'Ces', 'Mais', 'Et', 'Pour', 'Dans', 'En', 'Selon', 'Cependant', 'Pourtant', 'Or', 'Si', 'Quand', 'Lorsque', 'Depuis', 'Après', 'Avant', 'De', 'Du',
]);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** A lower-case word, a period, then a capitalised word with no space: "chinois.Étonnamment". */
const GLUED_PERIOD = /\p{Ll}{2}[.!?](?=\p{Lu}\p{Ll})/gu;

export function splitSentences(text: string, language: Language | 'other', start = 0, end = text.length): Sentence[] {
  const lang = language === 'other' ? 'en' : language;
  const abbreviations = new Set([...ABBREVIATIONS.common, ...ABBREVIATIONS[lang]]);
  const raw: Array<{ start: number; end: number }> = [];
  for (const chunk of chunksOf(text, start, end)) for (const segment of segmenterFor(lang).segment(text.slice(chunk.start, chunk.end))) {
    const segStart = chunk.start + segment.index;
    const segEnd = segStart + segment.segment.length;
    // Repair: split at periods glued to the next sentence.
    let from = segStart;
    GLUED_PERIOD.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = GLUED_PERIOD.exec(segment.segment)) !== null) {
      const cut = segStart + match.index + match[0].length;
      raw.push({ start: from, end: cut });
      from = cut;
    }
    raw.push({ start: from, end: segEnd });
  }
  // Repair: join segments split after an abbreviation.
  const merged: Array<{ start: number; end: number }> = [];
  for (const piece of raw) {
    const previous = merged[merged.length - 1];
    if (previous && endsWithAbbreviation(text.slice(previous.start, previous.end), text.slice(piece.start, piece.end), abbreviations)) {
      previous.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  const sentences: Sentence[] = [];
  for (const piece of merged) {
    let s = piece.start;
    let e = piece.end;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
  }
  return sentences;
}

/** Characters per piece handed to `Intl.Segmenter`, whose cost grows with the square of its input's length. */
const CHUNK = 2_000;

/**
 * The region cut into pieces of about `CHUNK` characters at line breaks, which always end a
 * sentence for the segmenter, so segmenting the pieces gives what segmenting the whole would; a
 * line longer than that is cut after a full stop followed by a space and a capital.
 */
function chunksOf(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  let from = start;
  while (from < end) {
    let cut = end;
    if (end - from > CHUNK) {
      const newline = text.indexOf('\n', from + CHUNK);
      if (newline >= 0 && newline < end && newline - from <= 4 * CHUNK) cut = newline + 1;
      else {
        const stop = /[.!?]\s+(?=\p{Lu})/gu;
        stop.lastIndex = from + CHUNK;
        const match = stop.exec(text);
        cut = match && match.index < end ? match.index + match[0].length : (newline >= 0 && newline < end ? newline + 1 : end);
      }
    }
    chunks.push({ start: from, end: cut });
    from = cut;
  }
  return chunks;
}

function endsWithAbbreviation(previous: string, next: string, abbreviations: ReadonlySet<string>): boolean {
  if (/\n\s*$/.test(previous)) return false;
  // The last word, read from the end (a regular expression anchored at the end backtracks on long text).
  const trimmed = previous.trimEnd();
  const lastWord = trimmed.slice(trimmed.search(/\S+$/u));
  const firstWord = /^\s*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
  if (firstWord.length === 0) return false;
  const isAbbreviation = abbreviations.has(lastWord) || /^\p{Lu}\.$/u.test(lastWord) || /^(?:\p{L}\.){2,}$/u.test(lastWord);
  if (!isAbbreviation) return false;
  if (TITLES.has(lastWord) || /^\p{Lu}\.$/u.test(lastWord)) return true;
  if (/^[\p{Ll}\p{N}]/u.test(firstWord)) return true;
  return !SENTENCE_OPENERS.has(firstWord);
}
