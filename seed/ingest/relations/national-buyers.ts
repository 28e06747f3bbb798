/**
 * Sales to a country's buyers: "the AI processor that Huawei sells to Chinese data centres",
 * "Samsung, which has sold much of its older HBM to Chinese buyers", "des commandes de clients
 * chinois", "two toolmakers that had been winning orders from Chinese fabs". The nationality of the
 * buyers names the market: SELLS_TO its state, for the company named last before the verb (and
 * the companies coordinated with it).
 */
import { HEDGE } from '../relation-rules.ts';
import { groupOf, localOffset, type ArticleContext, type Emit, type SentenceView } from './sentence-view.ts';
import { countryOfWord } from './nationality.ts';

const SELLING = String.raw`(?:sells?|sold|selling|ships?|shipped|shipping|export\w*|vend(?:u|ue|us|ues|ent|ait|aient|re)?|livr\w*)`;
const DEMAND = String.raw`(?:orders?|demand|commandes?|ventes?|sales)`;
const BUYERS_EN = String.raw`(?:customers?|buyers?|clients?|data cent(?:er|re)s?|fabs?|companies|firms|users|operators|cloud providers|carmakers|smartphone makers|handset makers)`;
const BUYERS_FR = String.raw`(?:clients?|acheteurs?|entreprises|groupes|centres de donnees|utilisateurs|operateurs|fabricants|fondeurs)`;
/** English order: "to Chinese buyers", "from Chinese fabs"; group 1 is the nationality. */
const EN = new RegExp(String.raw`(?:${SELLING}\b[^.;:]{0,60}?\b(?:to)|${DEMAND} (?:from|by))\s+(?:(?:the|its|their|big|large|major|many|several|some)\s+)?([a-z-]+)\s+${BUYERS_EN}\b`, 'dg');
/** French order: "à des clients chinois", "des commandes de groupes chinois"; group 1 is the nationality. */
const FR = new RegExp(String.raw`(?:${SELLING}\b[^.;:]{0,60}?(?:\ba|\baux|\bau)|${DEMAND} (?:de|des|d'))\s+(?:(?:des|les|de|grands?|gros)\s+)*${BUYERS_FR}\s+([a-z-]+)\b`, 'dg');

export function salesToNationalBuyers(view: SentenceView, ctx: ArticleContext, emit: Emit, imply: (state: string, start: number, end: number) => void): void {
  const companies = view.mentions.filter((m) => m.type === 'Company');
  if (companies.length === 0) return;
  for (const pattern of [EN, FR]) {
    for (const match of view.folded.matchAll(pattern)) {
      const country = countryOfWord(match[1] ?? '');
      const state = country ? ctx.gazetteer.stateOfCountry.get(country) : undefined;
      if (!state) continue;
      const at = match.index ?? 0;
      const seller = [...companies].reverse().find((m) => localOffset(view, m.end) <= at && at - localOffset(view, m.end) <= 120);
      if (!seller || HEDGE.test(view.folded.slice(localOffset(view, seller.end), at + match[0].length))) continue;
      const [from, to] = match.indices?.[1] ?? [at, at];
      if (!view.mentions.some((m) => m.entityId === state && !m.pseudo)) imply(state, view.sentence.start + from, view.sentence.start + to);
      for (const company of groupOf(view, seller)) if (company.type === 'Company') emit(company.entityId, 'SELLS_TO', state, seller.pseudo ? 0.55 : 0.65, 'sales-to-national-buyers');
    }
  }
}
