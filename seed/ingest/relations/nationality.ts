/**
 * Nationality and place: HEADQUARTERED_IN when the text states where a company is from.
 *
 * A cue is a nationality adjective ("Chinese", "américain", "pékinois"), a place before
 * "-based" ("Shanghai-based", "Santa Clara, California-based"), a place after "based in" /
 * "basé à", or a state in the possessive ("China's largest contract chipmaker", "South Korea's").
 * With a company word beside it ("Chinese cloud providers", "les géants chinois", "le groupe
 * américain") it makes a noun phrase that is attached to the companies it describes:
 * - the companies it introduces: "Chinese cloud providers including Alibaba, Baidu and Tencent",
 *   "deux concepteurs chinois … : Biren Technology et Moore Threads", "Chinese toolmakers Piotech";
 * - the company it stands in apposition to: "SMIC, China's largest contract chipmaker",
 *   "Nvidia, son grand concurrent américain", "iFlytek, a Hefei-based company";
 * - the company a definite singular phrase stands for: "Le groupe américain a indiqué" (the last
 *   company named), at a lower confidence.
 * A cue right before a company names it too: "l'américain Micron", "Dutch ASML".
 */
import { COMPANY_HEADS, GOVERNMENT_HEADS, NATIONALITY_ADJECTIVES } from '../government-metonymy.ts';
import { groupOf, localOffset, type ArticleContext, type Emit, type RelationMention, type SentenceView } from './sentence-view.ts';

/** City and region adjectives, and forms the shared list lacks (folded). */
const MORE_ADJECTIVES: ReadonlyMap<string, string> = new Map(Object.entries({
  pekinois: 'CN', pekinoise: 'CN', pekinoises: 'CN', shanghaien: 'CN', shanghaienne: 'CN', shanghaiens: 'CN', shanghaiennes: 'CN', shenzhenais: 'CN', shenzhenaise: 'CN', taipeien: 'TW', taipeienne: 'TW',
  'u.s': 'US', californien: 'US', californienne: 'US', californiens: 'US',
  'south-korean': 'KR', 'sud-coreennes': 'KR', emiratie: 'AE', emiraties: 'AE', israeliens: 'IL', allemands: 'DE', allemandes: 'DE',
  hollandais: 'NL', hollandaise: 'NL', nippon: 'JP', nippone: 'JP', nippons: 'JP',
}));

/** Places (folded, one or two words) -> country, for "-based", "based in", "basé à". */
export const PLACES: ReadonlyMap<string, string> = new Map(Object.entries({
  china: 'CN', chine: 'CN', beijing: 'CN', pekin: 'CN', shanghai: 'CN', shenzhen: 'CN', hefei: 'CN', hangzhou: 'CN', guangzhou: 'CN',
  wuhan: 'CN', nanjing: 'CN', chengdu: 'CN', suzhou: 'CN', wuxi: 'CN', xiamen: 'CN', tianjin: 'CN', dongguan: 'CN', changsha: 'CN',
  us: 'US', 'u.s': 'US', california: 'US', californie: 'US', 'santa clara': 'US', 'san jose': 'US', texas: 'US', austin: 'US',
  'silicon valley': 'US', boise: 'US', idaho: 'US', arizona: 'US', oregon: 'US', 'new york': 'US', seattle: 'US', redmond: 'US',
  taiwan: 'TW', taipei: 'TW', hsinchu: 'TW', tainan: 'TW', korea: 'KR', 'south korea': 'KR', seoul: 'KR', suwon: 'KR', icheon: 'KR',
  japan: 'JP', japon: 'JP', tokyo: 'JP', kyoto: 'JP', osaka: 'JP', netherlands: 'NL', 'pays-bas': 'NL', veldhoven: 'NL', eindhoven: 'NL', nijmegen: 'NL',
  israel: 'IL', haifa: 'IL', 'tel aviv': 'IL', riyadh: 'SA', 'abu dhabi': 'AE', dubai: 'AE', singapore: 'SG', singapour: 'SG',
  malaysia: 'MY', malaisie: 'MY', penang: 'MY', 'kuala lumpur': 'MY', uk: 'GB', britain: 'GB', cambridge: 'GB', london: 'GB', londres: 'GB',
  dallas: 'US', houston: 'US', massachusetts: 'US', cupertino: 'US', 'mountain view': 'US', 'menlo park': 'US', 'san francisco': 'US', 'sunnyvale': 'US',
  'palo alto': 'US', armonk: 'US', phoenix: 'US', chandler: 'US', 'hillsboro': 'US', milpitas: 'US', 'san diego': 'US', 'fremont': 'US',
  'abou dhabi': 'AE', yokohama: 'JP', kumamoto: 'JP', hwaseong: 'KR', pyeongtaek: 'KR', 'leuven': 'BE',
  germany: 'DE', allemagne: 'DE', munich: 'DE', dresden: 'DE', france: 'FR', paris: 'FR', grenoble: 'FR', india: 'IN', inde: 'IN', bangalore: 'IN',
  mumbai: 'IN', bombay: 'IN', 'new delhi': 'IN', ahmedabad: 'IN', canada: 'CA', ottawa: 'CA', toronto: 'CA', 'ontario': 'CA', vietnam: 'VN', hanoi: 'VN',
  thailand: 'TH', thailande: 'TH', bangkok: 'TH', indonesia: 'ID', indonesie: 'ID', jakarta: 'ID', philippines: 'PH', manila: 'PH', manille: 'PH',
  mexico: 'MX', mexique: 'MX', brazil: 'BR', bresil: 'BR', australia: 'AU', australie: 'AU', sydney: 'AU', ireland: 'IE', irlande: 'IE', dublin: 'IE',
  italy: 'IT', italie: 'IT', milan: 'IT', switzerland: 'CH', geneva: 'CH', geneve: 'CH', zurich: 'CH', 'saudi arabia': 'SA', 'arabie saoudite': 'SA',
  qatar: 'QA', doha: 'QA', russia: 'RU', russie: 'RU', moscow: 'RU', moscou: 'RU', 'united arab emirates': 'AE', 'emirats arabes unis': 'AE',
  tempe: 'US', 'el monte': 'US', 'los angeles': 'US',
}));

/** What a company makes, between its head word and its home city ("concepteur de puces de Santa Clara"; folded). */
const PRODUCT_WORDS = new Set(['puces', 'semi-conducteurs', 'memoire', 'memoires', 'processeurs', 'equipements', 'composants']);

/** Company words beyond the shared list, plurals included (folded). */
const MORE_HEADS = [
  'providers', 'provider', 'giants', 'groups', 'designers', 'suppliers', 'manufacturers', 'vendors', 'players', 'rivals', 'competitors',
  'competitor', 'toolmaker', 'toolmakers', 'owner', 'champion', 'champions', 'customers', 'clients', 'client', 'buyers', 'operators',
  'champion', 'startups', 'start-ups', 'foundries', 'fabs', 'outfit', 'conglomerate', 'heavyweight', 'unicorn', 'brand', 'label',
  'groupes', 'geants', 'concepteurs', 'fournisseurs', 'fabricants', 'fondeurs', 'equipementiers', 'entreprises', 'societes', 'firmes',
  'constructeurs', 'acteurs', 'concurrent', 'concurrents', 'rival', 'rivaux', 'champions', 'proprietaire', 'ogre', 'pepite', 'pepites',
  'pousse', 'pousses', 'specialiste', 'specialistes', 'numero', 'leader', 'leaders', 'poids', 'mastodonte', 'fleuron', 'fleurons', 'editeur', 'operateur', 'operateurs',
];
const HEADS: ReadonlySet<string> = new Set([...COMPANY_HEADS, ...MORE_HEADS]);

/** Words that may stand between a cue and its head ("Chinese cloud providers", "China's largest contract chipmaker"). */
const FILLER = /^(?:[a-z][a-z-]*)$/;
/** Words that end the search for a head: function words, verbs in -ed/-ing, governments. */
const NOT_FILLER = /^(?:the|a|an|to|from|of|in|on|at|for|with|by|and|or|that|which|who|its|their|his|her|has|have|had|is|are|was|were|will|would|could|said|says|told|le|la|les|de|du|des|et|ou|a|au|aux|en|sur|pour|par|qui|que|est|sont|ont|a|leurs?|ses?|sa|son)$|^[a-z]+(?:ed|ing)$/;
const DETERMINER = /(?:^|\s)(the|a|an|two|three|several|other|le|la|l'|les|un|une|des|deux|trois|plusieurs|son|sa|ses|its|their|leur|leurs|ce|cet|cette|ces|du|de la)\s*$/;
const DEFINITE = /(?:^|\s)(?:the|le|la|l'|ce|cet|cette)\s*(?:[a-z-]+\s+){0,2}$/;

/** What introduces the companies a phrase describes, at the end of the gap before them. */
const INTRODUCER = /(?:^|[,:(]\s*|\s)(including|such as|like|among them|among which|notably|especially|in particular|notamment|comme|tels? que|telles? que|parmi lesquels|parmi lesquelles|parmi eux|dont|en particulier|a savoir)?\s*([,:(])?\s*(?:the |le |la |l'|les |des )?(?:[a-z-]+ (?:maker|makers|designer|group|firm|company|start-up|startup|giant) )?$/;
/** A complement between a phrase and the companies it introduces: "… de l'internet", "… que Pékin considère comme …". */
const COMPLEMENT = /^\s*(?:de|d'|du|des|of|in|from|que|qu'|qui|that|which|who|dont)\b/;
/** Company words that name a foundry, to resolve "le fondeur taïwanais" among recent companies. */
const FOUNDRY_HEADS = new Set(['foundry', 'foundries', 'fondeur', 'fondeurs']);

interface Cue {
  /** Country code; '' for "domestic", resolved to the article's main state. */
  country: string;
  start: number;
  end: number;
  kind: 'adjective' | 'based' | 'possessive';
  /** French order, the company word before the place: "le groupe de Santa Clara", "la société d'Abou Dhabi". */
  headBefore?: { word: string; start: number };
}

interface Phrase {
  country: string;
  head: string;
  start: number;
  end: number;
  /** Plural head: describes several companies, never stands for the last one. */
  plural: boolean;
  /** Starts with a definite determiner: may stand for the last company named. */
  definite: boolean;
  cue: Cue;
}

const WORD = /[a-z][a-z.'-]*[a-z]|[a-z]/g;

const wordLists = new Map<string, Array<{ word: string; start: number; end: number }>>();

/** The words of a folded text, kept for the sentence being read (cues, phrases and gaps ask again). */
function words(folded: string): Array<{ word: string; start: number; end: number }> {
  const known = wordLists.get(folded);
  if (known) return known;
  if (wordLists.size > 64) wordLists.clear();
  const out: Array<{ word: string; start: number; end: number }> = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(folded)) !== null) {
    // "l'americain" is "americain"; "china's" is "china".
    const elided = /^(?:l|d|qu|j|n|s|c)'(?=[a-z])/.exec(match[0])?.[0].length ?? 0;
    out.push({ word: match[0].slice(elided).replace(/'s$/, ''), start: match.index + elided, end: match.index + match[0].length });
  }
  wordLists.set(folded, out);
  return out;
}

/** The country of a nationality adjective (folded): "chinese", "pekinois". */
export function countryOfWord(word: string): string | undefined {
  return NATIONALITY_ADJECTIVES.get(word) ?? MORE_ADJECTIVES.get(word);
}

/** Cues in a sentence, with offsets local to it. */
function findCues(view: SentenceView, ctx: ArticleContext): Cue[] {
  const cues: Cue[] = [];
  const list = words(view.folded);
  for (let i = 0; i < list.length; i++) {
    const w = list[i];
    if (!w) continue;
    const country = countryOfWord(w.word);
    if (country !== undefined) cues.push({ country, start: w.start, end: w.end, kind: 'adjective' });
    // "the Hangzhou start-up", "a Shenzhen chipmaker": a place right before a company word.
    const place = PLACES.get(`${w.word} ${list[i + 1]?.word ?? ''}`) ?? PLACES.get(w.word);
    const two = PLACES.has(`${w.word} ${list[i + 1]?.word ?? ''}`);
    const headAt = list[i + (two ? 2 : 1)];
    if (place && country === undefined && headAt && HEADS.has(headAt.word)) cues.push({ country: place, start: w.start, end: (two ? list[i + 1]?.end : w.end) ?? w.end, kind: 'based' });
    // "le groupe de Santa Clara", "le géant de Shenzhen", "la société d'Abou Dhabi"
    let de = list[i - 1]?.word === 'de' ? list[i - 2] : /d'$/.test(view.folded.slice(Math.max(0, w.start - 2), w.start)) ? list[i - 1] : undefined;
    // "le concepteur de puces de Santa Clara": the head before what the company makes.
    const headOfProduct = list[i - 4];
    if (de && PRODUCT_WORDS.has(de.word) && list[i - 3]?.word === 'de' && headOfProduct && HEADS.has(headOfProduct.word)) de = headOfProduct;
    const headBefore = de && HEADS.has(de.word) && !/[,;:.]/.test(view.folded.slice(de.end, w.start)) ? de : undefined;
    if (place && country === undefined && headBefore) {
      cues.push({ country: place, start: w.start, end: (two ? list[i + 1]?.end : w.end) ?? w.end, kind: 'based', headBefore: { word: headBefore.word, start: headBefore.start } });
    }
    const based = /^(.*?)-based$/.exec(w.word);
    if (based) {
      const previous = list[i - 1]?.word ?? '';
      const place = PLACES.get(`${previous} ${based[1]}`) ?? PLACES.get(based[1] ?? '');
      if (place) cues.push({ country: place, start: w.start, end: w.end, kind: 'based' });
    }
    if ((w.word === 'based' || w.word === 'headquartered' || /^basee?s?$/.test(w.word) || /^installee?s?$/.test(w.word)) && /^(?:in|a|en|au)$/.test(list[i + 1]?.word ?? '')) {
      const one = list[i + 2]?.word ?? '';
      const two = `${one} ${list[i + 3]?.word ?? ''}`;
      const place = PLACES.get(two) ?? PLACES.get(one);
      if (place) cues.push({ country: place, start: w.start, end: (PLACES.has(two) ? list[i + 3]?.end : list[i + 2]?.end) ?? w.end, kind: 'based' });
    }
  }
  // "China's largest contract chipmaker", "South Korea's Samsung".
  for (const m of view.mentions) {
    if (m.type !== 'Government' || m.pseudo) continue;
    const entry = ctx.gazetteer.entries.get(m.entityId);
    if (!entry?.country || (entry.kind !== 'STATE' && entry.kind !== 'BLOC')) continue;
    const after = view.folded.slice(localOffset(view, m.end), localOffset(view, m.end) + 3);
    if (/^'s?\s/.test(after)) cues.push({ country: entry.country, start: localOffset(view, m.start), end: localOffset(view, m.end) + 2, kind: 'possessive' });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** The noun phrase a cue belongs to, when a company word is its head. */
function phraseOf(view: SentenceView, cue: Cue, language: string): Phrase | undefined {
  if (cue.headBefore) return phrase(view, cue, cue.headBefore.start, cue.end, cue.headBefore.word);
  const list = words(view.folded);
  const at = list.findIndex((w) => w.start >= cue.end);
  // English order: cue, up to three words, head ("Chinese cloud providers", "Shanghai-based firms").
  for (let k = at; language !== 'fr' && k >= 0 && k < list.length && k < at + 4; k++) {
    const w = list[k];
    if (!w || /[,;:.]/.test(view.folded.slice(cue.end, w.start))) break;
    if (HEADS.has(w.word)) return phrase(view, cue, cue.start, w.end, w.word);
    if (!FILLER.test(w.word) || NOT_FILLER.test(w.word) || GOVERNMENT_HEADS.has(w.word) || countryOfWord(w.word) !== undefined) break;
  }
  // French order: head, up to one adjective, cue ("groupes chinois", "grand concurrent américain", "l'ogre taïwanais").
  if (cue.kind === 'adjective' && language !== 'en') {
    const before = list.filter((w) => w.end <= cue.start).slice(-2);
    for (const w of before.reverse()) {
      if (/[,;:.]/.test(view.folded.slice(w.end, cue.start))) break;
      if (HEADS.has(w.word)) return phrase(view, cue, w.start, cue.end, w.word);
    }
  }
  return undefined;
}

function phrase(view: SentenceView, cue: Cue, start: number, end: number, head: string): Phrase {
  const before = view.folded.slice(Math.max(0, start - 14), start);
  const determiner = DETERMINER.exec(before);
  return {
    country: cue.country,
    head,
    start: determiner ? start - (before.length - determiner.index) : start,
    end,
    plural: /[sx]$/.test(head) && head !== 'poids',
    definite: DEFINITE.test(view.folded.slice(Math.max(0, start - 14), start)),
    cue,
  };
}

/** The companies a phrase (or a bare cue) describes in its sentence. */
function describedCompanies(view: SentenceView, ctx: ArticleContext, p: Phrase | undefined, cue: Cue): { companies: readonly RelationMention[]; rule: string; confidence: number } | undefined {
  const companies = view.mentions.filter((m) => m.type === 'Company');
  const local = (offset: number): number => localOffset(view, offset);
  // A stand-in that holds the cue: "Both Shanghai-based firms" (the two companies named before).
  const holder = companies.find((m) => m.pseudo && local(m.start) <= cue.start && cue.end <= local(m.end));
  if (holder && groupOf(view, holder).length >= 2) return { companies: groupOf(view, holder), rule: 'nationality-of-stand-in', confidence: 0.7 };
  // "The Santa Clara, California-based chipmaker", "le groupe de Veldhoven": the one company it stands for.
  if (holder && cue.kind === 'based') return { companies: [holder], rule: 'place-of-stand-in', confidence: 0.65 };
  // A cue right before a company: "l'américain Micron", "Dutch ASML", "South Korea's Samsung".
  const right = companies.find((m) => local(m.start) >= cue.end && /^\s*(?:-\s*)?$/.test(view.folded.slice(cue.end, local(m.start))));
  if (right) return { companies: groupOf(view, right), rule: 'nationality-before-company', confidence: 0.75 };
  // "YMTC, based in Wuhan", "Amkor, which is headquartered in Tempe", "YMTC, basé à Wuhan": the company just before.
  if (cue.kind === 'based' && BASED_WORD.test(view.folded.slice(cue.start))) {
    const before = [...companies].reverse().find((m) => local(m.end) <= cue.start);
    if (before && BASED_AFTER_COMPANY.test(view.folded.slice(local(before.end), cue.start))) return { companies: groupOf(view, before), rule: 'company-based-in-place', confidence: 0.75 };
  }
  if (!p) return undefined;
  const real = companies.filter((m) => !m.pseudo);
  const previous = [...real].reverse().find((m) => local(m.end) <= p.start);
  if (previous) {
    const gap = view.folded.slice(local(previous.end), p.start);
    if (/^\s*(?:,|\(|\s-)\s*(?:[a-z-]+\s+){0,2}$/.test(gap) || /^\s*,?\s*(?:is|was|remains|est|etait|reste|demeure)\s+(?:[a-z-]+\s+){0,2}$/.test(gap)) {
      // "Biren and Moore Threads, two Shanghai-based GPU designers": a plural apposition describes the whole group.
      return { companies: p.plural ? groupOf(view, previous) : [previous], rule: 'nationality-apposition', confidence: 0.75 };
    }
  }
  const next = real.find((m) => local(m.start) >= p.end);
  // "les concurrents chinois de Nvidia, Huawei en tête", "Chinese suppliers of Apple, such as Luxshare": past a complement
  // naming another company, the companies the phrase describes follow the comma.
  if (next && p.plural && /^\s*(?:de|d'|du|des|of)\s*(?:the\s*|l'\s*)?$/.test(view.folded.slice(p.end, local(next.start)))) {
    const after = real.find((m) => m.start >= next.end && m.entityId !== next.entityId);
    if (after && /^\s*[,:]\s*(?:(?:including|such as|notably|like|led by|among them|dont|notamment|comme|parmi lesquels|a commencer par)\s+)?$/.test(view.folded.slice(local(next.end), local(after.start)))) {
      return { companies: groupOf(view, after).filter((m) => m.entityId !== next.entityId), rule: 'nationality-phrase-introduces', confidence: 0.7 };
    }
  }
  if (next) {
    const gap = view.folded.slice(p.end, local(next.start));
    const tail = INTRODUCER.exec(gap);
    const middle = tail ? gap.slice(0, tail.index) : gap;
    const anotherCue = words(gap).some((w) => countryOfWord(w.word) !== undefined || /-based$/.test(w.word));
    const introduced = tail !== null && (tail[1] !== undefined || tail[2] !== undefined);
    if (tail && gap.length <= 100 && !/[.;]/.test(gap) && !anotherCue && (gap.trim() === '' || (introduced && (middle.trim() === '' || (COMPLEMENT.test(middle) && !/,/.test(middle)))))) {
      return { companies: groupOf(view, next), rule: 'nationality-phrase-introduces', confidence: 0.75 };
    }
  }
  if (p.definite && !p.plural && p.cue.kind !== 'possessive') {
    // "Le groupe américain a indiqué": the one company of the previous sentence and this one so far.
    const here = view.sentence.start + p.start;
    const recent = ctx.companiesBefore(here, 1).filter((m) => !FOUNDRY_HEADS.has(p.head) || ctx.gazetteer.entries.get(m.entityId)?.sector === 'FOUNDRY');
    const ids = [...new Set(recent.map((m) => m.entityId))];
    // Not a company the knowledge base places in another state ("Huawei … The American company").
    const home = recent[0] ? ctx.gazetteer.entries.get(recent[0].entityId)?.home : undefined;
    const state = ctx.gazetteer.stateOfCountry.get(p.country);
    if (ids.length === 1 && recent[0] && !(home && state && home !== state)) return { companies: [recent[0]], rule: 'nationality-phrase-anaphora', confidence: 0.6 };
  }
  return undefined;
}

const BASED_WORD = /^(?:based|headquartered|basee?s?|installee?s?)\s/;
/** Between a company and "based in": a comma and perhaps "which is", "qui est", or a short apposition ("un cabinet d'analyse"). */
const BASED_AFTER_COMPANY = /^\s*(?:\)\s*)?,\s*(?:(?:a|an|un|une)\s+(?:[a-z'-]+\s+){1,4})?(?:(?:which|that) (?:is|was|are|were) |(?:qui )?(?:est|etait|sont) )?$/;

/** HEADQUARTERED_IN for each company whose nationality or place the sentence states. */
/** "home to", "qui abrite", "où sont installés": a state then the companies it is home to (folded, at the start of the gap). */
const HOME_TO = /^\s*,?\s*(?:(?:which|that|qui)\s+(?:is|are|sont|est)\s+)?(?:home to|qui abrit\w*|abritant|ou sont (?:installes|basees|bases)|berceau d[eu]s?)\s+(?:(?:the|les|des|le|la|l')\s+)?(?:[a-z-]+\s+){0,2}$/;

/**
 * "The Netherlands and Japan, home to toolmakers ASML and Tokyo Electron respectively",
 * "Taïwan, qui abrite TSMC": each company is headquartered in its state, pairwise with
 * "respectively" / "respectivement", else all in the one state named.
 */
function homeTo(view: SentenceView, ctx: ArticleContext, emit: Emit): void {
  const local = (offset: number): number => localOffset(view, offset);
  const states = view.mentions.filter((m) => m.type === 'Government' && !m.pseudo && ['STATE', 'BLOC'].includes(String(ctx.gazetteer.entries.get(m.entityId)?.kind)));
  for (const state of states) {
    const companies = view.mentions.filter((m) => m.type === 'Company' && m.start >= state.end);
    const first = companies[0];
    if (!first || !HOME_TO.test(view.folded.slice(local(state.end), local(first.start)))) continue;
    const group = groupOf(view, first).filter((m) => m.type === 'Company');
    const stateGroup = groupOf(view, state).filter((m) => m.type === 'Government');
    const last = group[group.length - 1] ?? first;
    const pairwise = /^\s*,?\s*(?:respectively|respectivement)/.test(view.folded.slice(local(last.end), local(last.end) + 20));
    if (pairwise && stateGroup.length === group.length) {
      group.forEach((company, k) => { const home = stateGroup[k]; if (home) emit(company.entityId, 'HEADQUARTERED_IN', home.entityId, 0.7, 'nationality-home-to-respectively'); });
    } else if (stateGroup.length === 1) {
      for (const company of group) emit(company.entityId, 'HEADQUARTERED_IN', state.entityId, 0.7, 'nationality-home-to');
    }
  }
}

/** Before a company: "son compatriote", "its fellow South Korean", "leurs compatriotes" (folded, at the end). */
const COMPATRIOT = /(?:^|\s)(?:son|sa|ses|leur|leurs|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:compatriotes?|compatriots?)\s*(?:,\s*)?$/;

/**
 * "Samsung … est distancé par son compatriote SK Hynix": a compatriot of a company is
 * headquartered in that company's recorded home state.
 */
function compatriots(view: SentenceView, ctx: ArticleContext, emit: Emit, imply: (state: string, start: number, end: number) => void): void {
  const local = (offset: number): number => localOffset(view, offset);
  for (const m of view.mentions) {
    const before = view.folded.slice(Math.max(0, local(m.start) - 40), local(m.start));
    const cue = COMPATRIOT.exec(before);
    if (m.type !== 'Company' || m.pseudo || !cue) continue;
    const owner = [...view.mentions].reverse().find((x) => x.type === 'Company' && x.end <= m.start && x.entityId !== m.entityId) ?? ctx.salient('Company', m.start);
    const home = owner ? ctx.gazetteer.entries.get(owner.entityId)?.home : undefined;
    if (!home) continue;
    // The word "compatriote" names the shared state: a mention of it when the sentence has none.
    const word = /compatriot\w*/.exec(cue[0]);
    const at = m.start - before.length + cue.index + (word?.index ?? 0);
    if (word && !view.mentions.some((x) => x.entityId === home && !x.pseudo)) imply(home, at, at + word[0].length);
    for (const company of groupOf(view, m)) if (company.type === 'Company') emit(company.entityId, 'HEADQUARTERED_IN', home, 0.65, 'nationality-compatriot');
  }
}

export function nationalityRelations(view: SentenceView, ctx: ArticleContext, emit: Emit, imply: (state: string, start: number, end: number) => void): void {
  homeTo(view, ctx, emit);
  compatriots(view, ctx, emit, imply);
  for (const cue of findCues(view, ctx)) {
    const p = phraseOf(view, cue, ctx.language);
    const described = describedCompanies(view, ctx, p, cue);
    if (!described) continue;
    const state = ctx.gazetteer.stateOfCountry.get(cue.country);
    if (!state) continue;
    const confidence = described.confidence;
    if (!view.mentions.some((m) => m.entityId === state && !m.pseudo)) imply(state, view.sentence.start + cue.start, view.sentence.start + cue.end);
    for (const company of described.companies) emit(company.entityId, 'HEADQUARTERED_IN', state, confidence, described.rule);
  }
}
