/**
 * Pair rules (`PAIR_RULES` in `relation-rules.ts`): two mentions and the words between them ("the
 * H20 made by Nvidia", "le PDG de NVIDIA, Jensen Huang", "SMIC, which is based in Shanghai"), the
 * words before the first one or after the second when a rule asks. Each mention stands for its
 * coordination group; a stand-in lowers the confidence.
 */
import type { EntityType } from '../../../schema/vocabulary.ts';
import { amountOfRelation } from '../extract-dates.ts';
import { HEDGE, PAIR_RULES } from '../relation-rules.ts';
import { LISTING, isStandingList } from './policy-frames.ts';
import { groupOf, localOffset, type ArticleContext, type Emit, type RelationMention, type SentenceView } from './sentence-view.ts';

/** Facts that a negation, a cessation or a plan between their two names leaves unsaid, whatever the rule ("stopped supplying", "ne fabrique plus de puces pour"). */
const STATED_FACTS: ReadonlySet<string> = new Set(['SUPPLIES', 'SELLS_TO', 'BUYS', 'MAKES', 'DESIGNS', 'FABRICATES', 'ACQUIRES', 'PAYS', 'LEADS']);

/** Index of the first mention after `from` (and ending before it starts) whose type is one of `types`, before `until`. */
function nextOfTypes(ms: readonly RelationMention[], from: number, types: readonly EntityType[], until = ms.length): number | undefined {
  const origin = ms[from];
  for (let k = from + 1; k < until; k++) {
    const m = ms[k];
    if (m && origin && m.start >= origin.end && types.includes(m.type)) return k;
  }
  return undefined;
}

/** A relative clause or an apposition right after the left name, set off by commas: ", qui conçoit des puces,", ", a Beijing-based designer,". */
const OWN_CLAUSE = /^\s*,\s*(?:which|who|that|whose|qui|dont|a|an|the|one of|un|une|l'un|l'une|le|la|l')\s[^,;:.()]{1,100},(?=\s*\S)/;

/** The gap without the clause that describes its left name, when it opens on one. */
function withoutOwnClause(gap: string): string | undefined {
  const clause = OWN_CLAUSE.exec(gap);
  return clause ? gap.slice(clause[0].length) : undefined;
}

export function applyPairRules(view: SentenceView, ctx: ArticleContext, emit: Emit): void {
  const { sentence, folded, mentions: ms } = view;
  const local = (offset: number): number => localOffset(view, offset);
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
        const fullGap = folded.slice(local(left.end), local(gapEnd));
        // "Moore Threads, qui conçoit des processeurs graphiques, est dirigé par…": the subject carried past its own clause.
        const gap = rule.gap.test(fullGap) ? fullGap : withoutOwnClause(fullGap);
        if (gap === undefined || !rule.gap.test(gap)) continue;
        if ((rule.hedged || STATED_FACTS.has(rule.predicate)) && HEDGE.test(gap)) continue;
        if (rule.before && !rule.before.test(folded.slice(Math.max(0, local(left.start) - 60), local(left.start)))) continue;
        if (rule.after && !rule.after.test(folded.slice(local(right.end), local(right.end) + 40))) continue;
        for (const l of groupOf(view, left)) for (const r of groupOf(view, right)) {
          const [s, o] = rule.subject === 'left' ? [l, r] : [r, l];
          // "The Commerce Department added Wingtech to its Entity List" lists Wingtech; it does not issue the list.
          if (rule.predicate === 'ISSUES' && LISTING.test(folded.slice(local(left.end), local(right.end))) && isStandingList(o.entityId, ctx.gazetteer)) continue;
          const amount = amountOfRelation(ctx.text, sentence, Math.min(l.start, r.start), Math.max(l.end, r.end), rule.predicate);
          emit(s.entityId, rule.predicate, o.entityId, rule.confidence - (l.pseudo || r.pseudo ? 0.1 : 0), rule.id, view.evidence, amount ? { amount } : {});
        }
      }
    }
  }
}
