/**
 * Stand-ins: words that name no entity but stand for one named before, added to a sentence's
 * mentions (marked `pseudo`) so that every family reads them like names.
 *
 * - Anaphora: "the chip", "la puce", "the company", "l'entreprise", "le groupe", "the rule", "cette
 *   mesure", and a subject pronoun that launches or sells a product ("it released the B30A", "il a
 *   mis sur le marché l'A800") stand for the salient entity of their type (`ArticleContext.salient`);
 *   one that names a nationality ("the American company") never for a company the knowledge base
 *   places in another state.
 * - Agencies: "the department", "le régulateur" stand for the last agency of that kind named.
 * - Home cities: "le groupe de Santa Clara", "the Boise, Idaho-based company" stand for the one
 *   recent company, else the one company named before whose recorded home is the city's state.
 * - Plural groups: "both firms", "les deux sociétés", "the two accelerators", "les deux puces" stand
 *   for the two companies (or chips) of the sentence before, as one group.
 */
import type { EntityType } from '../../../schema/vocabulary.ts';
import type { Sentence } from '../split-sentences.ts';
import type { ArticleContext, RelationMention } from './sentence-view.ts';
import { NATIONALITY_ADJECTIVES } from '../government-metonymy.ts';
import { PLACES } from './nationality.ts';

/**
 * A company word and its home city (folded): "le groupe de Santa Clara", "la jeune pousse de
 * Hangzhou", "the Santa Clara company", "the Suwon-based group", "the Boise, Idaho-based company".
 * The place is in group 1, 2 or 3.
 */
const PLACE_NAMES = [...PLACES.keys()].map((place) => place.replace(/[.]/g, '\\.')).join('|');
const COMPANY_WORDS = 'company|firm|group|chipmaker|giant|designer|foundry|manufacturer|maker|chip designer|memory maker|toolmaker';
const COMPANY_OF_PLACE = new RegExp(`(?<![\\p{L}])(?:(?:le|la|the|du|de la|au|l') ?(?:groupe|geant|societe|fabricant|fondeur|concepteur|jeune pousse|start-up|firme|entreprise)(?: de (?:puces|semi-conducteurs|memoires?|processeurs|composants)| d'equipements)? (?:de |d')(${PLACE_NAMES})|the (${PLACE_NAMES}) (?:${COMPANY_WORDS})|the (?:[a-z. ]{2,20}, )?(${PLACE_NAMES})-based (?:${COMPANY_WORDS}))(?![\\p{L}])`, 'gu');

/** Words for an agency that stand for the last one named ("the department", "le ministère"; folded). */
const AGENCY_WORDS = /(?:^|[^a-z])(?:the (?:department|agency|ministry|bureau|regulator|administration)|(?:le|du) (?:departement|ministere|regulateur|bureau)|l'agence|(?:la|de la) commission)(?=[^a-z]|$)/g;

/** The kinds of agency each word may stand for. */
const AGENCY_KINDS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/regulat/, ['REGULATOR']],
  [/minist/, ['MINISTRY']],
  [/departement|department/, ['MINISTRY', 'AGENCY']],
  [/commission/, ['EXECUTIVE', 'REGULATOR', 'LEGISLATURE']],
  [/bureau|agenc/, ['AGENCY', 'REGULATOR']],
];
/** A word after the agency word that makes it the start of another body's name ("la commission spéciale de la Chambre"). */
const ANOTHER_BODY = /^\s+(?:speciale|special|select|of|de|du|des|d')(?![a-z])/;

const ANAPHORA: ReadonlyArray<{ type: EntityType; pattern: RegExp }> = [
  { type: 'Chip', pattern: /(?<![\p{L}])(?:the (?:chip|chips|accelerator|processor|gpu)|la puce|cette puce|ces puces|ce processeur|cet accelerateur|the same chip)(?![\p{L}])/gu },
  { type: 'Company', pattern: /(?<![\p{L}])(?:the (?:company|chipmaker|firm|group|chip designer|american company|us company)|l'entreprise|la societe|le fabricant|l'americain|le groupe americain|le groupe(?! (?:de|d'|des|du)\s))(?![\p{L}])/gu },
  // A subject pronoun that launches or sells a product: "il a mis sur le marché l'A800", "it released the B30A".
  { type: 'Company', pattern: /(?<![\p{L}'])(?:il|elle|it)(?=\s+(?:(?:a|avait|aura|has|had|then|alors|also|aussi|later|ensuite|soon)\s+){0,2}(?:mis sur le marche|lance|presente|devoile|commercialise|vend|launched|released|unveiled|introduced|rolled out|began (?:selling|shipping)|sells|ships)(?![\p{L}]))/gu },
  { type: 'Policy', pattern: /(?<![\p{L}])(?:(?:the|that|this) (?:rule|rules|measure|requirement|ban)|(?:la|cette) (?:regle|mesure|interdiction))(?![\p{L}])/gu },
];

/** The state of a home city or region ("santa clara" → us-government; folded). */
function stateOfPlace(place: string | undefined, ctx: ArticleContext): string | undefined {
  const country = place ? PLACES.get(place) : undefined;
  return country ? ctx.gazetteer.stateOfCountry.get(country) : undefined;
}

/** The one company the article named before `offset` whose recorded home is the state of `place`. */
function companyAtHome(place: string | undefined, offset: number, ctx: ArticleContext): string | undefined {
  const state = stateOfPlace(place, ctx);
  return state ? companyOfState(state, offset, ctx) : undefined;
}

/** The state a nationality word in a stand-in names ("the american company"; folded). */
function stateOfWords(words: string, ctx: ArticleContext): string | undefined {
  for (const word of words.split(/[\s']+/)) {
    const country = NATIONALITY_ADJECTIVES.get(word);
    if (country) return ctx.gazetteer.stateOfCountry.get(country);
  }
  return undefined;
}

/** The one company the article named before `offset` whose recorded home is `state`. */
function companyOfState(state: string, offset: number, ctx: ArticleContext): string | undefined {
  const ids = new Set(ctx.mentions.filter((m) => m.type === 'Company' && !m.pseudo && m.end <= offset && ctx.gazetteer.entries.get(m.entityId)?.home === state).map((m) => m.entityId));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** Two chips referred to together (folded): "both chips", "the two accelerators", "les deux puces". */
const PLURAL_CHIPS = /(?<![\p{L}])(?:both(?: [a-z-]+){0,1} (?:chips|accelerators|processors|gpus|parts)|the two(?: [a-z-]+){0,1} (?:chips|accelerators|processors|gpus)|(?:les|ces) deux(?: [a-z-]+){0,1} (?:puces|accelerateurs|processeurs|gpu)|l'une et l'autre|(?<=(?:bought|ordered|purchased|buy|order|sold|sell|shipped|ship|stockpiled|acquired|used|use) )both(?= (?:in|at|for|of them|to|from)\b|\s*[.,;]))(?![\p{L}])/gu;

/** Two companies referred to together (folded): "both firms", "the two Shanghai-based groups", "les deux sociétés". */
const PLURAL_COMPANIES = /(?<![\p{L}])(?:both(?: [a-z-]+){0,2} (?:firms|companies|groups|chipmakers|designers|makers)|the two(?: [a-z-]+){0,2} (?:firms|companies|groups|chipmakers|designers)|(?:les|ces) deux(?: [a-z-]+){0,2} (?:societes|entreprises|groupes|concepteurs|firmes|fabricants)(?: [a-z-]+)?)(?![\p{L}])/gu;

export interface SentenceWithStandIns {
  /** The sentence's own mentions, then its stand-ins in the order found (not sorted). */
  mentions: RelationMention[];
  /** The stand-ins of each plural phrase, which make one coordination group. */
  pluralGroups: RelationMention[][];
}

/** The sentence's mentions (`named`) with the stand-ins its folded text holds. */
export function withStandIns(sentence: Sentence, folded: string, named: readonly RelationMention[], ctx: ArticleContext): SentenceWithStandIns {
  const ms: RelationMention[] = [...named];
  // Anaphora: "the chip", "l'entreprise" stand for the salient chip or company named before.
  for (const { type, pattern } of ANAPHORA) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(folded)) !== null) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (ms.some((m) => m.start < end && start < m.end)) continue;
      let antecedent = ctx.salient(type, start);
      // "The American company", "le groupe américain": not a company the knowledge base places in another state.
      const state = type === 'Company' ? stateOfWords(match[0], ctx) : undefined;
      const home = antecedent ? ctx.gazetteer.entries.get(antecedent.entityId)?.home : undefined;
      if (state && home && home !== state) {
        const other = companyOfState(state, start, ctx);
        antecedent = other ? ctx.mentions.find((m) => m.entityId === other && m.end <= start) : undefined;
      }
      // A list is no rule nor requirement: "the rule's reach" after "the Entity List" stands for nothing read yet.
      if (antecedent && type === 'Policy' && ctx.gazetteer.entries.get(antecedent.entityId)?.kind === 'LIST' && /(?:rule|regle|requirement)/.test(match[0])) continue;
      if (antecedent) ms.push({ entityId: antecedent.entityId, type, start, end, sentence: sentence.index, text: ctx.text.slice(start, end), pseudo: true });
    }
  }
  // "The department tightened the rules", "le régulateur a demandé": the last agency named in the three sentences before.
  for (const match of folded.matchAll(AGENCY_WORDS)) {
    const start = sentence.start + (match.index ?? 0) + (match[0].length - match[0].trimStart().length);
    const end = sentence.start + (match.index ?? 0) + match[0].length;
    if (ms.some((m) => m.start < end && start < m.end)) continue;
    if (ANOTHER_BODY.test(folded.slice(end - sentence.start, end - sentence.start + 12))) continue;
    // "le Bureau de l'industrie et de la sécurité (BIS), l'agence du département…" is an apposition, not a stand-in.
    if (ms.some((m) => m.type === 'Government' && m.end <= start && /^[\s,()]*$/.test(ctx.text.slice(m.end, start)))) continue;
    // The word says which kind of agency: "the regulator" is the last regulator named, "the ministry" the last ministry.
    const kinds = AGENCY_KINDS.find(([word]) => word.test(match[0]))?.[1];
    const agency = [...ctx.governmentsBefore(start, 3)].reverse().find((m) => {
      const kind = String(ctx.gazetteer.entries.get(m.entityId)?.kind);
      return kind !== 'STATE' && kind !== 'BLOC' && (!kinds || kinds.includes(kind));
    });
    if (agency) ms.push({ entityId: agency.entityId, type: 'Government', start, end, sentence: sentence.index, text: ctx.text.slice(start, end), pseudo: true });
  }
  // "le groupe de Santa Clara": the one company of the previous sentence and this one so far, else
  // the one company named before whose home, as the knowledge base records it, is the city's state.
  COMPANY_OF_PLACE.lastIndex = 0;
  for (const match of folded.matchAll(COMPANY_OF_PLACE)) {
    const start = sentence.start + (match.index ?? 0);
    const end = start + match[0].length;
    if (ms.some((m) => m.start < end && start < m.end)) continue;
    const recent = [...new Set(ctx.companiesBefore(start, 1).map((m) => m.entityId))];
    const place = match[1] ?? match[2] ?? match[3];
    // The one recent company, unless the knowledge base puts its home in another state than the city's.
    const home = recent.length === 1 && recent[0] ? ctx.gazetteer.entries.get(recent[0])?.home : undefined;
    const company = recent.length === 1 && (!home || home === stateOfPlace(place, ctx)) ? recent[0] : companyAtHome(place, start, ctx);
    if (company) ms.push({ entityId: company, type: 'Company', start, end, sentence: sentence.index, text: ctx.text.slice(start, end), pseudo: true });
  }
  // "Both firms", "les deux sociétés": the two companies of the sentence before, as one group.
  // "Les deux puces", "both chips": the two chips of the sentence before, in the same way.
  const pluralGroups: RelationMention[][] = [];
  for (const [type, pattern] of [['Company', PLURAL_COMPANIES], ['Chip', PLURAL_CHIPS]] as const) {
    pattern.lastIndex = 0;
    let plural: RegExpExecArray | null;
    while ((plural = pattern.exec(folded)) !== null) {
      const start = sentence.start + plural.index;
      const end = start + plural[0].length;
      if (ms.some((m) => m.start < end && start < m.end && !m.pseudo)) continue;
      const previous = ctx.mentions.filter((m) => m.type === type && !m.pseudo && m.sentence === sentence.index - 1);
      const ids = [...new Set(previous.map((m) => m.entityId))];
      if (ids.length !== 2) continue;
      const group = ids.map((entityId) => ({ entityId, type, start, end, sentence: sentence.index, text: ctx.text.slice(start, end), pseudo: true }));
      ms.push(...group);
      pluralGroups.push(group);
    }
  }
  return { mentions: ms, pluralGroups };
}
