/**
 * Customers and suppliers named around a company, beyond the pair rules' words between two names:
 * the chip a supplier hands over is bought by its customer ("Micron supplies its HBM3E chips to
 * Nvidia"), a company called another's customer buys from it ("counts Microsoft among its largest
 * customers", "les clients de TSMC, dont Apple"), and companies listed as suppliers supply the
 * company named before the list ("auprès de fournisseurs américains, parmi lesquels Qualcomm").
 */
import { HEDGE } from '../relation-rules.ts';
import { groupOf, localOffset, type ArticleContext, type Emit, type RelationMention, type SentenceView } from './sentence-view.ts';

/** A supply verb (folded). */
const SUPPLY_VERB = /(?:^|[^a-z])(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?|fourni\w*|livr\w*)(?=[^a-z]|$)/;

/**
 * What a supplier hands over, bought by the one it supplies: "Micron supplies its HBM3E chips to
 * Nvidia", "SK hynix fournit à Nvidia l'essentiel de ses mémoires HBM3E" -> Nvidia BUYS the chip.
 * The chip stands between the verb and the customer, or right after the customer.
 */
export function suppliedChips(view: SentenceView, emit: Emit): void {
  const { folded, mentions: ms } = view;
  const local = (offset: number): number => localOffset(view, offset);
  for (const supplier of ms) {
    if (supplier.type !== 'Company') continue;
    const customer = ms.find((m) => m.type === 'Company' && m.start >= supplier.end && m.entityId !== supplier.entityId);
    if (!customer) continue;
    const gap = folded.slice(local(supplier.end), local(customer.start));
    const verb = SUPPLY_VERB.exec(gap);
    if (!verb || gap.length > 120 || /[;:]/.test(gap) || HEDGE.test(gap) || !/(?:^|\s)(?:to|a|aux|au)\s*(?:the\s*|l'\s*)?$/.test(gap)) continue;
    const verbAt = local(supplier.end) + verb.index;
    const after = folded.slice(local(customer.end), local(customer.end) + 70);
    const chips = ms.filter((m) => m.type === 'Chip' && ((local(m.start) > verbAt && m.end <= customer.start)
      || (m.start >= customer.end && local(m.start) - local(customer.end) <= 60 && !/[;:,]/.test(folded.slice(local(customer.end), local(m.start))) && !HEDGE.test(after))));
    for (const chip of chips) for (const buyer of groupOf(view, customer)) {
      if (buyer.type === 'Company') emit(buyer.entityId, 'BUYS', chip.entityId, supplier.pseudo || customer.pseudo ? 0.55 : 0.65, 'supplied-chip-bought');
    }
  }
}

const CUSTOMER = String.raw`(?:customers?|clients?|buyers?|acheteurs?)`;
/** Between a supplier and its customers: "Nvidia's largest customers include Microsoft", "les clients de TSMC, dont Apple" (folded). */
const SUPPLIER_THEN_CUSTOMER = new RegExp(String.raw`^(?:\s*'\s*s\s+(?:[a-z-]+\s+){0,2}${CUSTOMER}\s*,?\s*(?:include|includes|including|such as|like|are|is|notably|among them)|\s*,?\s*(?:which|that|qui)?\s*(?:counts|count|counted|compte|comptait)\s*)\s*(?:the\s+|le\s+|la\s+|l')?$`);
/** "counts Microsoft among its largest customers", "compte Apple parmi ses clients" (folded, after the customer). */
const AMONG_CUSTOMERS = new RegExp(String.raw`^\s*(?:(?:and|et)\s+[^.;:]{1,40}\s+)?(?:among|parmi)\s+(?:its|their|ses|leurs)\s+(?:[a-z-]+\s+){0,2}${CUSTOMER}`);
/** "customers of TSMC, including Apple", "les clients de TSMC, dont Apple" (folded, before the supplier). */
const CUSTOMERS_OF = new RegExp(String.raw`${CUSTOMER}\s+(?:[a-z-]+\s+)?(?:of|de|d'|du)\s*(?:the\s+)?$`);
/** "Son premier client, le taïwanais TSMC", "its biggest customer, Apple" (folded, before the customer). */
const ITS_CUSTOMER = new RegExp(String.raw`(?:^|\s)(?:son|sa|its|their|leur)\s+(?:(?:premier|plus gros|plus grand|principal|largest|biggest|main|top|first)\s+)?${CUSTOMER}\s*,\s*(?:(?:the|le|la|l')\s*)?(?:[a-z-]+\s+)?$`);

/**
 * Customers: a company a text calls another's customer buys from it ("Nvidia, which counts
 * Microsoft among its largest customers", "Nvidia's customers include Microsoft", "les clients de
 * TSMC, dont Apple", "Son premier client, le taïwanais TSMC"). Only BUYS: annotators read the other
 * side as SUPPLIES or SELLS_TO by turns, and a company customer is read here as neither.
 */
export function customersOf(view: SentenceView, ctx: ArticleContext, emit: Emit): void {
  const { folded, mentions: ms } = view;
  const local = (offset: number): number => localOffset(view, offset);
  const pair = (supplier: RelationMention, customer: RelationMention, rule: string): void => {
    if (supplier.entityId === customer.entityId) return;
    const confidence = supplier.pseudo || customer.pseudo ? 0.55 : 0.65;
    for (const c of groupOf(view, customer)) {
      if (c.type !== 'Company' || c.entityId === supplier.entityId) continue;
      emit(c.entityId, 'BUYS', supplier.entityId, confidence, rule);
    }
  };
  const companies = ms.filter((m) => m.type === 'Company');
  for (let i = 0; i < companies.length; i++) {
    const a = companies[i];
    if (!a) continue;
    const before = folded.slice(Math.max(0, local(a.start) - 60), local(a.start));
    // "Son premier client, le taïwanais TSMC": the possessive is the company the article is about.
    if (ITS_CUSTOMER.test(before) && !HEDGE.test(before)) {
      const owner = ctx.salient('Company', a.start);
      if (owner) pair(owner, a, 'customer-of-its');
    }
    const b = companies.slice(i + 1).find((m) => m.entityId !== a.entityId);
    if (!b) continue;
    const gap = folded.slice(local(a.end), local(b.start));
    if (gap.length > 90 || /[;]/.test(gap) || HEDGE.test(gap)) continue;
    if (SUPPLIER_THEN_CUSTOMER.test(gap) && !/counts?|compte/.test(gap)) pair(a, b, 'customers-include');
    else if (/(?:counts?|counted|compte|comptait)\s*(?:the\s+|le\s+|la\s+|l')?$/.test(gap) && AMONG_CUSTOMERS.test(folded.slice(local(b.end), local(b.end) + 70))) pair(a, b, 'counts-among-customers');
    else if (CUSTOMERS_OF.test(folded.slice(Math.max(0, local(a.start) - 40), local(a.start))) && /^\s*,\s*(?:including|such as|like|notably|dont|notamment|comme|parmi lesquels)\s+$/.test(gap)) pair(a, b, 'customers-of-including');
  }
}

/** Suppliers introducing a list: "fournisseurs américains, parmi lesquels", "its suppliers, including", "des fournisseurs de puces :" (folded, at the end). */
const SUPPLIERS_LISTED = /(?:^|\s)(?:suppliers|fournisseurs|vendors|equipementiers|sous-traitants|subcontractors)(?:\s+[a-z'-]+){0,3}?\s*,?\s*(?:(?:including|such as|like|notably|among them|parmi lesquels|parmi eux|dont|notamment|comme|tels que)\s+|:\s*)$/;

/**
 * Suppliers named in a list: "Huawei a dépensé 11 milliards auprès de fournisseurs américains,
 * parmi lesquels Qualcomm, Intel et Micron", "its suppliers include…": each listed company supplies
 * the company the sentence names before the list (the possessive's company when it names none).
 */
export function suppliersListed(view: SentenceView, ctx: ArticleContext, emit: Emit): void {
  const { folded, mentions: ms } = view;
  const local = (offset: number): number => localOffset(view, offset);
  const done = new Set<RelationMention>();
  for (const first of ms) {
    if (first.type !== 'Company' || done.has(first)) continue;
    const before = folded.slice(Math.max(0, local(first.start) - 80), local(first.start));
    const cue = SUPPLIERS_LISTED.exec(before);
    if (!cue || HEDGE.test(before)) continue;
    const cueAt = local(first.start) - before.length + cue.index;
    const customer = [...ms].reverse().find((m) => m.type === 'Company' && local(m.end) <= cueAt)
      ?? (/(?:its|their|ses|leurs|son|sa)\s+(?:[a-z-]+\s+)?$/.test(folded.slice(Math.max(0, cueAt - 20), cueAt + 1)) ? ctx.salient('Company', first.start) : undefined);
    if (!customer) continue;
    for (const supplier of groupOf(view, first)) {
      done.add(supplier);
      if (supplier.type === 'Company' && supplier.entityId !== customer.entityId) emit(supplier.entityId, 'SUPPLIES', customer.entityId, customer.pseudo ? 0.55 : 0.65, 'suppliers-listed');
    }
  }
}
