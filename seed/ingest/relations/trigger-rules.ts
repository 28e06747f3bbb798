/**
 * Trigger rules (`TRIGGER_RULES` in `relation-rules.ts`): a verb or noun ("investigating",
 * "barred", "stepping up orders of", "versera"), the subject before it (or after "by"/"par") and
 * the objects after it or in its clause. Hedges lower the confidence of the rules that ask;
 * a negation turns "n'autoriserait pas" into a restriction.
 *
 * An export decision whose sentence names no government ("The H20 can no longer be shipped") is
 * kept aside and, once the article is read, given to the government that made its other export
 * decisions (`exportsOfArticleGovernment`).
 */
import { PREDICATES, type EntityType, type Predicate } from '../../../schema/vocabulary.ts';
import { amountOfRelation } from '../extract-dates.ts';
import type { ExtractedRelation } from '../extraction-contract.ts';
import { HEDGE, NEGATION, TRIGGER_RULES, type TriggerRule } from '../relation-rules.ts';
import type { Sentence } from '../split-sentences.ts';
import { groupOf, localOffset, type ArticleContext, type Emit, type RelationMention, type SentenceView } from './sentence-view.ts';

/** An export decision read in a sentence that names no government to make it. */
export interface UnattributedExport {
  rule: TriggerRule;
  /** The rule's predicate, or the one it reads when negated ("ne pourront plus être expédiés"). */
  predicate: Predicate;
  sentence: Sentence;
  objects: readonly RelationMention[];
}

/**
 * A name in the place of a destination or a market ("to China", "en Chine", "from Taiwan"), which
 * is not who acts; "regulators in Beijing", "les autorités à Pékin" are the state that acts.
 */
function isPlace(view: SentenceView, m: RelationMention): boolean {
  const before = view.folded.slice(Math.max(0, localOffset(view, m.start) - 24), localOffset(view, m.start));
  return /(?:^|\s)(?:to|into|from|in|vers|en|a|au|aux|depuis|dans)\s*(?:the\s*|la\s*|l'\s*|le\s*)?$/u.test(before.slice(-12))
    && !/(?:regulators?|officials?|authorities|lawmakers|policymakers|regulateurs?|autorites|responsables|dirigeants)\s+(?:in|a|en)\s*$/u.test(before);
}

/** The subjects of a trigger: the nearest group before it in its clause, or the agent after "by"/"par". */
function findSubjects(rule: TriggerRule, view: SentenceView, tStart: number, tEnd: number, domain: readonly EntityType[]): readonly RelationMention[] {
  const { folded, mentions: ms } = view;
  const local = (x: number): number => localOffset(view, x);
  if (rule.agent === 'before' || rule.agent === 'either') {
    const candidates = ms.filter((m) => domain.includes(m.type) && m.end <= tStart && tStart - m.end <= rule.reach
      && !/^\s*'\s*s(?![\p{L}])/u.test(folded.slice(local(m.end), local(m.end) + 4)) && !isPlace(view, m));
    const nearest = candidates[candidates.length - 1];
    if (nearest && !/[;:]/.test(folded.slice(local(nearest.end), local(tStart)))) return groupOf(view, nearest);
  }
  if (rule.agent === 'after' || rule.agent === 'either') {
    const agent = ms.find((m) => domain.includes(m.type) && m.start >= tEnd && m.start - tEnd <= 60
      && /(?:^|\s)(?:by|par)\s+(?:the |l'|le |la |les )?[^.;:]{0,25}$/u.test(folded.slice(local(tEnd) - (rule.agent === 'after' ? 4 : 0), local(m.start))));
    if (agent) return groupOf(view, agent);
  }
  return [];
}

/** Nouns a country name can qualify, right after it (folded): "China revenue", "US sales". */
const COUNTRY_AS_MODIFIER = /^\s+(?:revenues?|sales|markets?|business|operations|units?|division|plants?|factor(?:y|ies)|customers|clients|subsidiar(?:y|ies))(?![a-z])/;

/** Words before a chip that make it the generation or family of another chip named before (folded). */
const QUALIFYING_GENERATION = /(?:de la|de l'|of the|from the)\s+(?:[a-z-]+\s+)?(?:generation|architecture|famille|family|gamme|series|serie)\s*$/;

/** The objects of a trigger: those after it within reach (or the first group only), or any in its clause. */
function findObjects(rule: TriggerRule, view: SentenceView, tEnd: number, range: readonly EntityType[], subjects: readonly RelationMention[]): readonly RelationMention[] {
  const { folded } = view;
  const local = (x: number): number => localOffset(view, x);
  // "puces GB300 de la génération Blackwell": the generation qualifies the chip, it is no object of its own.
  const ms = view.mentions.filter((m) => (m.type !== 'Chip' || !QUALIFYING_GENERATION.test(folded.slice(Math.max(0, local(m.start) - 24), local(m.start))))
    // "its China revenue", "the US market": a country naming another noun is no object of its own.
    && (m.type !== 'Government' || !COUNTRY_AS_MODIFIER.test(folded.slice(local(m.end), local(m.end) + 16))));
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
    return first ? groupOf(view, first) : [];
  }
  return after;
}

/** Applies every trigger rule to the sentence; export decisions without a government go to `unattributed`. */
export function applyTriggerRules(view: SentenceView, ctx: ArticleContext, emit: Emit, unattributed: UnattributedExport[]): void {
  const { sentence, folded, mentions: ms } = view;
  const local = (offset: number): number => localOffset(view, offset);
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
      let subjects = findSubjects(rule, view, tStart, tEnd, rule.subjectTypes ?? def.domain);
      if (subjects.length === 0 && rule.agent === 'either') {
        // No subject next to the trigger: a government named before it in the sentence (not one in a clause after it).
        subjects = ms.filter((m) => (def.domain as readonly EntityType[]).includes(m.type) && m.end <= tStart && !isPlace(view, m));
        confidence -= 0.1;
      }
      const objects = findObjects(rule, view, tEnd, rule.objectTypes ?? def.range, subjects);
      if (objects.length === 0) continue;
      if (subjects.length === 0) {
        if (rule.predicate === 'RESTRICTS_EXPORT_OF' || rule.predicate === 'ALLOWS_EXPORT_OF') unattributed.push({ rule, predicate, sentence, objects });
        continue;
      }
      if (rule.hedged && predicate === rule.predicate) {
        const from = Math.min(...subjects.map((s) => s.start), tStart);
        if (HEDGE.test(folded.slice(Math.max(0, local(from) - 50), local(tEnd) + 30))) confidence -= 0.35;
      }
      for (const s of subjects) for (const o of objects) {
        const amount = amountOfRelation(ctx.text, sentence, Math.min(s.start, o.start), Math.max(s.end, o.end), predicate);
        emit(s.entityId, predicate, o.entityId, confidence - (s.pseudo || o.pseudo ? 0.1 : 0), ruleId, view.evidence, amount ? { amount } : {});
      }
    }
  }
}

/**
 * Export decisions with no government in their sentence: the one that made the article's other
 * ones (most RESTRICTS_EXPORT_OF, ALLOWS_EXPORT_OF and ISSUES among `relations`) made them too.
 */
export function exportsOfArticleGovernment(relations: readonly ExtractedRelation[], unattributed: readonly UnattributedExport[], emit: Emit): void {
  if (unattributed.length === 0) return;
  const votes = new Map<string, number>();
  for (const relation of relations) {
    if (relation.predicate === 'RESTRICTS_EXPORT_OF' || relation.predicate === 'ALLOWS_EXPORT_OF' || relation.predicate === 'ISSUES') {
      votes.set(relation.subject, (votes.get(relation.subject) ?? 0) + 1);
    }
  }
  const authority = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (!authority) return;
  for (const { rule, predicate, sentence, objects } of unattributed) {
    const id = predicate === rule.predicate ? rule.id : `${rule.id}.negated`;
    for (const o of objects) emit(authority, predicate, o.entityId, rule.confidence - 0.15, `${id}.article-government`, { text: sentence.text, start: sentence.start, end: sentence.end });
  }
}
