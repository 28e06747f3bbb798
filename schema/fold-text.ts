/**
 * Text folding, one way for everything that compares names: entity linking and the extraction
 * rules, search, and the client's highlighting. Lower case, no accents, typographic apostrophes,
 * dashes and quotes made plain: `fold("L’Équipe")` is `"l'equipe"`.
 */

const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘ʼ`´′]/g;
const DASHES = /[‐‑‒–—―−]/g;
const QUOTES = /[«»“”„]/g;

/** Folds a string for comparison: `fold("L’Équipe")` is `"l'equipe"`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").replace(DASHES, '-').replace(QUOTES, '"').toLowerCase();
}

const foldedChars = new Map<string, string>();

/**
 * Folds like `fold` but keeps every UTF-16 offset, so a match found in the result is at the same
 * position in the original text. A character whose folded form has another length stays as is.
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
