/**
 * Coordination: mentions of one type joined by commas, "and", "et", "or", "ou", "as well as",
 * "ainsi que" ("ByteDance, Alibaba and Tencent", "les A100 et H100") make one group, and a rule
 * that reads one of them reads them all (`SentenceView.groups`).
 */
import type { RelationMention } from './sentence-view.ts';

/** What may stand between two members of a group (folded), an article or possessive included. */
const JOINED = /^\s*(?:,|,?\s*(?:and|et|or|ou|&|as well as|ainsi que|comme))\s*(?:(?:a|au|aux|de|du|des|le|la|les|l'|the|its|their|ses|leurs|an|un|une)\s+)?$/u;

/** Each mention's group (itself alone when it has none); `ms` sorted by start, `offset` where `folded` starts. */
export function coordinationGroups(ms: readonly RelationMention[], folded: string, offset: number): Map<RelationMention, RelationMention[]> {
  const groups = new Map<RelationMention, RelationMention[]>();
  let current: RelationMention[] = [];
  const flush = (): void => { for (const m of current) groups.set(m, current); };
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!m) continue;
    const previous = current[current.length - 1];
    const gap = previous ? folded.slice(previous.end - offset, m.start - offset) : '';
    if (previous && previous.type === m.type && m.start >= previous.end && JOINED.test(gap)) {
      current.push(m);
    } else {
      flush();
      current = [m];
    }
  }
  flush();
  return groups;
}
