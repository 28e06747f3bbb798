/**
 * Cues in the words right beside one name, read mention by mention in the sentence's order:
 *
 * - a possessive pronoun before a chip: "its H20", "ses puces H20" -> MAKES by the company named last;
 * - a company listed or titled as a rival: "concurrents nationaux comme Huawei", "le concurrent
 *   AMD", "alternatives … comme Cambricon, plutôt que … NVIDIA" -> COMPETES_WITH the article's
 *   main company (or the one named after "rather than");
 * - a role after a company whose person the sentence before named: "Nvidia's chief executive" -> LEADS;
 * - a title before a person: "the trade minister, Tengku Zafrul Aziz" (the ministry of that field
 *   the article names), "secrétaire au Commerce", "CEO", "le président chinois Xi Jinping",
 *   "US President Donald Trump" -> LEADS, with the government the title names as an implied mention;
 * - an agency whose name holds its parent: "Cyberspace Administration of China" -> PART_OF.
 */
import type { EntityType } from '../../../schema/vocabulary.ts';
import { fold } from '../../../schema/fold-text.ts';
import type { Gazetteer } from '../build-gazetteer.ts';
import { NATIONALITY_ADJECTIVES } from '../government-metonymy.ts';
import { tokenize } from '../tokenize.ts';
import { NOT_NOW } from './known-leaders.ts';
import { localOffset, type ArticleContext, type Emit, type RelationMention, type SentenceView } from './sentence-view.ts';

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

/** A role owned by a possessive right before a name: "Son directeur général, Eddie Wu", "its chief executive, …" (folded). */
const POSSESSIVE_ROLE = /(?:^|\s)(?:son|sa|ses|its|their|leur)\s+(?:[a-z-]+\s+){0,2}(?:directeur|directrice|patron|patronne|pdg|president|presidente|chief|ceo|boss|head|chairman|chairwoman|founder|fondateur|fondatrice|dirigeant|dirigeante)[a-z -]*,?\s*$/;
const ROLE_BEFORE_PERSON = /(?:chief executive(?: officer)?|ceo|boss|co-?founder|founder|chairman|pdg|patron|president-directeur general|directeur general|dirigeant)\s*,?\s*$/u;
const ITS_RIVAL = /^\s*,\s*(?:its|son|sa|leur)\s+(?:[a-z-]+\s+){0,2}(?:rival|competitor|concurrent|challenger)(?![\p{L}])/u;
const COMPANY_ROLE_NO_PERSON = /^\s*'\s*s\s+(?:chief executive(?: officer)?|ceo|boss|founder|chairman)(?![\p{L}])/u;
const COMPETITOR_LIST = /(?:concurrents?|rivals?|competitors?|alternatives?|challengers?)\b[^.;:]{0,70}?\b(?:comme|tels? que|telles? que|such as|like|including|notamment|dont)\s*$/u;
const COMPETITOR_TITLE = /(?:le |son |its |leur |their |le principal |main |chief |un |a )?(?:concurrent|rival|competitor|challenger)\s*,?\s*$/u;
const RATHER_THAN = /(?:plutot que|rather than|instead of|au lieu de|au detriment de|at the expense of)/u;

/** Titles before a person's name, with the group holding the nationality (0: none, the article's main state). */
const HEAD_OF_STATE: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?:^|\s)(?:president|presidente|premier ministre|chef de l'etat) ([a-z-]+)\s*,?\s+/gu, 1],
  [/(?:^|\s)([a-z-]+|u\.s\.) (?:president|prime minister|premier)\s*,?\s+/gu, 1],
  [/(?:^|\s)(?:president|premier ministre|prime minister)\s*,?\s+/gu, 0],
];

/** A body named right before a title: "Commission President", "Fed President", "la présidente de la Commission" is another form. */
function titledByBody(text: string, sentenceStart: number, titleStart: number): boolean {
  return /(?:^|[^\p{L}])(?:Commission|Council|Parliament|Senate|House|Fed|Reserve|Bank|Court|Committee|Assembly|Board|Conseil|Parlement|Commission européenne)\s+$/u
    .test(text.slice(Math.max(sentenceStart, titleStart - 30), titleStart));
}

/** The ministry (not a state) named in the article whose names hold the field's word. */
function ministryFor(field: string, mentions: readonly RelationMention[], gazetteer: Gazetteer): string | undefined {
  const words = FIELD_WORDS[field] ?? [field];
  for (const m of mentions) {
    const entry = gazetteer.entries.get(m.entityId);
    // A ministry the gazetteer does not know is read by its name in the text ("Dutch Ministry of Economic Affairs").
    if (!entry && m.type === 'Government' && words.some((w) => new RegExp(`(?<![a-z])${w}(?![a-z])`).test(fold(m.text)))) return m.entityId;
    if (!entry || entry.type !== 'Government' || entry.kind === 'STATE' || entry.kind === 'BLOC') continue;
    const names = fold([entry.name, ...entry.aliases].join(' '));
    if (words.some((w) => new RegExp(`(?<![a-z])${w}(?![a-z])`).test(names))) return entry.id;
  }
  return undefined;
}

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

/** The entity a name such as "Commerce Department" links to in the gazetteer. */
function lookupName(gazetteer: Gazetteer, alias: string): string | undefined {
  const tokens = tokenize(alias).map((t) => t.folded);
  const pattern = gazetteer.names.get(tokens[0] ?? '')?.find((p) => p.tokens.join(' ') === tokens.join(' '));
  if (pattern) return pattern.entryIds[0];
  // Fall back on an entry whose name folds the same.
  for (const entry of gazetteer.entries.values()) if (fold(entry.name) === fold(alias)) return entry.id;
  return undefined;
}

/** Reads the cues beside each mention of the sentence; `implyMention` records a government a title or a name holds. */
export function mentionCues(view: SentenceView, ctx: ArticleContext, emit: Emit, implyMention: (mention: RelationMention) => void): void {
  const { sentence, folded, mentions: ms, groups } = view;
  const { text, gazetteer, focalCompany: focal } = ctx;
  const local = (offset: number): number => localOffset(view, offset);
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!m) continue;
    const before = folded.slice(Math.max(0, local(m.start) - 90), local(m.start));
    // "its H20", "ses puces H20": the company named last.
    if (m.type === 'Chip' && !m.pseudo && /(?:^|\s)(?:its|sa|son|ses)\s+(?:(?:new|own|latest|puces?|chips?|accelerateurs?|gpus?|d'ia|ai|generation|architecture|famille|family|gamme|line)\s+){0,3}$/u.test(before)) {
      const owner = [...ms.slice(0, k)].reverse().find((x) => x.type === 'Company') ?? ctx.lastSeen('Company', m.start);
      if (owner && (groups.get(owner)?.length ?? 1) === 1) emit(owner.entityId, 'MAKES', m.entityId, owner.sentence === m.sentence ? 0.7 : 0.6, 'possessive-pronoun-chip');
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
        if (other) for (const member of members) emit(member.entityId, 'COMPETES_WITH', other, rival ? 0.75 : 0.7, listed ? 'competitor-listed' : 'competitor-titled');
      }
      // "Neither it nor Analog Devices, its Massachusetts-based rival, responded": a rival of the company named before.
      if (ITS_RIVAL.test(folded.slice(local(m.end), local(m.end) + 60))) {
        const other = [...ms.slice(0, k)].reverse().find((x) => x.type === 'Company' && x.entityId !== m.entityId)
          ?? ctx.companiesBefore(m.start, 1).reverse().find((x) => x.entityId !== m.entityId);
        if (other && !ctx.related(m.entityId, other.entityId)) emit(m.entityId, 'COMPETES_WITH', other.entityId, 0.7, 'company-its-rival');
      }
      // "Nvidia's chief executive" with the person named in the previous sentence.
      if (COMPANY_ROLE_NO_PERSON.test(folded.slice(local(m.end))) && !ms.some((x) => x.type === 'Person' && (x.start < m.start || x.start - m.end < 60))) {
        const person = ctx.lastSeen('Person', m.start);
        if (person && person.sentence < m.sentence) {
          const end = m.end + (COMPANY_ROLE_NO_PERSON.exec(folded.slice(local(m.end)))?.[0].length ?? 0);
          emit(person.entityId, 'LEADS', m.entityId, 0.6, 'company-role-previous-person', { text: text.slice(person.start, end), start: person.start, end });
        }
      }
    }
    if (m.type === 'Person' && !m.pseudo) {
      const close = folded.slice(Math.max(0, local(m.start) - 45), local(m.start));
      // "The trade minister, Tengku Zafrul Aziz": the ministry of that field the article names.
      const field = MINISTER_OF.exec(close);
      const ministry = field ? ministryFor(field[1] ?? field[2] ?? '', ctx.mentions, gazetteer) : undefined;
      if (ministry) emit(m.entityId, 'LEADS', ministry, 0.7, 'minister-of-named-ministry');
      for (const title of ministry ? [] : TITLES) {
        if (!title.pattern.test(close)) continue;
        const government = lookupName(gazetteer, title.alias);
        const hit = title.pattern.exec(close);
        if (government && hit) {
          const start = m.start - close.length + hit.index;
          const end = start + hit[0].replace(/[\s,]+$/u, '').length;
          implyMention({ entityId: government, type: 'Government', start, end, sentence: sentence.index, text: text.slice(start, end) });
          emit(m.entityId, 'LEADS', government, 0.8, 'title-of-government');
        }
      }
      // "Former chief executive Pat Gelsinger" leads nothing now.
      if (ROLE_BEFORE_PERSON.test(close) && !/(?:of|de|d'|du)\s+\S*\s*,?\s*$/u.test(close) && !NOT_NOW.test(close.slice(-40))) {
        // The company named before in the sentence, else the one it names after ("chief executive X told analysts that Micron…"), else the article's.
        // A person the knowledge base says leads a company the article names leads that one ("Its chief executive, Jensen Huang").
        const known = gazetteer.entries.get(m.entityId)?.leads?.find((id) => gazetteer.entries.get(id)?.type === 'Company' && ctx.mentions.some((x) => x.entityId === id));
        // "Son directeur général, Eddie Wu": the possessive stands for the company the article is about at that point, as "le groupe" does.
        const owner = POSSESSIVE_ROLE.test(close) ? ctx.salient('Company', m.start) : undefined;
        const company = [...ms.slice(0, k)].reverse().find((x) => x.type === 'Company') ?? ms.slice(k + 1).find((x) => x.type === 'Company' && !x.pseudo);
        const id = known ?? owner?.entityId ?? company?.entityId ?? focal;
        if (id) emit(m.entityId, 'LEADS', id, company ? 0.65 : 0.6, 'role-before-person');
      }

    }
    if (m.type === 'Government' && !m.pseudo) {
      const entry = gazetteer.entries.get(m.entityId);
      // A new agency named with its nationality: "the Dutch Ministry of Economic Affairs".
      const country = entry ? undefined : NATIONALITY_ADJECTIVES.get(fold(m.text).split(/\s+/)[0] ?? '');
      const state = country ? gazetteer.stateOfCountry.get(country) : undefined;
      if (state && state !== m.entityId) {
        const adjectiveEnd = m.start + (/^\S+/u.exec(m.text)?.[0].length ?? 0);
        if (!ms.some((x) => x.entityId === state)) implyMention({ entityId: state, type: 'Government', start: m.start, end: adjectiveEnd, sentence: sentence.index, text: text.slice(m.start, adjectiveEnd) });
        emit(m.entityId, 'PART_OF', state, 0.7, 'new-agency-with-nationality');
      }
      if (entry && entry.country && entry.kind !== 'STATE' && entry.kind !== 'BLOC') {
        // "Cyberspace Administration of China", "Commerce Department's Bureau of Industry and Security"
        const inner = findNameInside(text, m, entry.country, gazetteer);
        if (inner) {
          implyMention({ ...inner, sentence: sentence.index });
          emit(m.entityId, 'PART_OF', inner.entityId, 0.8, 'agency-named-with-parent');
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
          // "Commission President Ursula von der Leyen", "Fed President X": the title belongs to a body, not to the state.
          if (group === 0 && titledByBody(text, view.sentence.start, view.sentence.start + windowStart + (match.index ?? 0) + (match[0].startsWith(' ') ? 1 : 0))) continue;
          hit = { index: match.index ?? 0, text: match[0], ...(country ? { country } : {}) };
        }
        if (hit) break;
      }
      const country = hit?.country;
      // A title without a nationality ("President Donald Trump"): the state the knowledge base says the person leads, else the article's.
      const ledState = gazetteer.entries.get(m.entityId)?.leads?.find((id) => ['STATE', 'BLOC'].includes(String(gazetteer.entries.get(id)?.kind)));
      const state = country ? gazetteer.stateOfCountry.get(country) : hit ? ledState ?? ctx.focalState : undefined;
      if (state && hit) {
        if (!ms.some((x) => x.entityId === state)) {
          const start = sentence.start + windowStart + hit.index + (hit.text.startsWith(' ') ? 1 : 0);
          const end = start + hit.text.trim().replace(/[\s,]+$/u, '').length;
          implyMention({ entityId: state, type: 'Government', start, end, sentence: sentence.index, text: text.slice(start, end) });
        }
        emit(m.entityId, 'LEADS', state, country ? 0.75 : 0.6, country ? 'head-of-state-title' : 'president-title-main-state');
      }
    }
  }
}
