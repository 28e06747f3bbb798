/**
 * A measure named with its state's nationality: "US export controls", "Chinese export controls on
 * gallium", "le tour de vis américain", "les restrictions américaines". The state issues it. A known
 * measure whose issuers are of another country is left alone ("American firms hit by the Chinese
 * ban" names the ban's targets, not its issuer), and so is a standing list ("the US Entity List").
 */
import { NATIONALITY_ADJECTIVES } from '../government-metonymy.ts';
import { issuerFamily } from './policy-frames.ts';
import { localOffset, type ArticleContext, type Emit, type SentenceView } from './sentence-view.ts';

const WORD = /[a-z][a-z.'-]*/g;

/** The nationality word inside a measure's name, right before it (English) or right after it (French), with its local span. */
function nationalityWord(folded: string, start: number, end: number): { country: string; start: number; end: number } | undefined {
  const words: Array<{ word: string; start: number; end: number }> = [];
  for (const match of folded.slice(Math.max(0, start - 30), Math.min(folded.length, end + 30)).matchAll(WORD)) {
    const at = Math.max(0, start - 30) + (match.index ?? 0);
    words.push({ word: match[0].replace(/^u\.s\.?$/, 'us').replace(/'s$/, ''), start: at, end: at + match[0].length });
  }
  const inside = words.filter((w) => w.start >= start && w.end <= end);
  // Only spaces between the measure and the word beside it: "the summons, Chinese authorities…" is no Chinese summons.
  const before = words.filter((w) => w.end <= start && /^\s*$/.test(folded.slice(w.end, start))).at(-1);
  const after = words.find((w) => w.start >= end && /^\s*$/.test(folded.slice(end, w.start)));
  for (const w of [...inside, before, after]) {
    const country = w ? NATIONALITY_ADJECTIVES.get(w.word) : undefined;
    if (w && country) return { country, start: w.start, end: w.end };
  }
  return undefined;
}

export function policyNationality(view: SentenceView, ctx: ArticleContext, emit: Emit): void {
  const local = (offset: number): number => localOffset(view, offset);
  for (const m of view.mentions) {
    // A standing list is named with its state ("the US Entity List") without being issued in the sentence.
    if (m.type !== 'Policy' || m.pseudo || ctx.gazetteer.entries.get(m.entityId)?.kind === 'LIST') continue;
    const found = nationalityWord(view.folded, local(m.start), local(m.end));
    const state = found ? ctx.gazetteer.stateOfCountry.get(found.country) : undefined;
    if (!found || !state) continue;
    if ((ctx.gazetteer.entries.get(m.entityId)?.issuers ?? []).length > 0 && !issuerFamily(state, m.entityId, ctx.gazetteer)) continue;
    if (!view.mentions.some((x) => x.entityId === state)) ctx.imply(state, 'Government', view.sentence.start + found.start, view.sentence.start + found.end);
    emit(state, 'ISSUES', m.entityId, 0.7, 'policy-nationality');
  }
}
