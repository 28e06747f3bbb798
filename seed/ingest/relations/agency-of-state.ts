/**
 * PART_OF for an agency written with its state's nationality: "le département américain du
 * Commerce", "the US Commerce Department", "Chinese customs officials", "le ministère chinois des
 * Affaires étrangères". The state is the one of the adjective, when it is the agency's own country.
 */
import { NATIONALITY_ADJECTIVES } from '../government-metonymy.ts';
import { localOffset, type ArticleContext, type Emit, type SentenceView } from './sentence-view.ts';

const WORD = /[a-z][a-z.-]*/g;

export function agencyOfState(view: SentenceView, ctx: ArticleContext, emit: Emit): void {
  for (const m of view.mentions) {
    if (m.type !== 'Government' || m.pseudo) continue;
    const entry = ctx.gazetteer.entries.get(m.entityId);
    if (!entry?.country || entry.kind === 'STATE' || entry.kind === 'BLOC') continue;
    const state = ctx.gazetteer.stateOfCountry.get(entry.country);
    if (!state || state === m.entityId) continue;
    // The adjective inside the name ("département américain du Commerce") or just before it ("Chinese customs").
    const from = Math.max(0, localOffset(view, m.start) - 14);
    const around = view.folded.slice(from, localOffset(view, m.end));
    const word = [...around.matchAll(WORD)].find((w) => NATIONALITY_ADJECTIVES.get(w[0].replace(/\.$/, '').replace(/^u\.s$/, 'us')) === entry.country);
    const said = word !== undefined;
    // Not an agency named only as the owner of something else ("la liste noire du département américain").
    const owner = /(?:^|\s)(?:du|de la|de l'|des|of the)\s*$/.test(view.folded.slice(Math.max(0, localOffset(view, m.start) - 8), localOffset(view, m.start)));
    if (!said || owner) continue;
    // The adjective names the state: a mention of it when the sentence has none.
    const at = view.sentence.start + from + (word.index ?? 0);
    if (!view.mentions.some((x) => x.entityId === state)) ctx.imply(state, 'Government', at, at + word[0].length);
    emit(m.entityId, 'PART_OF', state, 0.7, 'agency-with-nationality');
  }
}
