/**
 * Which entities go by this name? A full-text search over names and aliases (any language),
 * case- and accent-insensitive, tolerant of a prefix still being typed and of a one-letter typo.
 */
import { fold } from '../../../schema/fold-text.ts';
import type { SearchHit } from '../../../schema/generated/graphql.ts';
import type { EntityType } from '../../../schema/vocabulary.ts';
import { ENTITY_NAMES_INDEX } from '../apply-database-schema.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { typeOf } from '../cypher-fragments.ts';
import { integer } from './integer-parameter.ts';
import { optionalNodeTypes, requireLimit, requireText, SEARCH_MAX_LIMIT, SEARCH_MAX_TEXT_LENGTH } from '../../graphql/validate-arguments.ts';

/** Candidates read from the index per hit asked for, so that a type filter and re-ranking still fill the page. */
const CANDIDATES_PER_HIT = 4;
/** Fewest candidates read from the index. */
const MIN_CANDIDATES = 20;
/** Score multiplier when a name or alias is exactly the search text ("Beijing" is China's alias, not only a word of "Beijing Zhipu…"). */
const EXACT_NAME_BOOST = 3;
/**
 * How typos are forgiven. Words shorter than `fuzzyMinLength` get no fuzzy clause: "gr~1" would
 * match every two-letter word, and a three-letter word within one edit expands to thousands of
 * index terms. With `shortWordsOptional`, such a word is optional in the typo clause when the
 * text has a longer word, so that a typo in it ("MI724 Peo") is still forgiven by the other words;
 * the phrase and prefix clauses still rank exact words first. Measured per kind of input by
 * bench/search-classes.ts (docs/benchmarks.md).
 */
export interface TypoRule {
  fuzzyMinLength: number;
  shortWordsOptional: boolean;
  /**
   * Only the last word is a prefix in the prefix clause (the one still being typed); the words
   * before it must be whole words there (a typo in them is the typo clause's). Each prefix is
   * expanded to every indexed word it begins.
   */
  lastWordPrefix?: boolean;
}

export const TYPO_RULE: TypoRule = { fuzzyMinLength: 4, shortWordsOptional: true, lastWordPrefix: true };

/** Boost of the exact phrase over prefix matches, and of prefix matches over fuzzy ones. */
const PHRASE_BOOST = 8;
const PREFIX_BOOST = 2;

export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene, { limit: $candidates })
YIELD node AS n, score
WHERE $types IS NULL OR any(label IN labels(n) WHERE label IN $types)
RETURN n.id AS id,
       ${typeOf('n')} AS type,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       n.description AS description,
       score AS score
ORDER BY score DESC, name
`;

interface SearchRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  score: number;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes the characters Lucene's query parser reads as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/**
 * The words of a search text, folded as names are everywhere (`schema/fold-text.ts`: case, accents,
 * typographic apostrophes and dashes); Lucene syntax characters separate words as the tokenizer does.
 */
export function searchTerms(text: string): string[] {
  return fold(text).split(/[\s+\-&|!(){}[\]^"~*?:\\/.,;]+/).filter((term) => term.length > 0);
}

/** English stop words the index's analyzer drops: a prefix or fuzzy clause on one would match nothing. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

/**
 * The Lucene query for a search text: the exact phrase (boosted), the words with the last one as
 * a prefix (still being typed), and every word of four letters or more within one edit, the
 * shorter ones optional beside them.
 * "team gr" → "team gr"^8 OR (team AND gr*)^2 OR (+team~1 gr).
 */
export function luceneQuery(text: string, rule: TypoRule = TYPO_RULE): string {
  const terms = searchTerms(text).map(escapeLucene);
  if (terms.length === 0) return '';
  const phrase = `"${terms.join(' ')}"^${PHRASE_BOOST}`;
  const words = terms.filter((term) => !STOP_WORDS.has(term));
  if (words.length === 0) return phrase;
  const prefix = `(${words.map((term, i) => (rule.lastWordPrefix && i < words.length - 1 ? term : `${term}*`)).join(' AND ')})^${PREFIX_BOOST}`;
  const fuzzy = (term: string): boolean => term.length >= rule.fuzzyMinLength;
  const mixed = rule.shortWordsOptional && words.some(fuzzy) && !words.every(fuzzy);
  const typos = mixed
    ? `(${words.map((term) => (fuzzy(term) ? `+${term}~1` : term)).join(' ')})`
    : `(${words.map((term) => (fuzzy(term) ? `${term}~1` : term)).join(' AND ')})`;
  return `${phrase} OR ${prefix} OR ${typos}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How well a name answers the search terms, 0..1: exact words beat prefixes, prefixes beat typos. */
function nameSimilarity(name: string, terms: string[], folded: string): number {
  const foldedName = fold(name);
  if (foldedName === folded) return 1;
  const words = searchTerms(name);
  let total = 0;
  for (const term of terms) {
    let best = 0;
    for (const word of words) {
      if (word === term) best = Math.max(best, 0.9);
      else if (word.startsWith(term)) best = Math.max(best, 0.6 + 0.3 * (term.length / word.length));
      else best = Math.max(best, 0.5 * (1 - editDistance(word, term) / Math.max(word.length, term.length)));
    }
    total += best;
  }
  const wordCountPenalty = Math.max(0, words.length - terms.length) * 0.01;
  return total / terms.length - wordCountPenalty;
}

/** The name or alias that matches the search text best (the name when they tie), and how well, 0..1. */
export function bestMatchingName(name: string, aliases: readonly string[], text: string): { matched: string; similarity: number } {
  const terms = searchTerms(text);
  const folded = terms.join(' ');
  let matched = name;
  let similarity = nameSimilarity(name, terms, folded);
  for (const alias of aliases) {
    const score = nameSimilarity(alias, terms, folded);
    if (score > similarity) {
      matched = alias;
      similarity = score;
    }
  }
  return { matched, similarity };
}

export async function searchEntities(
  ctx: GraphContext,
  args: { text: string; types?: readonly string[] | null; limit?: number | null },
): Promise<SearchHit[]> {
  const text = requireText('text', args.text, SEARCH_MAX_TEXT_LENGTH);
  const limit = requireLimit('limit', args.limit, 10, SEARCH_MAX_LIMIT);
  const types = optionalNodeTypes(args.types);
  const lucene = luceneQuery(text);
  if (lucene === '') return [];
  const rows = await runQuery<SearchRow>(ctx, 'search', SEARCH, {
    index: ENTITY_NAMES_INDEX,
    lucene,
    types,
    candidates: integer(Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_HIT)),
  });
  const hits = rows.map((row) => {
    const { matched, similarity } = bestMatchingName(row.name, row.aliases, text);
    const score = similarity === 1 ? row.score * EXACT_NAME_BOOST : row.score;
    return { id: row.id, type: row.type, name: row.name, matched, score, description: row.description };
  });
  return hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
}
