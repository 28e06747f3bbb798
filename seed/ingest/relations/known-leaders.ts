/**
 * A person named with a role ("chief executive Jensen Huang", "Commerce Secretary Gina Raimondo",
 * "son patron, Peter Wennink", "Lisa Su, the chief executive") and what a curated source says they
 * lead, when the article names it too. The sentence that gives the role is the evidence; the
 * knowledge base only tells which of the article's companies or governments the role is at. A
 * former, acting-for-someone-else or deputy role says nothing of who leads now.
 */
import { localOffset, type ArticleContext, type Emit, type SentenceView } from './sentence-view.ts';

/** Role words (folded), the same in both languages where they can be. */
const ROLE = String.raw`(?:chief executive(?: officer)?|ceo|boss|chairm[ae]n|chairwom[ae]n|president|presidente|secretary|minister|prime minister|premier|founder|co-?founder|head|leader|pdg|patron|patronne|president-directeur general|directeur general|directrice generale|dirigeant|dirigeante|fondateur|fondatrice|ministre|secretaire|premier ministre|chef)`;
/** A role right before the name: "chief executive Jensen Huang", "le patron de Nvidia, Jensen Huang", "Commerce Secretary". */
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[^a-z])${ROLE}(?:\s+(?:of|de|du|d')\s*(?:the\s+|la\s+|l')?[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,2})?\s*,?\s*$`);
/** A role right after the name: "Lisa Su, the chief executive", "Jensen Huang, son patron". */
const ROLE_AFTER = new RegExp(String.raw`^\s*,\s*(?:the\s+|its\s+|le\s+|la\s+|son\s+|sa\s+|their\s+|leur\s+)?(?:[a-z-]+\s+){0,2}${ROLE}(?![a-z])`);
/** A head of state or government leads the state, not its office ("President Donald Trump", "le Premier ministre"). */
const HEAD_OF_STATE = /(?:^|[^a-z])(?:president|presidente|prime minister|premier ministre|premier|chancellor|chancelier)(?:[^a-z]|$)/;
/** Roles that are not leading now (folded). */
export const NOT_NOW = /(?:^|[^a-z])(?:former|ex|ancien|ancienne|previous|predecessor|predecesseur|late|feu|vice|deputy|adjoint|adjointe|sous|under|acting for|candidat|nominee|pressenti|designe)(?:[^a-z]|$)/;

export function knownLeaders(view: SentenceView, ctx: ArticleContext, emit: Emit): void {
  const named = (id: string): boolean => ctx.mentions.some((m) => m.entityId === id);
  for (const person of view.mentions) {
    if (person.type !== 'Person' || person.pseudo) continue;
    const leads = ctx.gazetteer.entries.get(person.entityId)?.leads ?? [];
    if (leads.length === 0) continue;
    const start = localOffset(view, person.start);
    const end = localOffset(view, person.end);
    const before = view.folded.slice(Math.max(0, start - 60), start);
    const after = view.folded.slice(end, end + 60);
    const roleBefore = ROLE_BEFORE.exec(before);
    const roleAfter = ROLE_AFTER.exec(after);
    const role = roleBefore?.[0] ?? roleAfter?.[0];
    // "Former chief executive Pat Gelsinger": the words just before a role qualify it too.
    if (!role || NOT_NOW.test(role) || (roleBefore && NOT_NOW.test(before.slice(-(role.length + 24))))) continue;
    const led = oneLed(leads.filter(named), view, ctx, HEAD_OF_STATE.test(role));
    if (led) emit(person.entityId, 'LEADS', led, 0.7, 'known-leader-with-role');
  }
}

/**
 * Of what a person leads that the article names, the one the role is about: for a head of state
 * the state ("President Donald Trump" leads the United States, not the White House); else the one
 * named in the sentence; else the one state among them; else none rather than a guess.
 */
function oneLed(candidates: readonly string[], view: SentenceView, ctx: ArticleContext, headOfState: boolean): string | undefined {
  if (candidates.length <= 1) return candidates[0];
  const onlyState = (ids: readonly string[]): string | undefined => {
    const states = ids.filter((id) => ctx.gazetteer.entries.get(id)?.kind === 'STATE');
    return states.length === 1 ? states[0] : undefined;
  };
  const state = headOfState ? onlyState(candidates) : undefined;
  if (state) return state;
  const here = candidates.filter((id) => view.mentions.some((m) => m.entityId === id && !m.pseudo));
  if (here.length === 1) return here[0];
  return onlyState(here.length > 1 ? here : candidates);
}
