/**
 * Entity linking: known names found in the article's tokens, with case, accent and apostrophe
 * folding, French elision and English possessives (both fall out of tokenising "l'", "d'" and
 * "'s" apart), the longest match winning. Also:
 * - model codes with O/0 or l/1 swapped, in chip context only ("GPU H2O" is the H20);
 * - a state's government named by metonymy ("le gouvernement chinois", "the Trump
 *   administration"), through aliases first and rules second;
 * - an alias shared by several entries settled by the words around it and the article's other
 *   mentions.
 * Each mention records the alias or rule that produced it.
 */
import type { EntityType } from '../../schema/vocabulary.ts';
import type { AliasPattern, Gazetteer, GazetteerEntry } from './build-gazetteer.ts';

type GazetteerEntryLike = Pick<GazetteerEntry, 'type' | 'country' | 'kind'>;
import { ADMINISTRATION_OF, GOVERNMENT_HEADS, NATIONALITY_ADJECTIVES } from './government-metonymy.ts';
import { isChipContext } from './is-chip-context.ts';
import type { Sentence } from './split-sentences.ts';
import type { Token } from './tokenize.ts';

export interface LinkedMention {
  entityId: string;
  type: EntityType;
  text: string;
  start: number;
  end: number;
  /** "alias" or the id of the rule ("chip-code-confusion", "government-metonymy"…). */
  rule: string;
  alias?: string;
  sentence: number;
  /** Token range [tokenStart, tokenEnd) in the article's tokens. */
  tokenStart: number;
  tokenEnd: number;
}

export interface LinkInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  gazetteer: Gazetteer;
}

interface Match {
  length: number;
  entryIds: string[];
  rule: string;
  alias?: string;
  /** Characters to leave off the end of the last token (the "s" of "H20s"). */
  trimEnd?: number;
}

/** Sentence index of each token. */
export function sentenceOfTokens(tokens: readonly Token[], sentences: readonly Sentence[]): number[] {
  const result: number[] = new Array<number>(tokens.length).fill(-1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= token.start) s++;
    const sentence = sentences[s];
    if (sentence && token.start >= sentence.start) result[i] = s;
  }
  return result;
}

function matchesPattern(tokens: readonly Token[], i: number, pattern: AliasPattern, limit: number): boolean {
  if (i + pattern.tokens.length > limit) return false;
  for (let j = 0; j < pattern.tokens.length; j++) {
    const token = tokens[i + j];
    if (!token || token.folded !== pattern.tokens[j]) return false;
    if (pattern.caseRule === 'exact' && token.text !== pattern.written[j]) return false;
  }
  if (pattern.caseRule === 'capitalised') {
    const first = tokens[i];
    if (!first || !/\p{Lu}/u.test(first.text)) return false;
  }
  // A match must not end inside a word joined by an apostrophe: "Xi'an" is a city, "Nvidia's" a possessive.
  const last = tokens[i + pattern.tokens.length - 1];
  const mark = tokens[i + pattern.tokens.length];
  const next = tokens[i + pattern.tokens.length + 1];
  if (last && mark && next && mark.text.length === 1 && /['’]/.test(mark.text) && mark.start === last.end && next.start === mark.end && next.isWord && next.folded !== 's') {
    return false;
  }
  return true;
}

function longestAlias(index: ReadonlyMap<string, AliasPattern[]>, tokens: readonly Token[], i: number, limit: number): Match | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  for (const pattern of index.get(token.folded) ?? []) {
    if (matchesPattern(tokens, i, pattern, limit)) return { length: pattern.tokens.length, entryIds: pattern.entryIds, rule: 'alias', alias: pattern.alias };
  }
  return undefined;
}

/** "H2O" -> "H20", "MI3O8" -> "MI308": O and l/I read as digits when they follow a digit. */
export function swapConfusedDigits(code: string): string {
  let out = '';
  for (let k = 0; k < code.length; k++) {
    const c = code[k] ?? '';
    const previous = out[out.length - 1] ?? '';
    if (/\d/.test(previous) && (c === 'O' || c === 'o')) out += '0';
    else if (/\d/.test(previous) && (c === 'l' || c === 'I')) out += '1';
    else out += c;
  }
  return out;
}

function chipCodeMatch(input: LinkInput, i: number, from: number, limit: number): Match | undefined {
  const token = input.tokens[i];
  if (!token || !token.isWord || !/\d/.test(token.text) || token.text.length > 10) return undefined;
  const fixed = swapConfusedDigits(token.text);
  const candidates: Array<{ folded: string; trimEnd: number; rule: string }> = [];
  if (fixed !== token.text) candidates.push({ folded: fixed.toLowerCase(), trimEnd: 0, rule: 'chip-code-confusion' });
  if (/\d[sS]$/.test(token.text)) candidates.push({ folded: swapConfusedDigits(token.text.slice(0, -1)).toLowerCase(), trimEnd: 1, rule: 'chip-code-plural' });
  for (const candidate of candidates) {
    const patterns = input.gazetteer.names.get(candidate.folded) ?? [];
    for (const pattern of patterns) {
      if (pattern.tokens.length !== 1) continue;
      const chips = pattern.entryIds.filter((id) => input.gazetteer.entries.get(id)?.type === 'Chip');
      if (chips.length === 0) continue;
      if (candidate.rule === 'chip-code-confusion' && !isChipContext(input.tokens, i, from, limit)) continue;
      return { length: 1, entryIds: chips, rule: candidate.rule, alias: pattern.alias, trimEnd: candidate.trimEnd };
    }
  }
  return undefined;
}

function metonymyMatch(input: LinkInput, i: number, limit: number): Match | undefined {
  const { tokens, gazetteer } = input;
  const at = (k: number): string => (i + k < limit ? tokens[i + k]?.folded ?? '' : '');
  const state = (country: string | undefined): string[] | undefined => {
    const id = country ? gazetteer.stateOfCountry.get(country) : undefined;
    return id ? [id] : undefined;
  };
  // "Chinese authorities", "US officials"
  const adjective = NATIONALITY_ADJECTIVES.get(at(0));
  if (adjective && GOVERNMENT_HEADS.has(at(1)) && at(1) !== 'state') {
    const ids = state(adjective);
    if (ids) return { length: 2, entryIds: ids, rule: 'en.nationality-government' };
  }
  // "autorités chinoises", "pouvoirs publics chinois"
  if (GOVERNMENT_HEADS.has(at(0))) {
    const skip = at(1) === 'publics' ? 1 : 0;
    const ids = state(NATIONALITY_ADJECTIVES.get(at(1 + skip)));
    if (ids && at(1 + skip) !== 'us') return { length: 2 + skip, entryIds: ids, rule: 'fr.government-nationality' };
  }
  // "Trump administration", "administration Trump"
  const president = ADMINISTRATION_OF.get(at(0));
  if (president && at(1) === 'administration' && tokens[i]?.capitalised) {
    const ids = state(president);
    if (ids) return { length: 2, entryIds: ids, rule: 'en.president-administration' };
  }
  if (at(0) === 'administration' && tokens[i + 1]?.capitalised) {
    const ids = state(ADMINISTRATION_OF.get(at(1)));
    if (ids) return { length: 2, entryIds: ids, rule: 'fr.administration-president' };
  }
  return undefined;
}

/** Words around a mention that tell which type an ambiguous alias has. */
const TYPE_CUES: Record<EntityType, ReadonlySet<string>> = {
  Chip: new Set(['chip', 'chips', 'puce', 'puces', 'gpu', 'gpus', 'accelerator', 'accelerators', 'accelerateur', 'accelerateurs', 'processor', 'processors', 'architecture', 'series', 'serie', 'family', 'famille']),
  Company: new Set(['company', 'firm', 'group', 'groupe', 'societe', 'entreprise', 'shares', 'actions', 'ceo', 'pdg', 'chipmaker', 'inc', 'corp', 'said', 'a']),
  Government: new Set(['ministry', 'ministere', 'minister', 'ministre', 'department', 'government', 'gouvernement', 'regulator', 'secretary', 'secretaire']),
  Person: new Set(['said', 'told', 'a', 'declare', 'ceo', 'pdg']),
  Policy: new Set(),
};

export function linkEntities(input: LinkInput): LinkedMention[] {
  const { tokens, sentences, gazetteer } = input;
  const sentenceOf = sentenceOfTokens(tokens, sentences);
  const found: Array<{ i: number; match: Match; sentence: number }> = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    const sentence = sentenceOf[i] ?? -1;
    if (!token || !token.isWord || sentence < 0) { i++; continue; }
    const s = sentences[sentence];
    let limit = i;
    while (limit < tokens.length && (tokens[limit]?.start ?? Infinity) < (s?.end ?? 0)) limit++;
    let from = i;
    while (from > 0 && (tokens[from - 1]?.start ?? -1) >= (s?.start ?? 0)) from--;
    const options = [longestAlias(gazetteer.names, tokens, i, limit), metonymyMatch(input, i, limit), chipCodeMatch(input, i, from, limit)]
      .filter((m): m is Match => m !== undefined);
    let best: Match | undefined;
    for (const option of options) if (!best || option.length > best.length) best = option;
    // "Biden-era", "Trump-style": a person's name made into an adjective names no one.
    if (best && best.rule === 'alias' && best.entryIds.every((id) => gazetteer.entries.get(id)?.type === 'Person')) {
      const next = tokens[i + best.length];
      const after = tokens[i + best.length + 1];
      if (next?.text === '-' && after && !after.capitalised && next.start === tokens[i + best.length - 1]?.end) best = undefined;
    }
    if (best) {
      found.push({ i, match: best, sentence });
      i += best.length;
    } else {
      i++;
    }
  }
  // Unambiguous mentions first: they settle the ambiguous ones.
  const known = new Set<string>();
  for (const { match } of found) if (match.entryIds.length === 1) known.add(match.entryIds[0] ?? '');
  const mentions: LinkedMention[] = [];
  for (const { i: at, match, sentence } of found) {
    const entityId = match.entryIds.length === 1 ? match.entryIds[0] ?? '' : settleAmbiguity(match.entryIds, tokens, at, match.length, known, gazetteer);
    const entry = gazetteer.entries.get(entityId);
    const first = tokens[at];
    const last = tokens[at + match.length - 1];
    if (!entry || !first || !last) continue;
    if (ofAnotherCountry(entry, tokens, at)) continue;
    const start = first.start;
    const end = last.end - (match.trimEnd ?? 0);
    const mention: LinkedMention = {
      entityId, type: entry.type, text: input.text.slice(start, end), start, end, rule: match.rule, sentence,
      tokenStart: at, tokenEnd: at + match.length,
    };
    if (match.alias !== undefined) mention.alias = match.alias;
    mentions.push(mention);
  }
  return mentions;
}

/**
 * An agency of one country named with another's nationality: "the Dutch Ministry of
 * Economic Affairs" is not Taiwan's. The name is left to new-entity detection.
 */
function ofAnotherCountry(entry: GazetteerEntryLike, tokens: readonly Token[], at: number): boolean {
  if (entry.type !== 'Government' || !entry.country || entry.kind === 'STATE' || entry.kind === 'BLOC') return false;
  const before = tokens[at - 1];
  const named = before && before.end <= (tokens[at]?.start ?? 0) ? NATIONALITY_ADJECTIVES.get(before.folded) : undefined;
  return named !== undefined && named !== 'EU' && named !== entry.country;
}

function settleAmbiguity(ids: readonly string[], tokens: readonly Token[], at: number, length: number, known: ReadonlySet<string>, gazetteer: Gazetteer): string {
  let bestId = ids[0] ?? '';
  let bestScore = -Infinity;
  for (const id of ids) {
    const entry = gazetteer.entries.get(id);
    if (!entry) continue;
    let score = known.has(id) ? 2 : 0;
    const cues = TYPE_CUES[entry.type];
    for (let k = Math.max(0, at - 3); k < Math.min(tokens.length, at + length + 3); k++) {
      if (k >= at && k < at + length) continue;
      if (cues.has(tokens[k]?.folded ?? '')) score += 1;
    }
    if (score > bestScore) { bestScore = score; bestId = id; }
  }
  return bestId;
}
