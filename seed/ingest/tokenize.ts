/**
 * Tokens with offsets and a folded form used for matching: lower case, no accents, typographic
 * apostrophes and dashes made plain. Folding never moves offsets: a token keeps `start`/`end` in
 * the original text, so every match points back at what the article wrote. Folding itself is
 * `schema/fold-text.ts`, shared with search and the client.
 */
import { fold } from '../../schema/fold-text.ts';

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, accents removed, ’ ‘ ʼ ` ´ as ', dashes as -. */
  folded: string;
  start: number;
  end: number;
  /** Letters or digits (as opposed to one punctuation mark). */
  isWord: boolean;
  /** First character is an upper-case letter. */
  capitalised: boolean;
  /** Two or more letters, all upper case (digits allowed): an acronym or a model code. */
  allCaps: boolean;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;

/** Folded forms of words already seen: news reuses a small vocabulary. Bounded so it cannot grow without limit. */
const foldedWords = new Map<string, string>();
const FOLD_CACHE_SIZE = 50_000;

function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = fold(word);
    if (foldedWords.size >= FOLD_CACHE_SIZE) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

/** Splits `text.slice(start, end)` into tokens whose offsets refer to `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(slice)) !== null) {
    const value = match[0];
    const isWord = /^[\p{L}\p{N}]/u.test(value);
    const letters = value.match(LETTERS)?.length ?? 0;
    tokens.push({
      text: value,
      folded: foldWord(value),
      start: start + match.index,
      end: start + match.index + value.length,
      isWord,
      capitalised: UPPER_FIRST.test(value),
      allCaps: letters >= 2 && !HAS_LOWER.test(value),
    });
  }
  return tokens;
}
