/**
 * Policies: the noun phrases an article uses for an export control, a licence requirement, a
 * ban, an investigation, a levy or revenue share, a guidance, a list or a law. Each is linked to
 * a known Policy when their kinds agree and the actors named nearby (governments, companies,
 * chips) are the policy's own, and its dates do not postdate the article; otherwise, when the
 * text names it or says who issues it, it is proposed as a new Policy with its kind and actors.
 */
import type { PolicyKind } from '../../schema/vocabulary.ts';
import type { Gazetteer, GazetteerEntry } from './build-gazetteer.ts';
import type { LinkedMention } from './link-entities.ts';
import type { Sentence } from './split-sentences.ts';
import { fold, foldKeepingOffsets, slugify } from '../../schema/fold-text.ts';
import type { Token } from './tokenize.ts';
import { NATIONALITY_ADJECTIVES } from './government-metonymy.ts';
import { policyTopics, topicOverlap, topicWords } from './policy-topics.ts';

export interface PolicyMention {
  entityId: string;
  isNew: boolean;
  kind: PolicyKind;
  name: string;
  text: string;
  start: number;
  end: number;
  sentence: number;
  rule: string;
  alias?: string;
  /** New policies: the governments issuing it and what it targets, as read in its sentence. */
  actors?: string[];
}

export interface FindPoliciesInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly LinkedMention[];
  gazetteer: Gazetteer;
  /** ISO date of the article: a known policy announced well after it is not the one meant. */
  articleDate?: string;
}

interface PhrasePattern {
  id: string;
  kind: PolicyKind;
  pattern: RegExp;
  /** Only links to a known policy; never proposes a new one (verbs, very generic words). */
  linkOnly?: boolean;
}

const P = (id: string, kind: PolicyKind, source: string, linkOnly = false): PhrasePattern => ({
  id, kind, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu'), linkOnly,
});

/** Trigger phrases on folded text (lower case, no accents, plain apostrophes). */
const PHRASES: readonly PhrasePattern[] = [
  P('en.licence-need', 'LICENCE_REQUIREMENT', "(?:need|needs|needed|require|requires|required|requiring|must (?:obtain|get|seek)|to obtain|to seek|apply for|applied for) (?:an? |special )?(?:export )?(?:licen[cs]es?|permits?)", true),
  P('fr.licence-need', 'LICENCE_REQUIREMENT', "(?:besoin d'une|obtenir une|demander une|solliciter une|doivent obtenir une|devra obtenir une) (?:licence|autorisation)(?: d'exportation)?", true),
  P('en.licence-requirement', 'LICENCE_REQUIREMENT', "prior authori[sz]ation|permit (?:rule|requirement|regime)|licensing regime|(?:export )?licen[cs]e requirements?|requirements? (?:for|of) (?:an? )?(?:export )?licen[cs]es?|new (?:export )?requirements"),
  P('fr.licence-requirement', 'LICENCE_REQUIREMENT', "exigences? de licence|obligation de licence|autorisation prealable|regime (?:[a-z]+ )?de licences?(?: d'exportation)?|soumise?s? a (?:une )?licence|soumettre a (?:une )?licence|licences? pour (?:pouvoir )?exporter|licences? (?:d'|pour (?:toute |l')?)exportations?(?: d[ue]s? (?:la |l')?[a-z0-9-]+)?"),
  P('en.export-control', 'EXPORT_CONTROL', "export[- ]controls?(?! (?:agency|agencies|officials?|chief|regime|enforcement|authorit(?:y|ies)|lawyers?|experts?|policy|bod(?:y|ies)|bureau|administrator|law|laws|system)(?![a-z]))|export restrictions?|export curbs?|controls on (?:chip|semiconductor|ai)[a-z-]* ?(?:exports|tools|sales)?|chip controls"),
  P('fr.export-control', 'EXPORT_CONTROL', "(?:controles?|restrictions?) (?:a|sur) l'exportation|(?:controles?|restrictions?) (?:des|aux|sur les) exportations"),
  P('en.ban', 'BAN', "export bans?|sales? bans?|ban on [a-z]+|embargo"),
  P('fr.ban', 'BAN', "interdictions? (?:d'exportation|de vente|d'achat|d'exporter|d'importer)|embargo"),
  P('en.investigation', 'INVESTIGATION', "(?:(?:anti-?dumping|anti-?discrimination|antitrust|anti-?monopoly|security|national security|cybersecurity) )?(?:investigation|probe|inquiry|review)|summons"),
  P('fr.investigation', 'INVESTIGATION', "enquetes?(?: (?:antitrust|antidumping|anti-dumping|anti-discrimination|de securite))?|convocation"),
  P('en.investigation-verb', 'INVESTIGATION', "summoned|investigating|probing", true),
  P('fr.investigation-verb', 'INVESTIGATION', "(?:a|ont|avait|avaient) convoque|convoquee?s?", true),
  P('en.revenue-share', 'REVENUE_SHARE', "revenue[- ]shar(?:e|ing)(?: (?:arrangement|deal|agreement))?|\\d+ ?% (?:cut|share) of (?:the |its |their )?(?:[a-z]+ )?(?:revenue|sales)|\\d+ ?% of (?:the |their )?(?:[a-z0-9 ]{0,20})?revenues? from|(?<=(?:pay|pays|paid|paying|hand over|hands over|handing over|give|gives|remit|remits|share|shares|surrender|surrenders)\\s(?:[a-z]+\\s){0,3})\\d+ ?% of (?:the |its |their )?(?:[a-z0-9 ]{0,20})?revenues?|export (?:licen[cs]e )?fee|levy"),
  P('fr.revenue-share', 'REVENUE_SHARE', "(?:accord de )?partage (?:de |des )(?:\\d+ ?% des )?revenus|partager une partie (?:de ses|des) revenus|part des revenus|commission de \\d+ ?%|prelevement"),
  P('en.guidance', 'GUIDANCE', "(?:window )?guidance|directive to avoid|warnings? from (?:the )?regulators"),
  P('fr.guidance', 'GUIDANCE', "notes? d'orientation|consignes?|(?:les |des |ces |nouvelles |de nouvelles )directives|mises? en garde(?: des regulateurs)?"),
  P('en.list', 'LIST', "entity list|unverified list|trade blacklist|blacklist"),
  P('fr.list', 'LIST', "liste noire|liste des entites"),
  P('en.tariff', 'TARIFF', "tariffs?|import dut(?:y|ies)"),
  P('fr.tariff', 'TARIFF', "droits de douane|surtaxes?"),
  P('en.subsidy', 'SUBSIDY', "subsid(?:y|ies)|grants? under"),
  P('fr.subsidy', 'SUBSIDY', "subventions?|aides? publiques?"),
  P('en.fdpr', 'EXPORT_CONTROL', "foreign direct product rules?|fdpr"),
  P('fr.fdpr', 'EXPORT_CONTROL', "regle (?:sur le |du )?produit direct etranger"),
  // Everyday words for a measure the article names elsewhere: they only link to a known policy.
  P('en.generic-measure', 'EXPORT_CONTROL', "(?:(?:new|latest|sweeping|tighter|updated|us|american|chip|export) )*(?:rules?|restrictions|controls|curbs|measures?|package(?: of (?:restrictions|controls))?|update|regulations?|sanctions|countermeasures)", true),
  P('fr.generic-measure', 'EXPORT_CONTROL', "(?:nouvelles? )?(?:regles?|reglementation|restrictions|mesures?|sanctions|contre-mesures|tour de vis|mise a jour(?: de (?:ses|leurs|ces) controles(?: a l'exportation)?)?|dispositif)", true),
  P('en.listing', 'LIST', "(?:black)?listings?|designations?|additions? to the entity list", true),
  P('fr.listing', 'LIST', "inscriptions?|ajouts? (?:a|sur) (?:la|l')", true),
  P('en.deal', 'REVENUE_SHARE', "arrangements?|deals?|agreements?", true),
  P('fr.deal', 'REVENUE_SHARE', "arrangements?|accords?", true),
  P('en.crackdown', 'BAN', "crackdowns?|inspections", true),
  P('fr.injunction', 'LICENCE_REQUIREMENT', "injonctions?", true),
  // "an equity stake of about 10%", "une participation de 9,9 %": a state's stake is a known measure when its sentence says whose.
  P('en.stake', 'SUBSIDY', "(?:equity )?stakes?", true),
  P('fr.stake', 'SUBSIDY', "(?:prise de )?participations?", true),
  P('en.generic-ban', 'BAN', "bans?|prohibitions?", true),
  P('fr.generic-ban', 'BAN', "interdictions?|bannissement", true),
  P('en.rescission', 'GUIDANCE', "rescission", true),
  // A measure told by its act ("the Commerce Department ordered TSMC to halt…", "China banned exports of
  // gallium…", "Pékin a interdit…"): only ever the known policy its sentence dates and whose issuer or targets it names.
  P('en.act-order', 'LICENCE_REQUIREMENT', "ordered(?= (?:[a-z0-9&.-]+ ){1,3}to (?:halt|stop|suspend|cease))", true),
  P('fr.act-order', 'LICENCE_REQUIREMENT', "(?:a|ont|avait) ordonne(?= a (?:[a-z0-9&.'-]+ ){1,3}(?:de |d')(?:cesser|suspendre|stopper|arreter|interrompre))", true),
  P('en.act-ban', 'BAN', "(?:banned|bans|barred|bars|prohibited|prohibits|blocked|blocks)(?= (?:the )?(?:exports?|sales?|shipments?|purchases?|imports?|(?:[a-z-]+ )?operators?))", true),
  P('fr.act-ban', 'BAN', "(?:a|ont|avait|avaient) interdit|interdisai(?:t|ent)|interdit desormais", true),
  P('en.act-warn', 'GUIDANCE', "warned(?= (?:that|companies|firms|chipmakers|businesses|users|buyers))", true),
  P('fr.act-warn', 'GUIDANCE', "(?:a|ont|avait) (?:mis en garde|averti)|met en garde", true),
];

/** Named laws, rules and lists, on the original text: "Chip Security Act", "AI Diffusion Rule". */
const NAMED_POLICY = /(?<![\p{L}\p{N}])((?:(?:\p{Lu}[\p{L}\p{N}-]*|of|on|for|the|and)\s+){0,6}\p{Lu}[\p{L}\p{N}-]*\s+(Act|Law|Rule|Regulation|List|Directive|Permit)(?:\s+(?:of\s+)?(?:19|20)\d\d)?)(?![\p{L}\p{N}])/gu;
const NAMED_KIND: Record<string, PolicyKind> = { Act: 'LAW', Law: 'LAW', Rule: 'EXPORT_CONTROL', Regulation: 'LAW', List: 'LIST', Directive: 'GUIDANCE', Permit: 'LICENCE_REQUIREMENT' };

/** Negations just before a phrase: "aucune interdiction", "no ban". */
const NEGATED_BEFORE = /(?:aucune?|pas d'|sans|no|without|not an?|volonte de|pret a|prete a|willing to|willingness to|offered to|proposed to|propose de)\s*$/;

/** Kinds that may name the same measure: an export control is often a licence requirement or a ban. */
const KIND_FAMILY: Partial<Record<PolicyKind, string>> = { EXPORT_CONTROL: 'export', LICENCE_REQUIREMENT: 'export', BAN: 'export' };

function kindsAgree(a: PolicyKind, b: string | undefined): boolean {
  if (!b) return true;
  if (a === b) return true;
  const family = KIND_FAMILY[a];
  return family !== undefined && family === KIND_FAMILY[b as PolicyKind];
}

/** Issuing verbs between a government and a new policy's phrase (folded). */
const ISSUER_BEFORE = /(?:imposed?|imposes|issued?|issues|announced?|announces|introduced?|opened?|opens|launched?|launches|adopted?|enacted?|unveiled?|added|passed|agreed|a (?:impose|lance|ouvert|adopte|annonce|publie|instaure|decide|adresse)|ont (?:impose|lance|ouvert|adopte|annonce|publie|adresse)|(?:impose|lance|ouvre|adopte|annonce|publie|instaure)n?t?)\b[^.;:]{0,60}$/;
const ISSUER_AFTER = /^[^.;:]{0,40}\b(?:by|par)\s*$/;

interface Phrase {
  start: number;
  end: number;
  kind: PolicyKind;
  rule: string;
  sentence: number;
  linkOnly: boolean;
  named?: string;
  aliasEntry?: string[];
  alias?: string;
}

export function findPolicies(input: FindPoliciesInput): PolicyMention[] {
  const { text, sentences } = input;
  const phrases: Phrase[] = [];
  for (const sentence of sentences) {
    const folded = foldKeepingOffsets(sentence.text);
    for (const { id, kind, pattern, linkOnly } of PHRASES) {
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(folded)) !== null) {
        if (NEGATED_BEFORE.test(folded.slice(Math.max(0, match.index - 20), match.index))) continue;
        phrases.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, kind, rule: id, sentence: sentence.index, linkOnly: linkOnly ?? false });
      }
    }
    NAMED_POLICY.lastIndex = 0;
    let named: RegExpExecArray | null;
    while ((named = NAMED_POLICY.exec(sentence.text)) !== null) {
      let name = named[1] ?? '';
      // Words that open a sentence or a question are not part of the name: "What the AI Diffusion Rule…", "Under the Chip Security Act".
      const lead = /^(?:(?:the|of|on|for|and|what|why|how|when|where|who|which|under|after|before|since|with|without|unlike|as|if|while|this|that|these|those|its|their|a|an|que|pourquoi|comment|quand|avec|sans|sous|apres|après|avant|depuis|le|la|les|ce|cette|ces|son|sa|ses)\s+)+/i.exec(name)?.[0].length ?? 0;
      name = name.slice(lead);
      if (name.split(/\s+/).length < 2) continue;
      const start = sentence.start + named.index + lead;
      phrases.push({ start, end: start + name.length, kind: NAMED_KIND[named[2] ?? 'Act'] ?? 'LAW', rule: 'named-policy', sentence: sentence.index, linkOnly: false, named: name });
    }
  }
  addAliasPhrases(input, phrases);
  // Longest phrase wins where phrases overlap; alias matches win ties.
  phrases.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || (a.aliasEntry ? -1 : 1));
  const kept: Phrase[] = [];
  for (const phrase of phrases) {
    const previous = kept[kept.length - 1];
    if (previous && phrase.start < previous.end) {
      // A known name wins over a phrase it covers, not over a longer one that holds it.
      if (!previous.aliasEntry && phrase.aliasEntry && phrase.start <= previous.start && phrase.end >= previous.end) kept[kept.length - 1] = phrase;
      continue;
    }
    kept.push(phrase);
  }
  const articleActors = new Set(input.mentions.map((mention) => mention.entityId));
  const bySentence = new Map<number, LinkedMention[]>();
  for (const mention of input.mentions) {
    const list = bySentence.get(mention.sentence) ?? [];
    list.push(mention);
    bySentence.set(mention.sentence, list);
  }
  const result: PolicyMention[] = [];
  for (const phrase of kept) {
    // A capitalised name that is already a known company, agency or chip is not a policy.
    if (phrase.named && !phrase.aliasEntry && input.mentions.some((m) => m.start < phrase.end && phrase.start < m.end)) continue;
    const sentenceMentions = bySentence.get(phrase.sentence) ?? [];
    // Everyday words ("the rules", "cette mesure") are a known policy only when their sentence
    // dates it and names its issuer or targets; otherwise they may refer back to one named before.
    const generic = GENERIC_RULES.has(phrase.rule) && !LISTING_RULES.has(phrase.rule);
    let linked = generic ? linkDescribedPolicy(phrase, sentenceMentions, input) : linkPolicy(phrase, sentenceMentions, articleActors, input);
    // "The US package … restricts exports of high-bandwidth memory": the measure whose own words surround it.
    let byTopic = false;
    if (!linked && !phrase.named && !phrase.aliasEntry) byTopic = (linked = linkByTopic(phrase, input)) !== undefined;
    if (generic && !linked) continue;
    // A curated alias that is also an everyday phrase ("contrôles à l'exportation") may mean
    // another policy of its kind: read it as the phrase when the alias's own policy does not fit.
    if (!linked && phrase.aliasEntry) {
      const plain = phrases.find((p) => !p.aliasEntry && p.start === phrase.start && p.end === phrase.end);
      if (plain) linked = linkPolicy(plain, sentenceMentions, articleActors, input) ?? linkDescribedPolicy(plain, sentenceMentions, input);
    }
    // "A sweeping set of export controls" published by a named issuer in a dated sentence.
    if (!linked && !generic && !phrase.named && !phrase.aliasEntry) linked = linkDescribedPolicy(phrase, sentenceMentions, input);
    const phraseText = text.slice(phrase.start, phrase.end);
    if (linked) {
      const mention: PolicyMention = {
        entityId: linked.id, isNew: false, kind: (linked.kind as PolicyKind | undefined) ?? phrase.kind, name: linked.name,
        text: phraseText, start: phrase.start, end: phrase.end, sentence: phrase.sentence, rule: phrase.aliasEntry ? 'alias' : byTopic ? `${phrase.rule}.topic` : phrase.rule,
      };
      if (phrase.alias) mention.alias = phrase.alias;
      result.push(mention);
      continue;
    }
    if (phrase.linkOnly || phrase.aliasEntry) continue;
    const issuer = findIssuer(phrase, sentenceMentions, input.sentences[phrase.sentence]);
    if (!phrase.named && !issuer) continue;
    const name = phrase.named ?? phraseText;
    const actors = [...new Set([...(issuer ? [issuer] : []), ...sentenceMentions.filter((m) => m.type === 'Chip' || m.type === 'Company').map((m) => m.entityId)])];
    result.push({
      entityId: slugify(name), isNew: true, kind: phrase.kind, name, text: phraseText, start: phrase.start, end: phrase.end,
      sentence: phrase.sentence, rule: phrase.rule, actors,
    });
  }
  // A verb ("summoned", "ont convoqué") only confirms a policy the article also names with a noun;
  // an everyday word ("the rules", "cette mesure") may stand for one that is named.
  const ruleOf = (p: PolicyMention): string => p.rule.replace(/\.topic$/, '');
  const named = new Set(result.filter((p) => !linkOnlyRules.has(ruleOf(p)) || GENERIC_RULES.has(ruleOf(p))).map((p) => p.entityId));
  const linked = result.filter((p) => !linkOnlyRules.has(ruleOf(p)) || named.has(p.entityId));
  return [...linked, ...resolveGenericPhrases(kept, linked, input)].sort((a, b) => a.start - b.start);
}

/** "Listing", "inscription": the addition to a list of a company the sentence names. */
const LISTING_RULES: ReadonlySet<string> = new Set(['en.listing', 'fr.listing']);
/** Everyday words that may stand for the measure an earlier sentence named. */
const GENERIC_RULES: ReadonlySet<string> = new Set(['en.generic-measure', 'fr.generic-measure', 'en.licence-need', 'fr.licence-need', 'en.listing', 'fr.listing', 'en.deal', 'fr.deal', 'en.crackdown', 'en.rescission', 'en.generic-ban', 'fr.generic-ban',
  'fr.injunction', 'en.stake', 'fr.stake', 'en.act-order', 'fr.act-order', 'en.act-ban', 'fr.act-ban', 'en.act-warn', 'fr.act-warn']);
/** Words for any agreement: they refer back to a revenue-share deal named before, never stand for one alone. */
const DEAL_RULES: ReadonlySet<string> = new Set(['en.deal', 'fr.deal']);
/** A determiner that makes an everyday word refer back: "these restrictions", "cette mesure", "the rules". */
const REFERS_BACK = /(?:^|\s)(?:the|these|those|this|that|such|its|their|ces|cette|ce|cet|la|le|les|l'|sa|ses|leur|leurs)\s*(?:(?:new|same|latest|nouvelles?|memes?)\s+)?$/;

/**
 * "Those restrictions", "cette mesure", "the listing": an everyday word left unlinked stands for the
 * last policy of a related kind named in the three sentences before it.
 */
function resolveGenericPhrases(phrases: readonly Phrase[], linked: readonly PolicyMention[], input: FindPoliciesInput): PolicyMention[] {
  const out: PolicyMention[] = [];
  for (const phrase of phrases) {
    if (!GENERIC_RULES.has(phrase.rule) || linked.some((p) => p.start === phrase.start)) continue;
    const before = foldKeepingOffsets(input.text.slice(Math.max(0, phrase.start - 16), phrase.start));
    const antecedent = REFERS_BACK.test(before)
      ? [...linked, ...out].filter((p) => p.end <= phrase.start && phrase.sentence - p.sentence <= 3 && mayStandFor(phrase, p.kind, input.text))
        .sort((a, b) => b.start - a.start)[0]
      : undefined;
    if (antecedent) {
      out.push({ ...antecedent, text: input.text.slice(phrase.start, phrase.end), start: phrase.start, end: phrase.end, sentence: phrase.sentence, rule: `${phrase.rule}.refers-back` });
      continue;
    }
    const same = sameWordsPolicy(phrase, linked, input);
    if (same) {
      out.push({ ...same, text: input.text.slice(phrase.start, phrase.end), start: phrase.start, end: phrase.end, sentence: phrase.sentence, rule: `${phrase.rule}.same-words` });
      continue;
    }
    // "The deal", "l'accord": every article has deals (a purchase, a merger, a stake); only a named one is a known measure.
    const only = REFERS_BACK.test(before) && !DEAL_RULES.has(phrase.rule) ? theOnlyPolicyOfItsActors(phrase, input) : undefined;
    if (only) {
      out.push({
        entityId: only.id, isNew: false, kind: (only.kind as PolicyKind | undefined) ?? phrase.kind, name: only.name,
        text: input.text.slice(phrase.start, phrase.end), start: phrase.start, end: phrase.end, sentence: phrase.sentence, rule: `${phrase.rule}.actors`,
      });
    }
  }
  return out;
}

/**
 * "The ban" in an article about the CAC and Micron: the one known measure of that kind whose
 * issuer and whose named targets (companies or chips) the article both names, issued at most three
 * years before the article when its date is known.
 */
function theOnlyPolicyOfItsActors(phrase: Phrase, input: FindPoliciesInput): GazetteerEntry | undefined {
  const { gazetteer } = input;
  const named = new Set(input.mentions.map((m) => m.entityId));
  const articleYear = Number(input.articleDate?.slice(0, 4));
  const fits = policiesOf(gazetteer).filter((entry) => {
    // Only a word of one kind ("the ban", "the inquiry"): "the controls" may mean any of a state's measures.
    if (phrase.kind === 'EXPORT_CONTROL' || phrase.kind !== entry.kind) return false;
    if (tooLate(entry, input.articleDate) || (Number.isFinite(articleYear) && yearsApart(entry, input.articleDate) > 3)) return false;
    const issued = (entry.issuers ?? []).some((issuer) => named.has(issuer));
    return issued && namedTargetsOf(entry, gazetteer).some((id) => named.has(id));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Words for restrictions, which stand for an export measure, a list or a law, never for a guidance, an inquiry or a rescission. */
const RESTRICTION_HEADS = new Set(['control', 'restriction', 'curb', 'rule', 'controle', 'regle']);
const RESTRICTING_KINDS: ReadonlySet<string> = new Set<PolicyKind>(['EXPORT_CONTROL', 'LICENCE_REQUIREMENT', 'BAN', 'LIST', 'LAW']);

/** Whether an everyday phrase may stand for an earlier policy of a kind: "those controls" for an export measure, "the measure" for any. */
function mayStandFor(phrase: Phrase, kind: PolicyKind | string | undefined, text: string): boolean {
  if (phrase.kind !== 'EXPORT_CONTROL') return kindsAgree(phrase.kind, kind);
  // A list is no rule, regulation, package or update ("the rule's reach" after "the Entity List").
  if (kind === 'LIST' && NOT_A_LIST.has(headWord(text.slice(phrase.start, phrase.end)))) return false;
  return !RESTRICTION_HEADS.has(headWord(text.slice(phrase.start, phrase.end))) || kind === undefined || RESTRICTING_KINDS.has(kind);
}

/** Head words (stemmed) of everyday phrases that never stand for a list. */
const NOT_A_LIST: ReadonlySet<string> = new Set(['rule', 'regulation', 'package', 'update', 'regle', 'reglementation']);

/** The head word of a phrase ("package" of "third major package of restrictions"), stemmed. */
function headWord(text: string): string {
  const words = fold(text).replace(/\s+(?:of|on|de|des|du|sur)\s.*$/, '').split(/[^a-z0-9-]+/).filter(Boolean);
  return (words[words.length - 1] ?? '').replace(/s$/, '');
}

/**
 * One measure per word in an article: an everyday phrase ("Washington unveiled its third major
 * package") is the policy that the article's other phrases with the same head word ("the US
 * package … restricts exports of high-bandwidth memory") were read as, when they all agree on one
 * and the government acting on this phrase is among its issuers.
 */
function sameWordsPolicy(phrase: Phrase, linked: readonly PolicyMention[], input: FindPoliciesInput): PolicyMention | undefined {
  const head = headWord(input.text.slice(phrase.start, phrase.end));
  // "Rules", "controls", "measures" name every kind of measure: only a rarer word ("package", "update") says it is the same one.
  if (head.length < 4 || RESTRICTION_HEADS.has(head) || head === 'measure' || head === 'mesure') return undefined;
  const alike = linked.filter((p) => !p.isNew && headWord(p.text) === head);
  const ids = new Set(alike.map((p) => p.entityId));
  if (ids.size !== 1) return undefined;
  const policy = alike[0];
  const entry = policy ? input.gazetteer.entries.get(policy.entityId) : undefined;
  if (!policy || !entry || !kindsAgree(phrase.kind, entry.kind)) return undefined;
  const acting = findIssuer(phrase, input.mentions.filter((m) => m.sentence === phrase.sentence), input.sentences[phrase.sentence]);
  if (acting && !shapeOf(entry, input.gazetteer).issuerStates.has(input.gazetteer.entries.get(acting)?.country ?? '')) return undefined;
  return policy;
}

const linkOnlyRules = new Set(PHRASES.filter((p) => p.linkOnly).map((p) => p.id));

function addAliasPhrases(input: FindPoliciesInput, phrases: Phrase[]): void {
  const { tokens, gazetteer, sentences } = input;
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || !token.isWord) continue;
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= token.start) s++;
    const sentence = sentences[s];
    if (!sentence || token.start < sentence.start) continue;
    for (const pattern of gazetteer.policyNames.get(token.folded) ?? []) {
      const last = tokens[i + pattern.tokens.length - 1];
      if (!last || last.end > sentence.end) continue;
      let ok = true;
      for (let j = 1; j < pattern.tokens.length && ok; j++) ok = tokens[i + j]?.folded === pattern.tokens[j];
      if (!ok) continue;
      const entry = gazetteer.entries.get(pattern.entryIds[0] ?? '');
      phrases.push({
        start: token.start, end: last.end, kind: (entry?.kind as PolicyKind | undefined) ?? 'EXPORT_CONTROL', rule: 'alias', sentence: s,
        linkOnly: false, aliasEntry: pattern.entryIds, alias: pattern.alias,
      });
      break;
    }
  }
}

/** Parent state of an agency, from the entry or from its country. */
export function parentOf(entry: GazetteerEntry | undefined, gazetteer: Gazetteer): string | undefined {
  if (!entry || entry.type !== 'Government') return undefined;
  if (entry.partOf) return entry.partOf;
  if (entry.kind === 'STATE' || entry.kind === 'BLOC' || !entry.country) return undefined;
  const state = gazetteer.stateOfCountry.get(entry.country);
  return state !== entry.id ? state : undefined;
}

/** "export controls" said of a body of rules ("administers export controls", "US export controls") names no one measure. */
const DETERMINER_BEFORE = /(?:^|\s)(?:the|these|those|its|their|new|les|des|ces|ses|leurs|la|le|l'|cette|ce|du|de la|nouvelles?|nouveaux)\s*$/;

function linkPolicy(phrase: Phrase, sentenceMentions: readonly LinkedMention[], articleActors: ReadonlySet<string>, input: FindPoliciesInput): GazetteerEntry | undefined {
  const { gazetteer } = input;
  const generic = !phrase.named && !(phrase.alias !== undefined && /[\p{Lu}\p{N}]/u.test(phrase.alias));
  if (generic && (phrase.kind === 'EXPORT_CONTROL' || phrase.rule.endsWith('export-control'))) {
    const before = foldKeepingOffsets(input.text.slice(Math.max(0, phrase.start - 20), phrase.start));
    if (!DETERMINER_BEFORE.test(before)) return undefined;
  }
  let best: GazetteerEntry | undefined;
  let bestScore = 0;
  const candidates = phrase.aliasEntry
    ? phrase.aliasEntry.map((id) => gazetteer.entries.get(id)).filter((e): e is GazetteerEntry => e !== undefined)
    : phrase.named ? policiesNamedLike(phrase.named, gazetteer) : [...gazetteer.entries.values()].filter((entry) => entry.type === 'Policy');
  if (phrase.named && candidates.length === 1) return candidates[0];
  const qualifiers = phrase.aliasEntry ? [] : qualifiersOf(input.text.slice(phrase.start, phrase.end));
  const sentence = input.sentences[phrase.sentence];
  const sentenceYears = statedYears(sentence?.text ?? '');
  const possessor = possessorOf(phrase, sentenceMentions, input.text);
  for (const entry of candidates) {
    if (!phrase.aliasEntry && !kindsAgree(phrase.kind, entry.kind)) continue;
    // "anti-dumping investigation" is not the security inquiry: its qualifiers must be the policy's words.
    if (qualifiers.length > 0) {
      const words = wordsOf(entry);
      if (!qualifiers.every((q) => words.has(q))) continue;
    }
    if (tooLate(entry, input.articleDate)) continue;
    // "China's ban": the state that owns the measure must be among its issuers.
    if (possessor && !(entry.issuers ?? []).some((i) => i === possessor.entityId || parentOf(gazetteer.entries.get(i), gazetteer) === possessor.entityId
      || gazetteer.entries.get(i)?.country === gazetteer.entries.get(possessor.entityId)?.country)) continue;
    // A sentence dated in other years than the policy's speaks of another measure ("China's ban … in 2024").
    if (!phrase.aliasEntry && sentenceYears.size > 0 && (entry.dates ?? []).length > 0 && !(entry.dates ?? []).some((d) => sentenceYears.has(d.slice(0, 4)))) continue;
    const actors = new Set(entry.actors ?? []);
    const widened = new Set(actors);
    for (const actor of actors) {
      let parent = parentOf(gazetteer.entries.get(actor), gazetteer);
      for (let depth = 0; parent && depth < 3; depth++) {
        widened.add(parent);
        parent = parentOf(gazetteer.entries.get(parent), gazetteer);
      }
    }
    const specificAlias = phrase.alias !== undefined && /[\p{Lu}\p{N}]/u.test(phrase.alias);
    // Issuers and their parents: a state named before the phrase stands where an issuer stands.
    const issuers = new Set(entry.issuers ?? []);
    for (const issuer of entry.issuers ?? []) {
      let parent = parentOf(gazetteer.entries.get(issuer), gazetteer);
      for (let depth = 0; parent && depth < 3; depth++) { issuers.add(parent); parent = parentOf(gazetteer.entries.get(parent), gazetteer); }
    }
    let overlap = 0;
    let targetOverlap = 0;
    let conflict = false;
    const seen = new Set<string>();
    for (const mention of sentenceMentions) {
      if (seen.has(mention.entityId)) continue;
      seen.add(mention.entityId);
      if (widened.has(mention.entityId)) {
        overlap++;
        if (mention.type !== 'Government') targetOverlap++;
      }
      else if (mention.type === 'Government') {
        const mentioned = gazetteer.entries.get(mention.entityId);
        const isState = mentioned?.kind === 'STATE' || mentioned?.kind === 'BLOC';
        const parent = parentOf(mentioned, gazetteer);
        // An agency that is not the policy's issuer means another measure when named before the phrase or as
        // its author ("the ban by the CAC"), not as a complement after it ("the summons cited calls by US lawmakers");
        // so does a foreign state before the phrase.
        const authorAfter = mention.start >= phrase.end && /^\s*(?:by|par|of|de|du|from)\s*(?:the\s*|la\s*|l'\s*)?$/.test(fold(input.text.slice(phrase.end, mention.start)));
        if ((!isState && !(parent && actors.has(parent)) && (mention.end <= phrase.start || authorAfter)) || (isState && mention.end <= phrase.start)) conflict = true;
      }
      const mentioned = gazetteer.entries.get(mention.entityId);
      // A state named before the phrase as the one it is aimed at ("the controls on China, including…") is no rival issuer.
      const aimedAt = /(?:^|\s)(?:on|to|against|into|for|sur|contre|vers|envers)\s*(?:the\s*)?$/.test(fold(input.text.slice(Math.max(0, mention.start - 12), mention.start)));
      if (mention.type === 'Government' && mention.end <= phrase.start && issuers.size > 0 && !issuers.has(mention.entityId)
        && (mentioned?.kind === 'STATE' || mentioned?.kind === 'BLOC') && !aimedAt) conflict = true;
    }
    if (conflict && !specificAlias) continue;
    // A measure aimed at named companies or chips is not meant by a sentence that names others and none of them.
    if (!specificAlias && !phrase.aliasEntry && (aimedAtOthers(entry, sentenceMentions, gazetteer) || aimedAtOthersInArticle(entry, input.mentions, gazetteer)
      || complementIsOther(phrase, entry, sentenceMentions, input.text))) continue;
    // Named only beside a government: the kinds must be the same, not merely related.
    if (!phrase.aliasEntry && targetOverlap === 0 && entry.kind !== phrase.kind) continue;
    let articleOverlap = 0;
    for (const actor of widened) if (articleActors.has(actor)) articleOverlap++;
    const sameYear = entry.dates?.some((date) => sentenceYears.has(date.slice(0, 4))) ? 1.5 : 0;
    const score = (phrase.aliasEntry ? 2 : 0) + (specificAlias ? 2 : 0) + overlap * 2 + articleOverlap * 0.5 + sameYear - yearsApart(entry, input.articleDate) * 0.1;
    // A listing is the addition of a company the sentence names, in the article's year or the one before.
    const listingDated = !LISTING_RULES.has(phrase.rule) || ((targetOverlap >= 1) && (sameYear > 0 || yearsApart(entry, input.articleDate) <= 1));
    const enough = listingDated && (specificAlias || overlap >= 1 || (phrase.aliasEntry !== undefined && articleOverlap >= 2));
    if (enough && score > bestScore) { best = entry; bestScore = score; }
  }
  return best;
}

/** The companies and chips among a policy's actors: whom a narrow measure is aimed at. */
function namedTargetsOf(entry: GazetteerEntry, gazetteer: Gazetteer): string[] {
  return (entry.actors ?? []).filter((id) => { const type = gazetteer.entries.get(id)?.type; return type === 'Company' || type === 'Chip'; });
}

/** Most companies and chips a measure aimed at named ones targets. */
const NARROW = 4;

/** Whether the policy targets named companies or chips and the text (a sentence, or the whole article) names only companies or chips it does not target. */
function aimedAtOthers(entry: GazetteerEntry, sentenceMentions: readonly LinkedMention[], gazetteer: Gazetteer): boolean {
  const aimedAt = namedTargetsOf(entry, gazetteer);
  // Only a narrow measure (a few companies or chips) says whom it is about; a broad package does not.
  if (aimedAt.length === 0 || aimedAt.length > NARROW) return false;
  const named = sentenceMentions.filter((m) => m.type === 'Company' || m.type === 'Chip');
  return named.length > 0 && !named.some((m) => aimedAt.includes(m.entityId));
}

/** Kinds of measure taken against a company or its products: an inquiry, a ban, a warning against buying. */
const AIMED_KINDS: ReadonlySet<string> = new Set<PolicyKind>(['INVESTIGATION', 'BAN', 'GUIDANCE']);

/** An inquiry or ban of named companies or chips is not what an article means that names others and never them. */
function aimedAtOthersInArticle(entry: GazetteerEntry, mentions: readonly LinkedMention[], gazetteer: Gazetteer): boolean {
  return AIMED_KINDS.has(entry.kind ?? '') && aimedAtOthers(entry, mentions, gazetteer);
}

/** "Its review of Micron", "une enquête sur Nvidia": a company or chip right after the phrase that the policy does not target means another measure. */
function complementIsOther(phrase: Phrase, entry: GazetteerEntry, sentenceMentions: readonly LinkedMention[], text: string): boolean {
  const next = sentenceMentions.find((m) => m.start >= phrase.end && m.start - phrase.end <= 14);
  if (!next || (next.type !== 'Company' && next.type !== 'Chip')) return false;
  if (!/^\s*(?:of|into|on|against|de|d'|du|sur|contre|visant)\s*(?:the\s+|la\s+|le\s+|l')?$/u.test(fold(text.slice(phrase.end, next.start)))) return false;
  return !(entry.actors ?? []).includes(next.entityId);
}

/** "China's ban": the government named in the possessive right before the phrase. */
function possessorOf(phrase: Phrase, mentions: readonly LinkedMention[], text: string): LinkedMention | undefined {
  return mentions.find((m) => m.type === 'Government' && m.end <= phrase.start && phrase.start - m.end <= 4
    && /^\s*['’]\s*s?\s*$/u.test(text.slice(m.end, phrase.start)));
}

/** The countries of the nationality adjectives in a folded text ("US rules", "les règles américaines"). */
function nationalitiesIn(folded: string): Set<string> {
  return new Set([...folded.matchAll(/[a-z-]+/g)].map((m) => NATIONALITY_ADJECTIVES.get(m[0])).filter((c): c is string => c !== undefined));
}

/**
 * The years a sentence dates its facts with, leaving out the start of a period of comparison ("its
 * third big set of restrictions since October 2022", "la plus forte hausse depuis 2019"): it dates
 * an earlier measure, not the one the sentence speaks of.
 */
function statedYears(text: string): Set<string> {
  const years = new Set<string>();
  for (const match of text.matchAll(/\b(?:19|20)\d\d\b/g)) {
    const before = fold(text.slice(Math.max(0, (match.index ?? 0) - 110), match.index));
    const comparison = /\b(?:first|second|third|fourth|fifth|latest|biggest|largest|toughest|broadest|most|least|troisieme|deuxieme|quatrieme|premiere?|plus|moins)\b[^.;:]{0,70}\b(?:since|depuis)\s+(?:[a-z]+\s+)?(?:\d{1,2}(?:er)?\s+)?(?:[a-z]+\s+)?$/;
    if (!comparison.test(before)) years.add(match[0]);
  }
  return years;
}

/** Month names (folded, English and French) -> month number. */
const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
}));

/**
 * An everyday word for a measure ("a new update of its export controls", "les règles américaines
 * d'octobre 2023", "l'interdiction des puces de Micron") linked to the known policy its sentence
 * describes: dated by the sentence (or the article) and named with its issuer (or a nationality
 * of the issuer's country) or its targets. The best candidate must lead clearly.
 */
function linkDescribedPolicy(phrase: Phrase, sentenceMentions: readonly LinkedMention[], input: FindPoliciesInput): GazetteerEntry | undefined {
  const { gazetteer } = input;
  const sentence = input.sentences[phrase.sentence];
  if (!sentence) return undefined;
  const folded = fold(sentence.text);
  const years = statedYears(sentence.text);
  const months = new Set([...folded.matchAll(/[a-z]+/g)].map((m) => MONTHS.get(m[0])).filter((m): m is number => m !== undefined));
  const articleYear = input.articleDate?.slice(0, 4);
  // "In November", in an article of January 2025: the last November before the article.
  const monthsBack = new Set<string>();
  if (years.size === 0 && articleYear && months.size > 0) {
    const articleMonth = Number(input.articleDate?.slice(5, 7));
    for (const month of months) monthsBack.add(`${Number(articleYear) - (Number.isFinite(articleMonth) && month > articleMonth ? 1 : 0)}-${String(month).padStart(2, '0')}`);
  }
  // "du 2 décembre", "on October 17": a day of a month, in a stated year or the last such month before the article.
  const days = new Set<string>();
  for (const m of folded.matchAll(/\b(\d{1,2})(?:er)?\s+([a-z]+)|\b([a-z]+)\s+(\d{1,2})(?!\d)/g)) {
    const month = MONTHS.get(m[2] ?? m[3] ?? '');
    const day = Number(m[1] ?? m[4]);
    if (!month || !(day >= 1 && day <= 31)) continue;
    const monthText = String(month).padStart(2, '0');
    const inYears = years.size > 0 ? [...years] : [...monthsBack].filter((ym) => ym.endsWith(`-${monthText}`)).map((ym) => ym.slice(0, 4));
    for (const year of inYears) days.add(`${year}-${monthText}-${String(day).padStart(2, '0')}`);
  }
  // A nationality in the phrase or just before it says whose measure it is ("US rules", "les règles américaines").
  const near = fold(input.text.slice(Math.max(sentence.start, phrase.start - 16), Math.min(sentence.end, phrase.end + 14)));
  const nationalities = nationalitiesIn(near);
  const possessor = possessorOf(phrase, sentenceMentions, input.text);
  const destination = (m: LinkedMention): boolean => /(?:^|\s)(?:to|into|against|on|vers|en|contre|sur|a|au|aux)\s*(?:the\s*)?$/.test(fold(input.text.slice(Math.max(sentence.start, m.start - 12), m.start)));
  const scored: Array<{ entry: GazetteerEntry; score: number }> = [];
  for (const entry of policiesOf(gazetteer)) {
    if (!(phrase.kind === entry.kind || kindsAgree(phrase.kind, entry.kind))) continue;
    if (tooLate(entry, input.articleDate) || aimedAtOthersInArticle(entry, input.mentions, gazetteer)) continue;
    const dates = entry.dates ?? [];
    const yearHit = dates.some((d) => years.has(d.slice(0, 4)));
    const monthHit = yearHit && dates.some((d) => months.has(Number(d.slice(5, 7))));
    const articleHit = !yearHit && years.size === 0 && articleYear !== undefined
      && (monthsBack.size > 0 ? dates.some((d) => monthsBack.has(d.slice(0, 7))) : dates.some((d) => d.startsWith(articleYear)));
    if (!yearHit && !articleHit) continue;
    const issuers = entry.issuers ?? [];
    const { issuerStates, targets } = shapeOf(entry, gazetteer);
    if (nationalities.size > 0 && ![...nationalities].some((c) => issuerStates.has(c))) continue;
    // "China's ban": the state that owns the measure must be one of its issuers' states.
    if (possessor && !issuerStates.has(gazetteer.entries.get(possessor.entityId)?.country ?? '')) continue;
    const isIssuer = (m: LinkedMention): boolean => !destination(m) && (issuers.includes(m.entityId) || issuers.includes(parentOf(gazetteer.entries.get(m.entityId), gazetteer) ?? '')
      || (m.type === 'Government' && issuerStates.has(gazetteer.entries.get(m.entityId)?.country ?? '')));
    // The issuer as the subject before the phrase says more than one named after it ("into line with Washington").
    const issuerBefore = sentenceMentions.some((m) => m.end <= phrase.start && isIssuer(m));
    const issuerNamed = issuerBefore || sentenceMentions.some(isIssuer);
    const nationality = [...nationalities].some((c) => issuerStates.has(c));
    const targetHits = new Set(sentenceMentions.filter((m) => targets.has(m.entityId)).map((m) => m.entityId)).size;
    if (!issuerNamed && !nationality && targetHits === 0) continue;
    // The very day a known measure was first announced is the strongest date a sentence gives (not the day it ended).
    const dayHit = days.has([...dates].sort()[0] ?? '');
    const score = (yearHit ? 2 : 1) + (monthHit ? 1 : 0) + (dayHit ? 2 : 0) + (issuerBefore || nationality ? 2 : issuerNamed ? 1.5 : 0) + Math.min(targetHits, 2);
    scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < 4 || (second && second.score >= best.score)) return undefined;
  return best.entry;
}

/** Kinds a policy may have for a phrase of a kind to name it: a ban is a ban; "rules", "controls" may be any export measure. */
function topicKindsAgree(phrase: PolicyKind, entry: string | undefined): boolean {
  if (!entry || phrase === entry) return true;
  if (phrase === 'BAN') return false;
  if (phrase === 'LICENCE_REQUIREMENT') return entry === 'EXPORT_CONTROL';
  return kindsAgree(phrase, entry);
}

/** Phrases that name one kind of act: the policy read for them must carry that word in its names ("rescission"). */
const NAMES_ITS_ACT: ReadonlyMap<string, string> = new Map([['en.rescission', 'rescission']]);

/** Phrases that only say something is needed ("need a licence"): read by topic only from their own sentence's words. */
const NEEDS_OWN_WORDS: ReadonlySet<string> = new Set(['en.licence-need', 'fr.licence-need']);

/** Least weight of a policy's rare words around a phrase for it to be read as that policy (about two rare words). */
const TOPIC_FLOOR = 4;

/**
 * An everyday phrase read as the known policy whose rare words its sentence and the sentences on
 * either side use ("the US package … high-bandwidth memory … chipmaking tools"), when that policy
 * leads every other clearly and nothing around the phrase contradicts it: its kind, its date (a
 * year stated nearby must be one of the policy's), its issuer (a nationality or possessor must be
 * its issuer's).
 */
function linkByTopic(phrase: Phrase, input: FindPoliciesInput): GazetteerEntry | undefined {
  const { gazetteer, sentences } = input;
  const sentence = sentences[phrase.sentence];
  if (!sentence) return undefined;
  const window = [sentences[phrase.sentence - 1], sentence, sentences[phrase.sentence + 1]].filter((s): s is Sentence => s !== undefined);
  const words = topicWords(window.map((s) => s.text).join(' '));
  const ownWords = topicWords(sentence.text);
  const years = new Set(window.flatMap((s) => s.text.match(/\b(?:19|20)\d\d\b/g) ?? []));
  const ownYears = new Set(sentence.text.match(/\b(?:19|20)\d\d\b/g) ?? []);
  const mentions = input.mentions.filter((m) => Math.abs(m.sentence - phrase.sentence) <= 1);
  // A nationality in or just before the phrase says whose measure it is; one after "on", "to" is its target.
  const near = fold(input.text.slice(Math.max(sentence.start, phrase.start - 16), phrase.end))
    + fold(input.text.slice(phrase.end, Math.min(sentence.end, phrase.end + 14))).replace(/^\s*(?:on|to|against|for|sur|contre|vers|envers|a l'egard)\b.*$/, '');
  const nationalities = nationalitiesIn(near);
  const possessor = possessorOf(phrase, mentions, input.text);
  // "Washington unveiled its package": the government the sentence says acts on it must be an issuer.
  const acting = findIssuer(phrase, input.mentions.filter((m) => m.sentence === phrase.sentence), sentence);
  const actingState = acting ? gazetteer.entries.get(acting)?.country : undefined;
  const scored: Array<{ entry: GazetteerEntry; score: number }> = [];
  for (const topic of policyTopics(gazetteer)) {
    const { entry } = topic;
    if (NAMES_ITS_ACT.has(phrase.rule) && !wordsOf(entry).has(NAMES_ITS_ACT.get(phrase.rule) ?? '')) continue;
    if (!topicKindsAgree(phrase.kind, entry.kind) || tooLate(entry, input.articleDate) || aimedAtOthersInArticle(entry, input.mentions, gazetteer)) continue;
    const { weight } = topicOverlap(topic, words);
    // "Need a licence" says little by itself: its own sentence must carry some of the policy's words.
    if (weight < TOPIC_FLOOR || (NEEDS_OWN_WORDS.has(phrase.rule) && topicOverlap(topic, ownWords).weight === 0)) continue;
    const dates = entry.dates ?? [];
    // The phrase's own sentence dated in other years speaks of another measure.
    if (ownYears.size > 0 && dates.length > 0 && !dates.some((d) => ownYears.has(d.slice(0, 4)))) continue;
    const { issuerStates, targets } = shapeOf(entry, gazetteer);
    if (nationalities.size > 0 && ![...nationalities].some((c) => issuerStates.has(c))) continue;
    if (possessor && !issuerStates.has(gazetteer.entries.get(possessor.entityId)?.country ?? '')) continue;
    if (actingState && !issuerStates.has(actingState)) continue;
    const issuerNamed = mentions.some((m) => m.type === 'Government' && issuerStates.has(gazetteer.entries.get(m.entityId)?.country ?? ''));
    const yearHit = dates.some((d) => years.has(d.slice(0, 4)));
    const targetHits = new Set(mentions.filter((m) => targets.has(m.entityId)).map((m) => m.entityId)).size;
    scored.push({ entry, score: Math.min(weight, 10) + (issuerNamed || nationalities.size > 0 ? 2 : 0) + (yearHit ? 2 : 0) + Math.min(targetHits, 2) });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || (second && best.score - second.score < 2)) return undefined;
  return best.entry;
}

/** Words that say which measure of a kind a phrase means: they must be the known policy's words too. */
const QUALIFIERS = new Set(['antidumping', 'antidiscrimination', 'antitrust', 'antimonopoly', 'antimonopole', 'security', 'securite', 'cybersecurity', 'customs', 'douanier', 'douaniere', 'douaniers', 'gallium', 'germanium', 'rare', 'section']);

function qualifiersOf(phrase: string): string[] {
  return fold(phrase).replace(/anti-/g, 'anti').split(/[^a-z0-9]+/).map(stem).filter((w) => QUALIFIERS.has(w));
}

/** A crude stem so "antitrust"/"anti-trust" and "dumping"/"antidumping" meet. */
function stem(word: string): string {
  return word.replace(/^anti-?/, 'anti').replace(/s$/, '');
}

const entryWords = new WeakMap<GazetteerEntry, Set<string>>();

function wordsOf(entry: GazetteerEntry): Set<string> {
  let words = entryWords.get(entry);
  if (!words) {
    words = new Set(fold([entry.name, ...entry.aliases, entry.id].join(' ')).replace(/anti-/g, 'anti').split(/[^a-z0-9]+/).filter((w) => w.length > 2).map(stem));
    for (const word of [...words]) if (word.startsWith('anti')) words.add(word.slice(4));
    entryWords.set(entry, words);
  }
  return words;
}

/** Known policies one of whose names starts with this name ("Strategic Trade Permit" -> "Strategic Trade Permit requirement"). */
function policiesNamedLike(name: string, gazetteer: Gazetteer): GazetteerEntry[] {
  const folded = fold(name);
  return [...gazetteer.entries.values()].filter((entry) => entry.type === 'Policy'
    && [entry.name, ...entry.aliases].some((alias) => { const a = fold(alias); return a === folded || a.startsWith(`${folded} `); }));
}

/** Years between the article and the policy's first date (0 when either is unknown). */
function yearsApart(entry: GazetteerEntry, articleDate: string | undefined): number {
  const first = entry.dates?.length ? [...entry.dates].sort()[0] ?? '' : '';
  const a = Number(articleDate?.slice(0, 4));
  const p = Number(first.slice(0, 4));
  return Number.isFinite(a) && Number.isFinite(p) && a > 0 && p > 0 ? Math.abs(a - p) : 0;
}

/** A policy whose first date is more than a month after the article cannot be the one it means. */
function tooLate(entry: GazetteerEntry, articleDate: string | undefined): boolean {
  if (!articleDate || !entry.dates || entry.dates.length === 0) return false;
  const article = Date.parse(articleDate.slice(0, 10));
  const policy = firstDateOf(entry);
  if (Number.isNaN(article) || Number.isNaN(policy)) return false;
  return policy - article > 31 * 24 * 3600 * 1000;
}

const firstDates = new WeakMap<GazetteerEntry, number>();

/** The policy's first date as a timestamp (NaN when it has none), computed once per entry. */
function firstDateOf(entry: GazetteerEntry): number {
  let time = firstDates.get(entry);
  if (time === undefined) {
    const first = [...(entry.dates ?? [])].sort()[0] ?? '';
    time = Date.parse(first.length === 4 ? `${first}-01-01` : first.length === 7 ? `${first}-01` : first);
    firstDates.set(entry, time);
  }
  return time;
}

/** Each policy's issuers' countries and its targets, computed once per entry. */
const policyShapes = new WeakMap<GazetteerEntry, { issuerStates: Set<string>; targets: Set<string> }>();

function shapeOf(entry: GazetteerEntry, gazetteer: Gazetteer): { issuerStates: Set<string>; targets: Set<string> } {
  let shape = policyShapes.get(entry);
  if (!shape) {
    const issuers = entry.issuers ?? [];
    shape = {
      issuerStates: new Set(issuers.map((i) => gazetteer.entries.get(i)?.country).filter((c): c is string => c !== undefined)),
      targets: new Set((entry.actors ?? []).filter((a) => !issuers.includes(a))),
    };
    policyShapes.set(entry, shape);
  }
  return shape;
}

/** The gazetteer's policies, listed once per gazetteer. */
const policyLists = new WeakMap<Gazetteer, GazetteerEntry[]>();

function policiesOf(gazetteer: Gazetteer): GazetteerEntry[] {
  let list = policyLists.get(gazetteer);
  if (!list) {
    list = [...gazetteer.entries.values()].filter((entry) => entry.type === 'Policy');
    policyLists.set(gazetteer, list);
  }
  return list;
}

function findIssuer(phrase: Phrase, sentenceMentions: readonly LinkedMention[], sentence: Sentence | undefined): string | undefined {
  if (!sentence) return undefined;
  const folded = foldKeepingOffsets(sentence.text);
  const governments = sentenceMentions.filter((m) => m.type === 'Government');
  const before = governments.filter((m) => m.end <= phrase.start).pop();
  if (before && ISSUER_BEFORE.test(folded.slice(before.end - sentence.start, phrase.start - sentence.start))) return before.entityId;
  // "China's ban on exports of gallium": the owner of the measure.
  if (before && phrase.start - before.end <= 4 && /^\s*'\s*s?\s*$/.test(folded.slice(before.end - sentence.start, phrase.start - sentence.start))) return before.entityId;
  const after = governments.find((m) => m.start >= phrase.end);
  if (after && ISSUER_AFTER.test(folded.slice(phrase.end - sentence.start, after.start - sentence.start))) return after.entityId;
  return undefined;
}
