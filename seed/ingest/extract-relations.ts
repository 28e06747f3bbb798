/**
 * Relationships stated in each sentence, from the bilingual rules of `relation-rules.ts` plus a
 * few structural rules (possessive pronouns, "the chip" / "the company" read as the last one
 * named, competitors listed with "comme"/"such as", titles such as "secrétaire au Commerce",
 * agencies whose name holds their state). Every relation respects its predicate's domain and
 * range, and carries a confidence, the id of its rule and the sentence as evidence.
 */
import { edgeId } from '../../schema/edge-id.ts';
import { fitsPredicate, PREDICATES, type EntityType, type Predicate } from '../../schema/vocabulary.ts';
import { extractAmounts } from './extract-dates.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import type { ExtractedRelation, Span } from './extraction-contract.ts';
import { NATIONALITY_ADJECTIVES } from './government-metonymy.ts';
import { HEDGE, NEGATION, PAIR_RULES, TRIGGER_RULES, type TriggerRule } from './relation-rules.ts';
import type { Sentence } from './split-sentences.ts';
import { fold, foldKeepingOffsets } from '../../schema/fold-text.ts';
import { tokenize } from './tokenize.ts';
import { agencyOfState } from './relations/agency-of-state.ts';
import { knownMakers } from './relations/known-makers.ts';
import { nationalityRelations } from './relations/nationality.ts';
import { exportRestrictions, policyFrames } from './relations/policy-frames.ts';
import type { ArticleContext, RelationMention, SentenceView } from './relations/sentence-view.ts';

export type { RelationMention } from './relations/sentence-view.ts';

export interface ExtractRelationsInput {
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly RelationMention[];
  gazetteer: Gazetteer;
  /** The article's language ('en', 'fr'); rules that depend on word order read it. */
  language?: string;
  /** ISO date of the article, to tell which of a list's additions a sentence means. */
  articleDate?: string;
}

export interface RelationsFound {
  relations: ExtractedRelation[];
  /** Mentions some rules imply (a state named inside an agency's name, a title): add them to the entities. */
  impliedMentions: RelationMention[];
}

/** Relations below this confidence are not returned. */
export const MIN_CONFIDENCE = 0.5;

const ANAPHORA: ReadonlyArray<{ type: EntityType; pattern: RegExp }> = [
  { type: 'Chip', pattern: /(?<![\p{L}])(?:the (?:chip|chips|accelerator|processor|gpu)|la puce|cette puce|ces puces|ce processeur|cet accelerateur|the same chip)(?![\p{L}])/gu },
  { type: 'Company', pattern: /(?<![\p{L}])(?:the (?:company|chipmaker|firm|group|chip designer|american company|us company)|l'entreprise|la societe|le fabricant|l'americain|le groupe americain|le groupe(?! (?:de|d'|des|du)\s))(?![\p{L}])/gu },
  // A subject pronoun that launches or sells a product: "il a mis sur le marché l'A800", "it released the B30A".
  { type: 'Company', pattern: /(?<![\p{L}'])(?:il|elle|it)(?=\s+(?:(?:a|avait|aura|has|had|then|alors|also|aussi|later|ensuite|soon)\s+){0,2}(?:mis sur le marche|lance|presente|devoile|commercialise|vend|launched|released|unveiled|introduced|rolled out|began (?:selling|shipping)|sells|ships)(?![\p{L}]))/gu },
  { type: 'Policy', pattern: /(?<![\p{L}])(?:(?:the|that|this) (?:rule|rules|measure|requirement|ban)|(?:la|cette) (?:regle|mesure|interdiction))(?![\p{L}])/gu },
];

/** Two companies referred to together (folded): "both firms", "the two Shanghai-based groups", "les deux sociétés". */
/** Two chips referred to together (folded): "both chips", "the two accelerators", "les deux puces". */
const PLURAL_CHIPS = /(?<![\p{L}])(?:both(?: [a-z-]+){0,1} (?:chips|accelerators|processors|gpus|parts)|the two(?: [a-z-]+){0,1} (?:chips|accelerators|processors|gpus)|(?:les|ces) deux(?: [a-z-]+){0,1} (?:puces|accelerateurs|processeurs|gpu)|l'une et l'autre)(?![\p{L}])/gu;

const PLURAL_COMPANIES = /(?<![\p{L}])(?:both(?: [a-z-]+){0,2} (?:firms|companies|groups|chipmakers|designers|makers)|the two(?: [a-z-]+){0,2} (?:firms|companies|groups|chipmakers|designers)|(?:les|ces) deux(?: [a-z-]+){0,2} (?:societes|entreprises|groupes|concepteurs|firmes|fabricants)(?: [a-z-]+)?)(?![\p{L}])/gu;

const TITLES: ReadonlyArray<{ pattern: RegExp; alias: string }> = [
  { pattern: /(?:secretaire (?:americaine? )?au commerce|(?:us |u\.s\. )?commerce secretary|secretary of commerce)\s*,?\s*$/u, alias: 'Commerce Department' },
  { pattern: /(?:secretaire (?:americaine? )?au tresor|(?:us |u\.s\. )?treasury secretary|secretary of the treasury)\s*,?\s*$/u, alias: 'Treasury Department' },
];

const MINISTER_OF = /(?:^|\s)(trade|commerce|industry|finance|economy|foreign|digital) (?:minister|secretary)\s*,?\s*$|(?:ministre|secretaire) (?:americaine? |chinoise? )?(?:du |de l'|de la |au |aux |des )?(commerce|industrie|economie|finances|affaires etrangeres|numerique)\s*,?\s*$/u;
const FIELD_WORDS: Record<string, readonly string[]> = {
  trade: ['trade', 'commerce'], commerce: ['commerce', 'trade'], industry: ['industry', 'industrie'], industrie: ['industrie', 'industry'],
  finance: ['finance', 'treasury', 'finances'], finances: ['finances', 'finance', 'tresor'], economy: ['economy', 'economic', 'economie'],
  economie: ['economie', 'economy', 'economic'], foreign: ['foreign', 'etrangeres'], 'affaires etrangeres': ['etrangeres', 'foreign'],
  digital: ['digital', 'numerique'], numerique: ['numerique', 'digital'],
};

/** The ministry (not a state) named in the article whose names hold the field's word. */
function ministryFor(field: string, mentions: readonly RelationMention[], gazetteer: Gazetteer): string | undefined {
  const words = FIELD_WORDS[field] ?? [field];
  for (const m of mentions) {
    const entry = gazetteer.entries.get(m.entityId);
    if (!entry || entry.type !== 'Government' || entry.kind === 'STATE' || entry.kind === 'BLOC') continue;
    const names = fold([entry.name, ...entry.aliases].join(' '));
    if (words.some((w) => new RegExp(`(?<![a-z])${w}(?![a-z])`).test(names))) return entry.id;
  }
  return undefined;
}

const ROLE_BEFORE_PERSON = /(?:chief executive(?: officer)?|ceo|boss|co-?founder|founder|chairman|pdg|patron|president-directeur general|directeur general|dirigeant)\s*,?\s*$/u;
const COMPANY_ROLE_NO_PERSON = /^\s*'\s*s\s+(?:chief executive(?: officer)?|ceo|boss|founder|chairman)(?![\p{L}])/u;
const COMPETITOR_LIST = /(?:concurrents?|rivals?|competitors?|alternatives?|challengers?)\b[^.;:]{0,70}?\b(?:comme|tels? que|telles? que|such as|like|including|notamment|dont)\s*$/u;
const COMPETITOR_TITLE = /(?:le |son |its |leur |their |le principal |main |chief |un |a )?(?:concurrent|rival|competitor|challenger)\s*,?\s*$/u;
const RATHER_THAN = /(?:plutot que|rather than|instead of|au lieu de|au detriment de|at the expense of)/u;

export function extractRelations(input: ExtractRelationsInput): RelationsFound {
  const { text, sentences, gazetteer } = input;
  const real = [...input.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const found = new Map<string, ExtractedRelation>();
  /** Unordered pairs of entities some relation already joins: `a|b` with a < b. */
  const joined = new Set<string>();
  const pairOf = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const implied: RelationMention[] = [];
  const companyCounts = new Map<string, number>();
  for (const m of real) if (m.type === 'Company') companyCounts.set(m.entityId, (companyCounts.get(m.entityId) ?? 0) + 1);
  const focal = [...companyCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const stateCounts = new Map<string, number>();
  for (const m of real) {
    const entry = gazetteer.entries.get(m.entityId);
    if (entry?.type === 'Government' && entry.kind === 'STATE') stateCounts.set(m.entityId, (stateCounts.get(m.entityId) ?? 0) + 1);
  }
  const focalState = [...stateCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const bySentence = new Map<number, RelationMention[]>();
  for (const m of real) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const lastSeen = (type: EntityType, before: number): RelationMention | undefined => {
    for (let k = real.length - 1; k >= 0; k--) {
      const m = real[k];
      if (m && m.type === type && m.end <= before && !m.pseudo) {
        const sentence = sentences[m.sentence];
        const current = sentences.find((s) => s.start <= before && before <= s.end);
        if (sentence && current && current.index - sentence.index > 3) return undefined;
        return m;
      }
    }
    return undefined;
  };
  // "The company", "la puce": of those named shortly before (the more often the article has named one, the further back it may
  // stand), the one named most so far, else the last.
  const salient = (type: EntityType, before: number): RelationMention | undefined => {
    const last = lastSeen(type, before);
    if (!last) return undefined;
    const current = sentences.find((s) => s.start <= before && before <= s.end)?.index ?? 0;
    const counts = new Map<string, number>();
    for (const m of real) if (m.type === type && !m.pseudo && m.end <= before) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    const recent = real.filter((m) => m.type === type && !m.pseudo && m.end <= before && m.sentence >= current - (counts.get(m.entityId) ?? 0) - 2);
    const best = recent.reduce((a, b) => ((counts.get(b.entityId) ?? 0) > (counts.get(a.entityId) ?? 0) || ((counts.get(b.entityId) ?? 0) === (counts.get(a.entityId) ?? 0) && b.start > a.start) ? b : a), last);
    return best;
  };
  const add = (subject: string, predicate: Predicate, object: string, confidence: number, rule: string, evidence: Span, extra: { date?: string; amount?: string } = {}): void => {
    if (subject === object || confidence < MIN_CONFIDENCE) return;
    const s = gazetteer.entries.get(subject)?.type ?? typeOf(subject);
    const o = gazetteer.entries.get(object)?.type ?? typeOf(object);
    if (!s || !o || !fitsPredicate(predicate, s, o)) return;
    // A chip's own maker ordering it from a foundry does not buy it.
    if (predicate === 'BUYS' && (gazetteer.entries.get(object)?.makers ?? []).some((m) => m.endsWith(`|${subject}`))) return;
    const key = edgeId(subject, predicate, object);
    const existing = found.get(key);
    if (existing && existing.confidence >= confidence) return;
    const relation: ExtractedRelation = { subject, predicate, object, confidence: Math.round(confidence * 100) / 100, rule, evidence: { ...evidence } };
    if (extra.amount) relation.amount = extra.amount;
    found.set(key, relation);
    joined.add(pairOf(subject, object));
  };
  const typeById = new Map<string, EntityType>();
  for (const m of real) typeById.set(m.entityId, m.type);
  function typeOf(id: string): EntityType | undefined { return typeById.get(id); }
  const mentionsBefore = (type: EntityType) => (offset: number, back: number): RelationMention[] => {
    const current = sentences.find((s) => s.start <= offset && offset <= s.end)?.index ?? 0;
    return real.filter((m) => m.type === type && !m.pseudo && m.end <= offset && m.sentence >= current - back);
  };
  const context: ArticleContext = {
    text, language: input.language ?? 'en', gazetteer, lastSeen, focalCompany: focal, focalState,
    companiesBefore: mentionsBefore('Company'), governmentsBefore: mentionsBefore('Government'), policiesBefore: mentionsBefore('Policy'),
    articleDate: input.articleDate,
    related: (a, b) => joined.has(pairOf(a, b)),
    yearsMentioned: [...new Set((text.match(/\b(?:19|20)\d\d\b/g) ?? []).map(Number))],
    imply(entityId, type, start, end) {
      if (implied.some((m) => m.entityId === entityId && m.start === start)) return;
      const sentence = sentences.find((x) => x.start <= start && start < x.end)?.index ?? 0;
      implied.push({ entityId, type, start, end, sentence, text: text.slice(start, end) });
    },
  };
  const pendingExport: Array<{ rule: TriggerRule; sentence: Sentence; objects: RelationMention[] }> = [];

  for (const sentence of sentences) {
    const folded = foldKeepingOffsets(sentence.text);
    const local = (offset: number): number => offset - sentence.start;
    const evidence: Span = { text: sentence.text, start: sentence.start, end: sentence.end };
    const ms: RelationMention[] = [...(bySentence.get(sentence.index) ?? [])];
    // Anaphora: "the chip", "l'entreprise" stand for the last chip or company named.
    for (const { type, pattern } of ANAPHORA) {
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(folded)) !== null) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        if (ms.some((m) => m.start < end && start < m.end)) continue;
        const antecedent = salient(type, start);
        if (antecedent) ms.push({ entityId: antecedent.entityId, type, start, end, sentence: sentence.index, text: text.slice(start, end), pseudo: true });
      }
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
        const previous = real.filter((m) => m.type === type && !m.pseudo && m.sentence === sentence.index - 1);
        const ids = [...new Set(previous.map((m) => m.entityId))];
        if (ids.length !== 2) continue;
        const group = ids.map((entityId) => ({ entityId, type, start, end, sentence: sentence.index, text: text.slice(start, end), pseudo: true }));
        ms.push(...group);
        pluralGroups.push(group);
      }
    }
    ms.sort((a, b) => a.start - b.start || b.end - a.end);
    const groups = coordinationGroups(ms, folded, sentence.start);
    for (const group of pluralGroups) for (const m of group) groups.set(m, group);
    const view: SentenceView = { sentence, folded, mentions: ms, groups, evidence };
    const emit = (subject: string, predicate: Predicate, object: string, confidence: number, rule: string, span: Span = evidence): void => add(subject, predicate, object, confidence, rule, span);
    policyFrames(view, context, emit);
    agencyOfState(view, context, emit);
    nationalityRelations(view, context, emit, (state, start, end) => context.imply(state, 'Government', start, end));

    // Pair rules.
    for (const rule of PAIR_RULES) {
      for (let a = 0; a < ms.length; a++) {
        const left = ms[a];
        if (!left || !rule.left.includes(left.type)) continue;
        const skippedLeft = (x: RelationMention): boolean => rule.notBefore !== undefined && rule.notBefore.test(folded.slice(Math.max(0, local(x.start) - 30), local(x.start)));
        if (skippedLeft(left)) continue;
        const rightIndexes: number[] = [];
        for (let b = nextOfTypes(ms, a, rule.right); b !== undefined; b = rule.allRights ? nextOfTypes(ms, b, rule.right) : undefined) rightIndexes.push(b);
        for (const b of rightIndexes) {
        const right = ms[b];
        if (!right || right.start - left.end > 160) continue;
        // In a list of targets, the company owning the chip before it ("les puces H20 de Nvidia") is not one.
        const previous = ms[b - 1];
        if (rule.allRights && right.type === 'Company' && previous?.type === 'Chip' && /^\s*(?:de|d'|du|of)\s*$/u.test(folded.slice(local(previous.end), local(right.start)))) continue;
        // Nor is a possessor ("Huawei's Ascend 910B", "China's chip industry").
        if (rule.allRights && /^\s*'\s*s\s/u.test(folded.slice(local(right.end), local(right.end) + 4))) continue;
        // The left mention must be the last of its types before the right one.
        const between = nextOfTypes(ms, a, rule.left, b);
        if (between !== undefined && ms.slice(between, b).some((x) => rule.left.includes(x.type) && x.start >= left.end && !skippedLeft(x))) continue;
        const gapEnd = rule.includeRightText ? right.end : right.start;
        const gap = folded.slice(local(left.end), local(gapEnd));
        if (!rule.gap.test(gap)) continue;
        if (rule.hedged && HEDGE.test(gap)) continue;
        if (rule.before && !rule.before.test(folded.slice(Math.max(0, local(left.start) - 60), local(left.start)))) continue;
        if (rule.after && !rule.after.test(folded.slice(local(right.end), local(right.end) + 40))) continue;
        const lefts = groups.get(left) ?? [left];
        const rights = groups.get(right) ?? [right];
        for (const l of lefts) for (const r of rights) {
          const [s, o] = rule.subject === 'left' ? [l, r] : [r, l];
          const amount = findAmount(text, sentence, Math.min(l.start, r.start), Math.max(l.end, r.end), rule.predicate);
          add(s.entityId, rule.predicate, o.entityId, rule.confidence - (l.pseudo || r.pseudo ? 0.1 : 0), rule.id, evidence, { ...(amount ? { amount } : {}) });
        }
        }
      }
    }

    // Trigger rules.
    for (const rule of TRIGGER_RULES) {
      rule.trigger.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = rule.trigger.exec(folded)) !== null) {
        const tStart = sentence.start + match.index;
        const tEnd = tStart + match[0].length;
        if (ms.some((m) => m.start <= tStart && tEnd <= m.end && m.type !== 'Policy')) continue;
        const def = PREDICATES[rule.predicate];
        let confidence = rule.confidence;
        const around = folded.slice(Math.max(0, local(tStart) - 25), local(tEnd) + 6);
        const predicate: Predicate = rule.negatedAs && NEGATION.test(around) ? rule.negatedAs : rule.predicate;
        const ruleId = predicate === rule.predicate ? rule.id : `${rule.id}.negated`;
        let subjects = findSubjects(rule, ms, groups, folded, sentence, tStart, tEnd, rule.subjectTypes ?? def.domain);
        if (subjects.length === 0 && rule.agent === 'either') {
          // No subject next to the trigger: a government named before it in the sentence (not one in a clause after it).
          subjects = ms.filter((m) => (def.domain as readonly EntityType[]).includes(m.type) && m.end <= tStart);
          confidence -= 0.1;
        }
        const objects = findObjects(rule, ms, groups, folded, sentence, tEnd, rule.objectTypes ?? def.range, subjects);
        if (objects.length === 0) continue;
        if (subjects.length === 0) {
          if (rule.predicate === 'RESTRICTS_EXPORT_OF' || rule.predicate === 'ALLOWS_EXPORT_OF') pendingExport.push({ rule, sentence, objects });
          continue;
        }
        if (rule.hedged && predicate === rule.predicate) {
          const from = Math.min(...subjects.map((s) => s.start), tStart);
          if (HEDGE.test(folded.slice(Math.max(0, local(from) - 50), local(tEnd) + 30))) confidence -= 0.35;
        }
        for (const s of subjects) for (const o of objects) {
          const amount = findAmount(text, sentence, Math.min(s.start, o.start), Math.max(s.end, o.end), predicate);
          add(s.entityId, predicate, o.entityId, confidence - (s.pseudo || o.pseudo ? 0.1 : 0), ruleId, evidence, { ...(amount ? { amount } : {}) });
        }
      }
    }

    // Structural rules.
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k];
      if (!m) continue;
      const before = folded.slice(Math.max(0, local(m.start) - 90), local(m.start));
      // "its H20", "ses puces H20": the company named last.
      if (m.type === 'Chip' && !m.pseudo && /(?:^|\s)(?:its|sa|son|ses)\s+(?:(?:new|own|latest|puces?|chips?|accelerateurs?|gpus?|d'ia|ai)\s+){0,3}$/u.test(before)) {
        const owner = [...ms.slice(0, k)].reverse().find((x) => x.type === 'Company') ?? lastSeen('Company', m.start);
        if (owner && (groups.get(owner)?.length ?? 1) === 1) add(owner.entityId, 'MAKES', m.entityId, owner.sentence === m.sentence ? 0.7 : 0.6, 'possessive-pronoun-chip', evidence);
      }
      if (m.type === 'Company' && !m.pseudo) {
        // "concurrents nationaux comme Huawei", "le concurrent AMD", "alternatives … comme Cambricon, plutôt que … NVIDIA"
        const listed = COMPETITOR_LIST.test(before);
        const titled = COMPETITOR_TITLE.test(before);
        if (listed || titled) {
          const after = folded.slice(local(m.end));
          const rather = RATHER_THAN.exec(after);
          const rival = rather ? ms.find((x) => x.type === 'Company' && x.start >= m.end + rather.index && x.entityId !== m.entityId) : undefined;
          const other = rival?.entityId ?? focal;
          const members = groups.get(m) ?? [m];
          if (other) for (const member of members) add(member.entityId, 'COMPETES_WITH', other, rival ? 0.75 : 0.7, listed ? 'competitor-listed' : 'competitor-titled', evidence);
        }
        // "Nvidia's chief executive" with the person named in the previous sentence.
        if (COMPANY_ROLE_NO_PERSON.test(folded.slice(local(m.end))) && !ms.some((x) => x.type === 'Person' && x.start > m.end && x.start - m.end < 60)) {
          const person = lastSeen('Person', m.start);
          if (person && person.sentence < m.sentence) {
            const end = m.end + (COMPANY_ROLE_NO_PERSON.exec(folded.slice(local(m.end)))?.[0].length ?? 0);
            add(person.entityId, 'LEADS', m.entityId, 0.6, 'company-role-previous-person', { text: text.slice(person.start, end), start: person.start, end });
          }
        }
      }
      if (m.type === 'Person' && !m.pseudo) {
        const close = folded.slice(Math.max(0, local(m.start) - 45), local(m.start));
        // "The trade minister, Tengku Zafrul Aziz": the ministry of that field the article names.
        const field = MINISTER_OF.exec(close);
        const ministry = field ? ministryFor(field[1] ?? field[2] ?? '', real, gazetteer) : undefined;
        if (ministry) add(m.entityId, 'LEADS', ministry, 0.7, 'minister-of-named-ministry', evidence);
        for (const title of ministry ? [] : TITLES) {
          if (!title.pattern.test(close)) continue;
          const government = lookupName(gazetteer, title.alias);
          const hit = title.pattern.exec(close);
          if (government && hit) {
            const start = m.start - close.length + hit.index;
            const end = start + hit[0].replace(/[\s,]+$/u, '').length;
            implied.push({ entityId: government, type: 'Government', start, end, sentence: sentence.index, text: text.slice(start, end) });
            add(m.entityId, 'LEADS', government, 0.8, 'title-of-government', evidence);
          }
        }
        if (ROLE_BEFORE_PERSON.test(close) && !/(?:of|de|d'|du)\s+\S*\s*,?\s*$/u.test(close)) {
          const company = [...ms.slice(0, k)].reverse().find((x) => x.type === 'Company');
          const id = company?.entityId ?? focal;
          if (id) add(m.entityId, 'LEADS', id, company ? 0.65 : 0.6, 'role-before-person', evidence);
        }
      }
      if (m.type === 'Government' && !m.pseudo) {
        const entry = gazetteer.entries.get(m.entityId);
        if (entry && entry.country && entry.kind !== 'STATE' && entry.kind !== 'BLOC') {
          // "Cyberspace Administration of China", "Commerce Department's Bureau of Industry and Security"
          const inner = findNameInside(text, m, entry.country, gazetteer);
          if (inner) {
            implied.push({ ...inner, sentence: sentence.index });
            add(m.entityId, 'PART_OF', inner.entityId, 0.8, 'agency-named-with-parent', evidence);
          }
        }
      }
      if (m.type === 'Person' && !m.pseudo) {
        // "le président chinois Xi Jinping", "US President Donald Trump"
        const windowStart = Math.max(0, local(m.start) - 40);
        const window = folded.slice(windowStart, local(m.end));
        const titleEnd = local(m.start) - windowStart;
        let hit: { index: number; text: string; country?: string } | undefined;
        for (const [pattern, group] of HEAD_OF_STATE) {
          for (const match of window.matchAll(pattern)) {
            const end = (match.index ?? 0) + match[0].length;
            if (end < titleEnd - 1 || end >= window.length - 1) continue;
            const country = group === 0 ? undefined : NATIONALITY_ADJECTIVES.get(match[group] === 'u.s.' ? 'us' : match[group] ?? '');
            if (group !== 0 && !country) continue;
            hit = { index: match.index ?? 0, text: match[0], ...(country ? { country } : {}) };
          }
          if (hit) break;
        }
        const country = hit?.country;
        const state = country ? gazetteer.stateOfCountry.get(country) : hit ? focalState : undefined;
        if (state && hit) {
          if (!ms.some((x) => x.entityId === state)) {
            const start = sentence.start + windowStart + hit.index + (hit.text.startsWith(' ') ? 1 : 0);
            const end = start + hit.text.trim().replace(/[\s,]+$/u, '').length;
            implied.push({ entityId: state, type: 'Government', start, end, sentence: sentence.index, text: text.slice(start, end) });
          }
          add(m.entityId, 'LEADS', state, country ? 0.75 : 0.6, country ? 'head-of-state-title' : 'president-title-main-state', evidence);
        }
      }
    }
    // Last, what only the knowledge base can tell apart: which company named here makes the chip.
    knownMakers(view, context, emit);
  }

  exportRestrictions([...found.values()], gazetteer, (id) => gazetteer.entries.get(id)?.kind, (subject, predicate, object, confidence, rule, span) => add(subject, predicate, object, confidence, rule, span ?? { text: '', start: 0, end: 0 }));

  // Export decisions with no government in their sentence: the one that made the article's other ones.
  if (pendingExport.length > 0) {
    const votes = new Map<string, number>();
    for (const relation of found.values()) {
      if (relation.predicate === 'RESTRICTS_EXPORT_OF' || relation.predicate === 'ALLOWS_EXPORT_OF' || relation.predicate === 'ISSUES') {
        votes.set(relation.subject, (votes.get(relation.subject) ?? 0) + 1);
      }
    }
    const authority = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    if (authority) {
      for (const { rule, sentence, objects } of pendingExport) {
        for (const o of objects) add(authority, rule.predicate, o.entityId, rule.confidence - 0.15, `${rule.id}.article-government`, { text: sentence.text, start: sentence.start, end: sentence.end });
      }
    }
  }
  return { relations: [...found.values()], impliedMentions: implied };
}

/** Titles before a person's name, with the group holding the nationality (0: none, the article's main state). */
const HEAD_OF_STATE: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?:^|\s)(?:president|presidente|premier ministre|chef de l'etat) ([a-z-]+)\s*,?\s+/gu, 1],
  [/(?:^|\s)([a-z-]+|u\.s\.) (?:president|prime minister|premier)\s*,?\s+/gu, 1],
  [/(?:^|\s)president\s*,?\s+/gu, 0],
];

/** Another government of the same country named inside a mention's text ("China" in "Cyberspace Administration of China"). */
function findNameInside(text: string, m: RelationMention, country: string, gazetteer: Gazetteer): { entityId: string; type: EntityType; start: number; end: number; text: string } | undefined {
  const tokens = tokenize(text, m.start, m.end);
  for (let i = 0; i < tokens.length; i++) {
    for (const pattern of gazetteer.names.get(tokens[i]?.folded ?? '') ?? []) {
      const parentId = pattern.entryIds.find((id) => id !== m.entityId && gazetteer.entries.get(id)?.type === 'Government' && gazetteer.entries.get(id)?.country === country);
      if (!parentId || i + pattern.tokens.length > tokens.length || (i === 0 && pattern.tokens.length === tokens.length)) continue;
      if (!pattern.tokens.every((t, j) => tokens[i + j]?.folded === t)) continue;
      if (pattern.caseRule === 'exact' && !pattern.written.every((w, j) => tokens[i + j]?.text === w)) continue;
      const start = tokens[i]?.start ?? 0;
      const end = tokens[i + pattern.tokens.length - 1]?.end ?? 0;
      return { entityId: parentId, type: 'Government', start, end, text: text.slice(start, end) };
    }
  }
  return undefined;
}

function nextOfTypes(ms: readonly RelationMention[], from: number, types: readonly EntityType[], until = ms.length): number | undefined {
  const origin = ms[from];
  for (let k = from + 1; k < until; k++) {
    const m = ms[k];
    if (m && origin && m.start >= origin.end && types.includes(m.type)) return k;
  }
  return undefined;
}

/** Mentions of one type joined by commas, "and", "et", "ou": "ByteDance, Alibaba and Tencent". */
function coordinationGroups(ms: readonly RelationMention[], folded: string, offset: number): Map<RelationMention, RelationMention[]> {
  const groups = new Map<RelationMention, RelationMention[]>();
  let current: RelationMention[] = [];
  const flush = (): void => { for (const m of current) groups.set(m, current); };
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!m) continue;
    const previous = current[current.length - 1];
    const gap = previous ? folded.slice(previous.end - offset, m.start - offset) : '';
    if (previous && previous.type === m.type && m.start >= previous.end && /^\s*(?:,|,?\s*(?:and|et|or|ou|&|as well as|ainsi que|comme))\s*(?:(?:a|au|aux|de|du|des|le|la|les|l'|the|its|their|ses|leurs|an|un|une)\s+)?$/u.test(gap)) {
      current.push(m);
    } else {
      flush();
      current = [m];
    }
  }
  flush();
  return groups;
}

function findSubjects(rule: TriggerRule, ms: readonly RelationMention[], groups: Map<RelationMention, RelationMention[]>, folded: string, sentence: Sentence, tStart: number, tEnd: number, domain: readonly EntityType[]): RelationMention[] {
  const local = (x: number): number => x - sentence.start;
  if (rule.agent === 'before' || rule.agent === 'either') {
    const candidates = ms.filter((m) => domain.includes(m.type) && m.end <= tStart && tStart - m.end <= rule.reach
      && !/^\s*'\s*s(?![\p{L}])/u.test(folded.slice(local(m.end), local(m.end) + 4))
      && (!/(?:^|\s)(?:to|into|from|in|vers|en|a|au|aux|depuis|dans)\s*(?:the\s*|la\s*|l'\s*|le\s*)?$/u.test(folded.slice(Math.max(0, local(m.start) - 12), local(m.start)))
        // "Regulators in Beijing", "les autorités à Pékin": the place stands for the state that acts.
        || /(?:regulators?|officials?|authorities|lawmakers|policymakers|regulateurs?|autorites|responsables|dirigeants)\s+(?:in|a|en)\s*$/u.test(folded.slice(Math.max(0, local(m.start) - 24), local(m.start)))));
    const nearest = candidates[candidates.length - 1];
    if (nearest && !/[;:]/.test(folded.slice(local(nearest.end), local(tStart)))) return groups.get(nearest) ?? [nearest];
  }
  if (rule.agent === 'after' || rule.agent === 'either') {
    const agent = ms.find((m) => domain.includes(m.type) && m.start >= tEnd && m.start - tEnd <= 60
      && /(?:^|\s)(?:by|par)\s+(?:the |l'|le |la |les )?[^.;:]{0,25}$/u.test(folded.slice(local(tEnd) - (rule.agent === 'after' ? 4 : 0), local(m.start))));
    if (agent) return groups.get(agent) ?? [agent];
  }
  return [];
}

function findObjects(rule: TriggerRule, ms: readonly RelationMention[], groups: Map<RelationMention, RelationMention[]>, folded: string, sentence: Sentence, tEnd: number, range: readonly EntityType[], subjects: readonly RelationMention[]): RelationMention[] {
  const local = (x: number): number => x - sentence.start;
  const isSubject = (m: RelationMention): boolean => subjects.some((s) => s.entityId === m.entityId);
  if (rule.objects === 'sentence') {
    // The trigger's clause: no ";" or ":" between the object and the trigger.
    return ms.filter((m) => range.includes(m.type) && !isSubject(m)
      && !/[;:]/.test(m.end <= tEnd ? folded.slice(local(m.end), local(tEnd)) : folded.slice(local(tEnd), local(m.start))));
  }
  const stop = rule.listAfterColon ? /[;]/ : /[;:]/;
  const after = ms.filter((m) => range.includes(m.type) && m.start >= tEnd && m.start - tEnd <= rule.reach && !stop.test(folded.slice(local(tEnd), local(m.start))) && !isSubject(m)
    && !/,\s*(?:and|but|while|et|mais|alors que|tandis que)\s/.test(folded.slice(local(tEnd), local(m.start)))
    && !/(?:purchase|acquisition|takeover|rachat|achat) (?:of|de|d'|du)\s*$/u.test(folded.slice(Math.max(0, local(m.start) - 20), local(m.start))));
  if (rule.firstObjectOnly) {
    // "Nvidia's H20": the chip, not its maker, is what is bought or avoided.
    const possessor = after[0] && after[1] && after[0].type === 'Company' && after[1].type === 'Chip'
      && /^\s*'\s*s\s+(?:[a-z-]+\s+){0,2}$/u.test(folded.slice(local(after[0].end), local(after[1].start)));
    const first = possessor ? after[1] : after[0];
    return first ? groups.get(first) ?? [first] : [];
  }
  return after;
}

const AMOUNT_PREDICATES: ReadonlySet<Predicate> = new Set(['PAYS', 'BUYS', 'ACQUIRES', 'SELLS_TO', 'ISSUES']);

/** The money figure between the two mentions (or just after them), for predicates money belongs to. */
function findAmount(text: string, sentence: Sentence, from: number, to: number, predicate: Predicate): string | undefined {
  if (!AMOUNT_PREDICATES.has(predicate)) return undefined;
  const window = text.slice(Math.max(sentence.start, from), Math.min(sentence.end, to + 40));
  return extractAmounts(window)[0]?.text;
}

function lookupName(gazetteer: Gazetteer, alias: string): string | undefined {
  const tokens = tokenize(alias).map((t) => t.folded);
  const pattern = gazetteer.names.get(tokens[0] ?? '')?.find((p) => p.tokens.join(' ') === tokens.join(' '));
  if (pattern) return pattern.entryIds[0];
  // Fall back on an entry whose name folds the same.
  for (const entry of gazetteer.entries.values()) if (fold(entry.name) === fold(alias)) return entry.id;
  return undefined;
}
