/**
 * The gazetteer: every known entity's names compiled into an index of folded token sequences, so
 * that linking walks the article's tokens once instead of trying each alias in turn.
 *
 * Entries come from `seed/knowledge/*.json` offline (`load-gazetteer.ts`) or from Neo4j on the
 * server; both produce the same `GazetteerEntry` objects.
 */
import type { EntityType, PolicyKind } from '../../schema/vocabulary.ts';
import { fold } from '../../schema/fold-text.ts';
import { NATIONALITY_ADJECTIVES } from './government-metonymy.ts';
import { tokenize } from './tokenize.ts';

export interface GazetteerEntry {
  id: string;
  type: EntityType;
  name: string;
  /** Every other name, in any language. The display name is added automatically. */
  aliases: string[];
  /** Policy kind (EXPORT_CONTROL, INVESTIGATION…) or government kind (STATE, AGENCY…). */
  kind?: PolicyKind | string;
  /** Policy: ids of governments, companies and chips that issue it or that it targets. */
  actors?: string[];
  /** Policy: ids of the governments that issue (or rescind) it, a subset of `actors`. */
  issuers?: string[];
  /** Policy: its ISO dates (announced, effective, ended). */
  dates?: string[];
  /** Its description (and a policy's summary): the words `policy-topics.ts` reads what a policy is about from. */
  about?: string;
  /** Government: ISO 3166 alpha-2 code of its state ("US", "CN"). */
  country?: string;
  /** Government: id of the state (or body) it belongs to. */
  partOf?: string;
  /** Company: its sector (FOUNDRY, CHIP_DESIGNER…). */
  sector?: string;
  /** Chip: the companies a curated source says make, design or fabricate it ("MAKES|nvidia"). */
  makers?: string[];
  /** Company: the state a curated source says it is headquartered in ("us-government"). */
  home?: string;
  /** Person: the companies and governments a curated source says they lead. */
  leads?: string[];
}

/**
 * How strictly an alias's letter case must be respected:
 * - `exact`: short acronyms ("US", "CAC", "AMD") must appear exactly so ("us" is a pronoun);
 * - `capitalised`: proper names ("Arm", "Ascend") must not appear all in lower case;
 * - `any`: descriptive names ("gouvernement chinois", "Trump administration").
 */
export type CaseRule = 'exact' | 'capitalised' | 'any';

export interface AliasPattern {
  /** Folded tokens of the alias. */
  tokens: string[];
  /** Tokens as written in the alias, for the `exact` rule. */
  written: string[];
  caseRule: CaseRule;
  alias: string;
  /** Entries that carry this alias (more than one when it is ambiguous). */
  entryIds: string[];
}

export interface Gazetteer {
  entries: ReadonlyMap<string, GazetteerEntry>;
  /** Names of companies, governments, chips and persons, by first folded token, longest first. */
  names: ReadonlyMap<string, AliasPattern[]>;
  /** Names of policies, matched by `find-policies.ts` only (many are common phrases). */
  policyNames: ReadonlyMap<string, AliasPattern[]>;
  /** State-level government of each country code. */
  stateOfCountry: ReadonlyMap<string, string>;
}

/** Lower-case only: "La Haye" and "The Hague" keep theirs. */
const LEADING_ARTICLE = /^(?:the|le|la|les|l['’])\s*/;

/** Aliases as a person would type them, without a parenthetical remark or leading article. */
function cleanAlias(alias: string): string {
  return alias.replace(/\s*\([^)]*\)\s*/g, ' ').trim().replace(LEADING_ARTICLE, '').trim();
}

function caseRuleOf(written: string[]): CaseRule {
  const words = written.filter((token) => /[\p{L}\p{N}]/u.test(token));
  if (words.length === 1) {
    const word = words[0] ?? '';
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && letters.length <= 5 && letters === letters.toUpperCase() && !/\d/.test(word)) return 'exact';
    if (/\p{Lu}/u.test(word)) return 'capitalised';
    return 'any';
  }
  if (words.length > 1 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word))) return 'capitalised';
  return 'any';
}

function addPattern(index: Map<string, AliasPattern[]>, alias: string, entryId: string): void {
  const tokens = tokenize(alias);
  if (tokens.length === 0) return;
  const folded = tokens.map((token) => token.folded);
  const written = tokens.map((token) => token.text);
  const caseRule = caseRuleOf(written);
  const first = folded[0] ?? '';
  const list = index.get(first) ?? [];
  const key = folded.join(' ');
  const existing = list.find((pattern) => pattern.tokens.join(' ') === key && pattern.caseRule === caseRule
    && (caseRule !== 'exact' || pattern.written.join(' ') === written.join(' ')));
  if (existing) {
    if (!existing.entryIds.includes(entryId)) existing.entryIds.push(entryId);
    return;
  }
  list.push({ tokens: folded, written, caseRule, alias, entryIds: [entryId] });
  index.set(first, list);
}

export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  const names = new Map<string, AliasPattern[]>();
  const policyNames = new Map<string, AliasPattern[]>();
  const stateOfCountry = new Map<string, string>();
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const entry of sorted) {
    byId.set(entry.id, entry);
    const index = entry.type === 'Policy' ? policyNames : names;
    const aliases = new Set<string>();
    const name = cleanAlias(entry.name);
    if (entry.type !== 'Policy' || name.split(/\s+/).length <= 5) aliases.add(name);
    for (const alias of entry.aliases) aliases.add(cleanAlias(alias));
    for (const alias of [...aliases]) for (const variant of genderVariants(alias)) aliases.add(variant);
    for (const alias of aliases) if (alias.length > 0) addPattern(index, alias, entry.id);
    if (entry.type === 'Government' && entry.country && (entry.kind === 'STATE' || entry.kind === 'BLOC') && !stateOfCountry.has(entry.country)) {
      stateOfCountry.set(entry.country, entry.id);
    }
  }
  for (const index of [names, policyNames]) {
    for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || (a.alias < b.alias ? -1 : 1));
  }
  return { entries: byId, names, policyNames, stateOfCountry };
}

/**
 * A French alias with a nationality adjective in the other gender: "ministre néerlandais du Commerce
 * extérieur" is also "ministre néerlandaise du Commerce extérieur" (the minister's gender changes
 * with the person, the ministry stays the same); "régulateur chinois" / "autorité chinoise".
 */
export function genderVariants(alias: string): string[] {
  const out: string[] = [];
  for (const match of alias.matchAll(/\p{L}[\p{L}-]*/gu)) {
    const word = match[0];
    const folded = fold(word);
    if (!NATIONALITY_ADJECTIVES.has(folded)) continue;
    const other = NATIONALITY_ADJECTIVES.has(`${folded}e`) ? `${word}e`
      : folded.endsWith('enne') && NATIONALITY_ADJECTIVES.has(folded.slice(0, -2)) ? word.slice(0, -2)
        : folded.endsWith('en') && NATIONALITY_ADJECTIVES.has(`${folded}ne`) ? `${word}ne`
          : folded.endsWith('e') && !folded.endsWith('ee') && NATIONALITY_ADJECTIVES.has(folded.slice(0, -1)) ? word.slice(0, -1) : undefined;
    if (other) out.push(`${alias.slice(0, match.index)}${other}${alias.slice((match.index ?? 0) + word.length)}`);
  }
  return out;
}

/** Whether the folded forms agree; exposed for the matchers. */
export function sameFolded(a: string, b: string): boolean {
  return fold(a) === fold(b);
}
