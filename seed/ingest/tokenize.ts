/**
 * Tokens with offsets and a folded form used for matching: lower case, no accents, typographic
 * apostrophes and dashes made plain. Folding never moves offsets: a token keeps `start`/`end` in
 * the original text, so every match points back at what the article wrote.
 */

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
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘ʼ`´′]/g;
const DASHES = /[‐‑‒–—―−]/g;
const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;

/** Folds a string for comparison: `fold("L’Équipe")` is `"l'equipe"`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").replace(DASHES, '-').replace(/[«»“”„]/g, '"').toLowerCase();
}

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

const foldedChars = new Map<string, string>();

/**
 * Folds like `fold` but keeps every UTF-16 offset, so a regular expression run on the result
 * gives positions in the original text. Characters whose folded form has another length stay.
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    let f = foldedChars.get(c);
    if (f === undefined) {
      const candidate = fold(c);
      f = candidate.length === 1 ? candidate : c;
      foldedChars.set(c, f);
    }
    out += f;
  }
  return out;
}

/** A lower-case slug with dashes: `slugify("Chip Security Act")` is `"chip-security-act"`. */
export function slugify(text: string): string {
  return fold(text).replace(/['"]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
