/**
 * Policies in their everyday words: who issues a measure, what it targets, and which chips its
 * issuer thereby restricts, read from the sentences that mention it (by name, by a common noun such
 * as "the Entity List" or "ces restrictions", or by a stand-in resolved to it).
 *
 * - TARGETS: a company, chip or country that the sentence places under the measure: added to a
 *   list ("added Huawei to the Entity List", "l'inscription de SMIC sur la liste noire"), covered
 *   by it ("the A100 and H100 fell inside the new net", "tombaient sous le coup de ces
 *   restrictions"), the destination of the exports it controls ("exports of the H20 to China"), or
 *   one the knowledge base already counts among its targets, named in the same clause.
 * - ISSUES: a government that the sentence makes the author of the measure ("the Commerce
 *   Department added…", "Washington unveiled its package…", "the department tightened the rules").
 * - RESTRICTS_EXPORT_OF (`exportRestrictions`): each chip an export measure targets, restricted by
 *   the government the article says issued it.
 */
import type { PolicyKind } from '../../../schema/vocabulary.ts';
import { fold } from '../../../schema/fold-text.ts';
import type { Gazetteer } from '../build-gazetteer.ts';
import type { ExtractedRelation } from '../extraction-contract.ts';
import { groupOf, localOffset, type ArticleContext, type Emit, type RelationMention, type SentenceView } from './sentence-view.ts';

/** Kinds of measure that control exports: their targeted chips are restricted by their issuer. */
const EXPORT_KINDS: ReadonlySet<string> = new Set<PolicyKind>(['EXPORT_CONTROL', 'LICENCE_REQUIREMENT', 'BAN']);

/** Verbs and nouns that put companies on a list (folded). */
export const LISTING = /(?:^|[^a-z])(?:add(?:s|ed|ing)?|plac(?:e|es|ed|ing)|put(?:s|ting)?|blacklist(?:s|ed|ing)?|list(?:s|ed|ing)|designat(?:e|es|ed|ing)|inscri\w*|ajout\w*|plac[ée]\w*|plaçant|mis(?:es?)? sur)(?=[^a-z]|$)/;
/** Words that put a chip, company or country under a measure (folded). */
const COVERAGE = /(?:^|[^a-z])(?:cover\w*|captur\w*|caught|net|appl(?:y|ies|ied) to|target\w*|subject to|restrict\w*|bar(?:s|red|ring)?|ban(?:s|ned|ning)?|licen[cs]\w*|shipments?|exports?|sales?|ships?|shipped|sold|sell\w*|vise\w*|visai\w*|vis[ée]\w*|frapp\w*|prive\w*|soumi\w*|tomb\w* sous le coup|couvr\w*|concern\w*|interdi\w*|exportation\w*|ventes?|livraisons?|expedi\w*|on|sur|against|contre|for|pour)(?=[^a-z]|$)/;
/** Prepositions that make a country the destination of exports (folded, at the end of a gap). */
const DESTINATION = /(?:^|\s)(?:to|into|for|vers|en|a destination de|au|aux|a)\s*(?:the\s*)?$/;
/** Verbs that make a government the author of a measure (folded). */
const ISSUING = /(?:^|[^a-z])(?:impos\w*|enforc\w*|issu\w*|announc\w*|introduc\w*|open\w*|launch\w*|adopt\w*|enact\w*|unveil\w*|publish\w*|add(?:s|ed|ing)?|pass(?:es|ed)?|order\w*|tighten\w*|expand\w*|extend\w*|updat\w*|releas\w*|roll\w* out|put|plac\w*|sign\w*|decid\w*|instaur\w*|devoil\w*|ajout\w*|inscri\w*|publi\w*|durci\w*|etendu\w*|elargi\w*|prononc\w*|conclu\w*|decide\w*|soumis|lanc\w*|ouvert|ouvre\w*|adopt\w*|annonc\w*|impos\w*|mis en place|met en place)(?=[^a-z]|$)/;
/** Wishes, plans and calls: what they introduce is not done (folded). */
const MODAL = /(?:^|[^a-z])(?:urg\w*|call(?:s|ed|ing)? (?:on|for)|ask(?:s|ed|ing)?|could|would|might|may(?!\s+\d)|plan(?:s|ned)? to|considering|consider(?:s|ed)? (?:whether|adding|imposing|restricting|banning|new|further|more)|propos\w*|threaten\w*|seek\w*|want\w*|pourrai\w*|envisag\w*|appel\w*|demand\w*|souhait\w*|voudrai\w*|menac\w*|projet\w*|no longer|not|n'|ne |refus\w*|deni\w*|dement\w*|volont\w*|willing\w*|ready to|pret a|prete a)(?=[^a-z]|$)/;
/** Verbs that undo a measure: whoever does them rescinds it, not issues it (folded). */
const UNDOING = /(?:^|[^a-z])(?:scrap\w*|rescind\w*|revok\w*|repeal\w*|lift\w*|withdr[ae]w\w*|suspend\w*|abandon\w*|ended|annul\w*|leve(?:e?s?)|abrog\w*|supprim\w*|retir\w*|renonc\w*)(?=[^a-z]|$)/;
/** Verbs of a government reacting to another's measure: it opposes, denounces or answers it, it does not issue it (folded). */
const OPPOSING = /(?:^|[^a-z])(?:oppos\w*|denounc\w*|condemn\w*|criticis\w*|criticiz\w*|protest\w*|slam\w*|reject\w*|retaliat\w*|respond\w*|denonc\w*|condamn\w*|critiqu\w*|rejet\w*|reagi\w*|riposte\w*|fustig\w*)(?=[^a-z]|$)/;
/** A break between two clauses of a sentence: ", and", ", mais", ", while"… (folded). */
const CLAUSE_BREAK = /,\s*(?:and|but|while|whereas|et|mais|alors que|tandis que)\s/;
/** A sentence whose subject stands for a measure: "It also added…", "The rule also places…", "Elle ajoute…". */
const MEASURE_SUBJECT = /^\s*(?:it|the (?:rule|package|update|measure|regulation)|elle|il|la (?:regle|mise a jour|mesure)|le (?:texte|paquet|dispositif))\s+(?:(?:also|aussi|further|then|egalement)\s+)?(?:add|plac|put|list|ajout|inscri)/;

/**
 * "It also added 140 entities to the Entity List": the measure named in the two sentences before,
 * when the listing sentence's subject stands for it (a list itself is not such a measure).
 */
function addingMeasure(view: SentenceView, ctx: ArticleContext): string | undefined {
  if (!MEASURE_SUBJECT.test(view.folded)) return undefined;
  const before = ctx.policiesBefore(view.sentence.start, 2).filter((p) => ctx.gazetteer.entries.get(p.entityId)?.kind !== 'LIST' && !/\b(?:list|liste)\b/.test(fold(p.text)));
  return before[before.length - 1]?.entityId;
}

/** A listing verb as a past participle after a form of "be" or a noun it qualifies: "was added", "a Chinese company placed on". */
const PASSIVE_PARTICIPLE = /^\s*(?:placed|added|listed|blacklisted|designated|put|inscrite?s?|ajoutee?s?|placee?s?|mise?s?)(?![a-z])/;
const PASSIVE_BEFORE = /(?:^|\s)(?:was|were|been|being|is|are|est|sont|ete|company|companies|firm|firms|group|groups|entity|entities|chipmaker|maker|supplier|societe|groupe|entreprise|firme)\s+(?:(?:also|later|recently|then|already|aussi|deja)\s+)?$/;
/** A sentence that opens on a listing participle ("Inscrit depuis décembre 2022 sur", "Added in 2019 to"). */
const FRONTED_LISTING = /^\s*(?:inscrite?s?|placee?s?|ajoutee?s?|listed|placed|added|blacklisted)\b[^,;]{0,40}$/;
/** An apposition after a name: ", a Beijing-based designer of AI chips,", ", l'un des fondeurs du pays," (a company named inside it is a complement, never listed). */
const APPOSITION = /^\s*,\s*(?:a|an|the|its|one of|two|three|both|un|une|le|la|les|l'|l'un des|l'une des|son|sa|ses|deux|trois|which|that|who|whose|qui|dont)\s+[^,;:()]{1,80},/;
/** A company that is the complement of another word is not itself listed: "owner of Nexperia". */
const COMPLEMENT_BEFORE = /(?:^|\s)(?:(?:of|de|du|des)(?![a-z])|d')\s*(?:the\s*|la\s*|le\s*|l'\s*)?(?:[a-z-]+\s+){0,2}$/;


/** A list kept for more than ten years (the Entity List, since 1997), as opposed to one addition to it. */
/** A list kept for more than ten years: each addition to it is read as a listing, never as issuing the list. */
export function isStandingList(policyId: string, gazetteer: Gazetteer): boolean {
  const entry = gazetteer.entries.get(policyId);
  return entry?.kind === 'LIST' && standing(entry.dates);
}

function standing(dates: readonly string[] | undefined): boolean {
  const first = Number([...(dates ?? [])].sort()[0]?.slice(0, 4) ?? NaN);
  return !Number.isFinite(first) || new Date().getUTCFullYear() - first > 10;
}

/** Policy mentions of a sentence and the governments, chips and companies around them. */
interface Frame {
  view: SentenceView;
  policies: RelationMention[];
  governments: RelationMention[];
}

function parentsOf(id: string, gazetteer: Gazetteer): string[] {
  const out: string[] = [];
  let entry = gazetteer.entries.get(id);
  for (let depth = 0; entry?.partOf && depth < 3; depth++) {
    out.push(entry.partOf);
    entry = gazetteer.entries.get(entry.partOf);
  }
  return out;
}

/** The state a government belongs to (itself when it is one). */
function stateOf(id: string, gazetteer: Gazetteer): string {
  const parents = parentsOf(id, gazetteer);
  return parents[parents.length - 1] ?? id;
}

/** Whether `government` is, belongs to, or contains one of the policy's known issuers. */
export function issuerFamily(government: string, policyId: string, gazetteer: Gazetteer): boolean {
  const issuers = gazetteer.entries.get(policyId)?.issuers ?? [];
  if (issuers.length === 0) return false;
  return issuers.some((issuer) => issuer === government || stateOf(issuer, gazetteer) === stateOf(government, gazetteer));
}

/** No clause break (";", or a full stop) in the folded text between two local offsets. */
function sameClause(view: SentenceView, a: number, b: number): boolean {
  const [from, to] = a <= b ? [a, b] : [b, a];
  return !/[;]/.test(view.folded.slice(from, to));
}

function frameOf(view: SentenceView): Frame {
  // "The department tightened the rules": its stand-in is among the mentions (`stand-ins.ts`).
  const governments = view.mentions.filter((m) => m.type === 'Government').sort((a, b) => a.start - b.start);
  return { view, policies: view.mentions.filter((m) => m.type === 'Policy'), governments };
}

/** Words that say something was put under a measure, when the sentence does not name the measure (folded). */
const PUT_UNDER = /(?:^|[^a-z])(?:barred|banned|restricted|covered|captured|caught|fell (?:squarely )?(?:inside|under|within)|f[ae]ll(?:s)? into (?:a|the) [a-z-]+ tier|capped|plafonne\w*|subject to|no longer (?:be )?(?:shipped|sold|exported)|cannot be (?:shipped|sold|exported)|requir\w* an? (?:export )?licen[cs]e|(?:will |would )?need (?:an? )?(?:export )?licen[cs]es?|soumis\w* a (?:une )?licence|tomb\w* sous le coup|interdit\w*|ne pourr\w* plus (?:etre )?(?:expedie|vendu|exporte)\w*|prive\w*|frapp\w*|vis[ée]\w*)(?=[^a-z]|$)/;

/**
 * A sentence that puts chips or companies under a measure without naming it ("Countries of concern
 * such as China and Russia were essentially barred", "les A100 … tombaient sous le coup") speaks of
 * the measure the two sentences before it named.
 */
function focusTargets(view: SentenceView, ctx: ArticleContext, emit: Emit): void {
  const cue = PUT_UNDER.exec(view.folded);
  if (!cue || MODAL.test(view.folded.slice(0, cue.index))) return;
  const focus = ctx.policiesBefore(view.sentence.start, 3).pop();
  if (!focus) return;
  const kind = ctx.gazetteer.entries.get(focus.entityId)?.kind;
  if (kind !== undefined && !EXPORT_KINDS.has(kind) && kind !== 'LIST') return;
  for (const m of view.mentions) {
    if (m.type !== 'Chip' && m.type !== 'Company' && m.type !== 'Government') continue;
    if (!sameClause(view, localOffset(view, m.start), cue.index)) continue;
    if (m.type === 'Government') {
      // Only a country the measure is about: named with the cue, not the author of a statement.
      if (issuerFamily(m.entityId, focus.entityId, ctx.gazetteer)) continue;
      const before = view.folded.slice(Math.max(0, localOffset(view, m.start) - 40), localOffset(view, m.start));
      if (!DESTINATION.test(before) && !/(?:such as|like|including|comme|notamment|from|de|entre)\s*$/.test(before) && !(m.end <= view.sentence.start + cue.index)) continue;
    }
    if (m.type === 'Company' && COMPLEMENT_BEFORE.test(view.folded.slice(Math.max(0, localOffset(view, m.start) - 30), localOffset(view, m.start)))) continue;
    emit(focus.entityId, 'TARGETS', m.entityId, m.pseudo ? 0.5 : 0.6, 'policy-frame-focus');
  }
}

/** TARGETS and ISSUES read in one sentence. */
export function policyFrames(view: SentenceView, ctx: ArticleContext, emit: Emit): void {
  const frame = frameOf(view);
  if (frame.policies.length === 0) {
    focusTargets(view, ctx, emit);
    return;
  }
  const { gazetteer } = ctx;
  const local = (offset: number): number => localOffset(view, offset);
  // The addition to a list of a company the knowledge base records, as its own measure:
  // "added Huawei to the Entity List" is also the May 2019 listing of Huawei.
  const listingOf = (company: RelationMention, list: RelationMention, issuer: RelationMention | undefined): void => {
    // The year the sentence states, else the article's, else any year the article mentions.
    const stated = /\b(?:19|20)\d\d\b/.exec(view.sentence.text)?.[0] ?? ctx.articleDate?.slice(0, 4);
    const years = stated ? [Number(stated)] : ctx.yearsMentioned;
    const additions = [...gazetteer.entries.values()].filter((entry) => entry.type === 'Policy' && entry.kind === 'LIST' && entry.id !== list.entityId
      && (entry.actors ?? []).includes(company.entityId)
      && (!issuer || issuerFamily(issuer.entityId, entry.id, gazetteer) || issuerFamily(issuer.entityId, list.entityId, gazetteer) && (entry.issuers ?? []).some((i) => stateOf(i, gazetteer) === stateOf(issuer.entityId, gazetteer))));
    for (const entry of additions) {
      const first = Number([...(entry.dates ?? [])].sort()[0]?.slice(0, 4) ?? NaN);
      // Undated: the one addition of that company by that state. Dated: the addition of that year or the year before.
      if (years.length === 0 ? additions.length !== 1 : !Number.isFinite(first) || !years.some((year) => year >= first && year - first <= 1)) continue;
      ctx.imply(entry.id, 'Policy', list.start, list.end);
      emit(entry.id, 'TARGETS', company.entityId, 0.7, 'policy-frame-listing-of-company');
      if (issuer) emit(issuer.entityId, 'ISSUES', entry.id, 0.7, 'policy-frame-listing-issuer');
    }
  };
  for (const policy of frame.policies) {
    const entry = gazetteer.entries.get(policy.entityId);
    const knownTargets = new Set((entry?.actors ?? []).filter((id) => !(entry?.issuers ?? []).includes(id)));
    const isList = entry?.kind === 'LIST' || /\b(?:list|liste)\b/.test(fold(policy.text));

    // ISSUES: the nearest government before the measure, in its clause, that acts on it
    // ("the Commerce Department added…", "Washington unveiled its package"); not a
    // destination ("to China") nor a nationality ("China's largest chipmaker").
    let issuer: RelationMention | undefined;
    for (const g of [...frame.governments].reverse()) {
      if (g.end > policy.start || !sameClause(view, local(g.end), local(policy.start))) continue;
      if (DESTINATION.test(view.folded.slice(Math.max(0, local(g.start) - 14), local(g.start)))) continue;
      if (/^'s?\s+(?:[a-z-]+\s+){0,3}(?:company|firm|chipmaker|maker|group|giant|champion|foundry|designer|largest|biggest|leading|top)\b/.test(view.folded.slice(local(g.end), local(g.end) + 50))) continue;
      if (frame.policies.some((p) => p !== policy && p.start >= g.end && p.end <= policy.start && p.entityId !== policy.entityId)) break;
      const between = view.folded.slice(local(g.end), local(policy.start));
      if (MODAL.test(between)) break;
      const acting = ISSUING.test(between) && between.length <= 140;
      // "Washington's package" alone does not say Washington issued it here: only a verb does.
      if (!acting) continue;
      issuer = g;
      const known = issuerFamily(g.entityId, policy.entityId, gazetteer);
      // A standing list ("the Entity List") is not issued by each addition to it: its listings are (`listingOf`).
      if (entry?.kind === 'LIST' && standing(entry.dates)) break;
      emit(g.entityId, 'ISSUES', policy.entityId, (known ? 0.8 : 0.7) - (g.pseudo || policy.pseudo ? 0.1 : 0), 'policy-frame-issuer-acts');
      break;
    }
    // "The Commerce Department's rule", "the CAC's ban": a government the knowledge base records as
    // the measure's issuer, named before it in its clause (not as a destination), without a verb.
    if (!issuer && !(entry?.kind === 'LIST' && standing(entry.dates))) {
      const known = frame.governments.find((g) => !g.pseudo && g.end <= policy.start && (entry?.issuers ?? []).includes(g.entityId)
        && sameClause(view, local(g.end), local(policy.start)) && local(policy.start) - local(g.end) <= 80
        && !CLAUSE_BREAK.test(view.folded.slice(local(g.end), local(policy.start)))
        && !DESTINATION.test(view.folded.slice(Math.max(0, local(g.start) - 14), local(g.start)))
        // Without a verb to say so, any wish, plan or denial before the measure leaves it unsaid, and opposing it is no issuing.
        && !MODAL.test(view.folded.slice(0, local(policy.start))) && !UNDOING.test(view.folded.slice(local(g.end), local(policy.start)))
        && !OPPOSING.test(view.folded.slice(local(g.end), local(policy.start)))
        // "China's internet watchdog": a state named as the owner of another noun, or beside its own agency, is not the issuer here.
        && !(/^['’]s?\s/.test(view.folded.slice(local(g.end), local(g.end) + 3)) && local(policy.start) - local(g.end) > 4)
        && !frame.governments.some((other) => other !== g && !other.pseudo && parentsOf(other.entityId, gazetteer).includes(g.entityId)));
      if (known) emit(known.entityId, 'ISSUES', policy.entityId, 0.6, 'policy-frame-known-issuer');
    }

    for (const target of view.mentions) {
      if (target === policy || target.type === 'Policy' || target.type === 'Person') continue;
      if (!sameClause(view, local(target.start), local(policy.start))) continue;
      const gap = target.start >= policy.end ? view.folded.slice(local(policy.end), local(target.start)) : view.folded.slice(local(target.end), local(policy.start));
      if (gap.length > 160) continue;
      const isIssuerSide = target.type === 'Government' && (issuerFamily(target.entityId, policy.entityId, gazetteer) || frame.governments.some((g) => g.entityId === target.entityId && g.end <= policy.start && g === issuer));
      if (isIssuerSide) continue;
      if (MODAL.test(view.folded.slice(Math.min(local(target.end), local(policy.end)), Math.max(local(target.start), local(policy.start))))) continue;
      let rule: string | undefined;
      let confidence = 0;
      let how: ReturnType<typeof listed> = false;
      if (knownTargets.has(target.entityId) && target.type !== 'Company') {
        rule = 'policy-frame-known-target'; confidence = 0.75;
      } else if (isList && target.type === 'Company' && (how = listed(view, target, policy))) {
        rule = 'policy-frame-listed'; confidence = 0.75;
      } else if (target.type === 'Chip' && COVERAGE.test(gap)) {
        rule = 'policy-frame-covered-chip'; confidence = 0.65;
      } else if (target.type === 'Company' && FUNDING_KINDS.has(entry?.kind ?? '') && fundedBy(view, target)) {
        rule = 'policy-frame-funded'; confidence = 0.7;
      } else if (target.type === 'Government' && target.start >= policy.end && EXPORT_KINDS.has(entry?.kind ?? 'EXPORT_CONTROL')
        && DESTINATION.test(view.folded.slice(Math.max(0, local(target.start) - 16), local(target.start))) && /export|ship|sale|vente|livr|expedi|sold|sell/.test(view.folded)) {
        rule = 'policy-frame-destination'; confidence = 0.65;
      }
      if (!rule) continue;
      for (const member of groupOf(view, target)) {
        if (member.type !== target.type) continue;
        emit(policy.entityId, 'TARGETS', member.entityId, confidence - (target.pseudo || policy.pseudo ? 0.1 : 0), rule);
        if (how === 'added') {
          listingOf(member, policy, issuer);
          const measure = addingMeasure(view, ctx);
          if (measure) emit(measure, 'TARGETS', member.entityId, 0.6, 'policy-frame-listing-by-measure');
        }
      }
    }
  }
}

/** Kinds of measure that hand out money: the companies a sentence says receive it are their targets. */
const FUNDING_KINDS: ReadonlySet<string> = new Set<PolicyKind>(['LAW', 'SUBSIDY']);
/** Words for money handed out (folded). */
const FUNDING = /(?:^|[^a-z])(?:grants?|awards?|awarded|subsid\w*|funding|funded|incentives?|loans?|subventions?|aides?|financements?|accord\w*|attribu\w*|vers\w*|octroy\w*)(?=[^a-z]|$)/;
/** Before a recipient: "to", "for", "à", "en faveur de" (folded, at the end). */
const RECIPIENT_BEFORE = /(?:^|\s)(?:to|for|a|au|aux|en faveur d[eu]|pour)\s+(?:(?:the|l'|le|la|[a-z-]+(?:ain|ais|aise|ois|oise|en|enne|ean|ese|an|ch))\s+)?$/;
/** After a recipient: "received", "a obtenu", "s'est vu accorder" (folded, at the start). */
const RECIPIENT_AFTER = /^\s*,?\s*(?:(?:qui|which|that)\s+)?(?:(?:has|had|a|avait|also|aussi|egalement)\s+)*(?:received|won|secured|got|obtained|was awarded|obtenu|obtient|recu|recoit|touche|beneficie|s'est vu (?:accorder|attribuer|octroyer))(?![a-z])/;

/**
 * "a grant of $6.1 billion for Micron … under the CHIPS Act", "une subvention de 4,7 milliards au
 * sud-coréen Samsung … au titre du Chips and Science Act", "SK Hynix, qui a obtenu 458 millions":
 * the company the sentence says receives money handed out under the measure.
 */
function fundedBy(view: SentenceView, target: RelationMention): boolean {
  const start = localOffset(view, target.start);
  const end = localOffset(view, target.end);
  if (!FUNDING.test(view.folded) || MODAL.test(view.folded.slice(Math.max(0, start - 60), start))) return false;
  const before = view.folded.slice(Math.max(0, start - 40), start);
  return (RECIPIENT_BEFORE.test(before) && FUNDING.test(view.folded.slice(Math.max(0, start - 120), start))) || RECIPIENT_AFTER.test(view.folded.slice(end, end + 40));
}

/**
 * Whether the sentence puts `target` on the list `policy` names: "added Huawei to the Entity
 * List", "Huawei was added to…", "l'inscription de SMIC sur la liste noire", "inscrire sur sa
 * liste noire … : Biren Technology et Moore Threads".
 */
function listed(view: SentenceView, target: RelationMention, policy: RelationMention): 'added' | 'on' | false {
  const local = (offset: number): number => localOffset(view, offset);
  if (COMPLEMENT_BEFORE.test(view.folded.slice(Math.max(0, local(target.start) - 30), local(target.start))) && !/(?:inscri\w*|ajout\w*|addition)\s+(?:du|de|d'|des|of)\s*(?:[a-z-]+\s+){0,2}$/.test(view.folded.slice(Math.max(0, local(target.start) - 40), local(target.start)))) return false;
  // "SMIC, itself on the Entity List since 2020", "inscrit sur la liste noire": being on the list.
  const onList = /(?:^|\s)(?:on|sur)\s+(?:the\s+|la\s+|l'\s*|sa\s+|leur\s+)?(?:us\s+|american\s+)?$/.test(view.folded.slice(Math.max(0, local(policy.start) - 24), local(policy.start)));
  // "Inscrit depuis 2022 sur la liste noire américaine, le groupe…", "Placed on the Entity List in 2020, SMIC…": the subject after the fronted clause.
  if (onList && target.start >= policy.end && FRONTED_LISTING.test(view.folded.slice(0, local(policy.start)))
    && /^[^,;]{0,40},\s*$/.test(view.folded.slice(local(policy.end), local(target.start)))) return 'on';
  if (onList && target.end <= policy.start && local(policy.start) - local(target.end) <= 80
    && !view.mentions.some((m) => m.type === 'Company' && m.start >= target.end && m.end <= policy.start)) return 'on';
  const cues = [...view.folded.matchAll(new RegExp(LISTING.source, 'g'))].map((m) => (m.index ?? 0) + (m[0].length - m[0].trimStart().length));
  for (const cue of cues) {
    if (cue >= local(policy.start) || MODAL.test(view.folded.slice(0, cue))) continue;
    const noBreak = (a: number, b: number): boolean => !CLAUSE_BREAK.test(view.folded.slice(Math.min(a, b), Math.max(a, b)));
    // "added Huawei to the Entity List", "l'inscription de Huawei sur l'Entity List"
    if (cue < local(target.start) && target.end <= policy.start && noBreak(cue, local(target.start))) return 'added';
    // "Huawei was added to the Entity List"
    // "Cambricon, a Beijing-based designer of AI chips, was added…", "SMIC, which makes chips for Huawei, was added…":
    // an apposition or a relative clause between them; a company named inside one is not what is listed.
    const between = view.folded.slice(local(target.end), cue).replace(APPOSITION, ' ');
    if (target.end <= view.sentence.start + cue && !insideParenthetical(view, target) && /^\s*(?:(?:was|were|has been|have been|had been|is|are|being|a ete|ont ete|avait ete|est|sont|,|also|aussi)\s*)*$/.test(between)) return 'added';
    // "inscrire sur sa liste noire, l'Entity List, deux concepteurs … : Biren Technology et Moore Threads";
    // not after a passive participle ("a company placed on the Entity List, which brings Nexperia…").
    const passive = (PASSIVE_PARTICIPLE.test(view.folded.slice(cue, cue + 14)) && PASSIVE_BEFORE.test(view.folded.slice(Math.max(0, cue - 40), cue)))
      // "Inscrit en mai 2019 sur l'Entity List, …, Huawei …": a fronted participle lists only its subject (read above).
      || FRONTED_LISTING.test(view.folded.slice(0, local(policy.start)));
    if (!passive && target.start >= policy.end && local(target.start) - local(policy.end) <= 140 && noBreak(local(policy.end), local(target.start))) return 'added';
  }
  return false;
}

/** Whether a name sits inside an apposition or relative clause that follows another company ("SMIC, which makes chips for Huawei,"). */
function insideParenthetical(view: SentenceView, target: RelationMention): boolean {
  const local = (offset: number): number => localOffset(view, offset);
  const opener = view.folded.lastIndexOf(',', local(target.start));
  if (opener < 0 || !APPOSITION.test(`${view.folded.slice(opener, local(target.end))},`)) return false;
  return view.mentions.some((m) => m.type === 'Company' && m !== target && /^\s*$/.test(view.folded.slice(local(m.end), opener)) && m.end <= target.start);
}

/**
 * RESTRICTS_EXPORT_OF for each chip an export measure targets, by the government the same sentence
 * says issued that measure (its ISSUES relations), with that sentence as evidence.
 */
export function exportRestrictions(relations: readonly ExtractedRelation[], gazetteer: Gazetteer, kindOf: (policyId: string) => string | undefined, emit: Emit): void {
  // The issuer the same sentence names ("the Commerce Department unveiled an update … that covers
  // the A800"), or, for a sentence that only refers back to the measure ("ces restrictions", "the
  // new net"), the issuer named within the 600 characters before it.
  const issued = relations.filter((r) => r.predicate === 'ISSUES');
  for (const r of relations) {
    if (r.predicate !== 'TARGETS' || !EXPORT_KINDS.has(kindOf(r.subject) ?? '')) continue;
    if (gazetteer.entries.get(r.object)?.type !== 'Chip') continue;
    const here = issued.filter((i) => i.object === r.subject && i.evidence.start === r.evidence.start);
    const before = issued.filter((i) => i.object === r.subject && i.evidence.start < r.evidence.start && r.evidence.start - i.evidence.end <= 600);
    const governments = here.length > 0 ? here : before.slice(-1);
    for (const government of new Set(governments.map((g) => g.subject))) {
      emit(government, 'RESTRICTS_EXPORT_OF', r.object, Math.min(r.confidence, 0.7), 'policy-frame-export-restriction', r.evidence);
    }
  }
}
