/**
 * Near-duplicate articles: the same story re-published (another outlet's copy, a new headline, a
 * sentence reworded, a footer added) is one publication, not several sources.
 *
 * An article's text is folded (`schema/fold-text.ts`), cut into words, and read as overlapping
 * shingles of `SHINGLE_WORDS` words. Its MinHash signature keeps, for each of `SIGNATURE_SIZE`
 * seeded hash functions, the smallest hash of any shingle; the share of equal positions in two
 * signatures estimates the Jaccard similarity of their shingle sets (standard error about
 * √(s(1 − s)/128), 0.04 at 0.3). Two articles are near-duplicates when that estimate reaches
 * `NEAR_DUPLICATE_THRESHOLD`.
 *
 * Finding the candidates without comparing with every stored article: the signature is cut into
 * `BANDS` bands of `ROWS_PER_BAND` values (locality-sensitive hashing); articles that share a band
 * key are candidates, then compared on the whole signature. A pair at similarity s shares a band
 * with probability 1 − (1 − s²)⁶⁴: 0.998 at the threshold (0.3), 0.43 at 0.09, 0.006 at 0.01.
 *
 * The threshold, measured (`near-duplicates.test.ts`) on the 70 sample and held-out articles and
 * on edited copies of each: two distinct articles reach at most 0.09 (two stories about SAMR's
 * probes); edited copies at least 0.41 (a 110-word brief with a new headline, a 25-word footer and
 * one of its three sentences rewritten), 0.52 for one sentence rewritten, 0.78 for the last of four
 * or more paragraphs cut, 0.81 for a footer, 0.92 for a headline. 0.3 sits between the two, with
 * a margin on both sides.
 */
import { fold } from '../../schema/fold-text.ts';

/** Words per shingle: long enough that two articles on one topic share few, short enough that an edit breaks few (3 to 5 measured; 4 separates best). */
export const SHINGLE_WORDS = 4;
/** Hash functions of a signature (values, each an unsigned 32-bit integer). */
export const SIGNATURE_SIZE = 128;
/** Band layout of the signature for finding candidates: BANDS × ROWS_PER_BAND = SIGNATURE_SIZE. */
export const BANDS = 64;
export const ROWS_PER_BAND = 2;
/** Estimated Jaccard similarity from which two articles are the same publication. */
export const NEAR_DUPLICATE_THRESHOLD = 0.3;

/** The words of a text, folded (case, accents, quotes): the unit of a shingle. */
function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a, 32 bits: the base hash of a shingle. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finalizer: mixes a 32-bit value so that each seed acts as its own hash function. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One fixed seed per hash function (derived, not random, so signatures are stable across runs). */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/** The MinHash signature of a text: `SIGNATURE_SIZE` unsigned 32-bit integers. */
export function minHashSignature(text: string): number[] {
  const words = wordsOf(text);
  const shingles = new Set<number>();
  if (words.length <= SHINGLE_WORDS) shingles.add(fnv1a(words.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(shingle ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the shingles of two texts, from their signatures (0 to 1). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== SIGNATURE_SIZE || b.length !== SIGNATURE_SIZE) return 0;
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** The band keys of a signature (`"7:1a2b3c4d"`): articles that share one are near-duplicate candidates. */
export function bandKeys(signature: readonly number[]): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    const rows = signature.slice(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND);
    keys.push(`${band}:${fnv1a(rows.join(',')).toString(16).padStart(8, '0')}`);
  }
  return keys;
}

export interface StoredSignature {
  /** The stored article. */
  id: string;
  /** Its publication group (the id of the group's first article). */
  publication: string;
  signature: readonly number[];
  /** When it was ingested, to prefer the oldest group on a tie. */
  ingestedAt?: string | null | undefined;
}

/**
 * The publication a text belongs to among stored candidates: the group of the most similar one
 * at or above the threshold (the oldest on a tie), or undefined when none is near enough.
 */
export function publicationOf(signature: readonly number[], candidates: readonly StoredSignature[]): { publication: string; duplicateOf: string; similarity: number } | undefined {
  let best: { publication: string; duplicateOf: string; similarity: number; ingestedAt: string } | undefined;
  for (const candidate of candidates) {
    const score = similarity(signature, candidate.signature);
    if (score < NEAR_DUPLICATE_THRESHOLD) continue;
    const ingestedAt = candidate.ingestedAt ?? '';
    if (!best || score > best.similarity || (score === best.similarity && ingestedAt < best.ingestedAt)) {
      best = { publication: candidate.publication, duplicateOf: candidate.id, similarity: score, ingestedAt };
    }
  }
  return best && { publication: best.publication, duplicateOf: best.duplicateOf, similarity: best.similarity };
}
