/**
 * A chip and the company a curated source says makes, designs or fabricates it, named together in
 * one clause: "Nvidia released $180 million of H20 inventory", "les A100 et H100 du géant de
 * Santa Clara" (once the nickname is linked). The sentence is the evidence; the knowledge base
 * only tells which of the companies in it is the chip's maker, so a reviewer sees the claim next to
 * the sentence that supports it. Stopped or denied work ("stopped making", "n'a pas fabriqué")
 * is left out. One claim per company and chip: MAKES when the source names a brand owner. A chip
 * said to compete with a company or its chip makes their makers rivals.
 */
import type { Predicate } from '../../../schema/vocabulary.ts';
import { fold } from '../../../schema/fold-text.ts';
import { localOffset, type ArticleContext, type Emit, type SentenceView } from './sentence-view.ts';

/** Cessation, denial and plans between the two names (folded). */
const NOT_DONE = /(?:^|[^a-z])(?:not|no longer|never|stopp\w*|ceas\w*|halt\w*|deni\w*|plan\w* to|could|would|might|may|n'|ne |cess\w*|arret\w*|jamais|pourrai\w*|envisag\w*)(?=[^a-z]|$)/;
/** A chip announced for later (folded): a roadmap, "expected in 2026", "attendu début 2026". */
const NOT_YET = /(?:^|[^a-z])(?:roadmap|feuille de route|expected|due (?:in|out|next)|slated|planned|upcoming|attendue?s?|prevue?s?|a venir)(?=[^a-z]|$)/;
/** Fabrication is claimed only where the sentence says so (`fabricated-by-foundry`), never from the source alone. */
/** Verbs that make a company the source of a product (folded). */
const PRODUCT_VERB = /(?:^|[^a-z])(?:launch\w*|releas\w*|offer\w*|ship\w*|sell\w*|sold|present\w*|unveil\w*|introduc\w*|produc\w*|make|makes|made|develop\w*|design\w*|follow\w* up|roll\w* out|debut\w*|lanc\w*|commercialis\w*|devoil\w*|vend\w*|livr\w*|produi\w*|fabriqu\w*|con[cç]\w*|developp\w*|mis sur le marche|met sur le marche|mettre sur le marche|sorti\w*|propos\w*|annonc\w*|announc\w*)(?=[^a-z]|$)/;
/** A design verb in the sentence (folded). */
const DESIGN_VERB = /(?:^|[^a-z])(?:design(?:s|ed|ing)?|con[cç]u\w*|concoit|develop\w*|developp\w*)(?=[^a-z]|$)/;
/** The words before the company end the chip's phrase on it: "…, les plus puissantes de", "…, the fastest from" (folded). */
const OF_MAKER = /(?:^|\s)(?:de|d'|du|from|by)\s*(?:the\s*)?$/;
const MAKER_PREDICATES: ReadonlySet<string> = new Set<Predicate>(['MAKES', 'DESIGNS']);

export function knownMakers(view: SentenceView, ctx: ArticleContext, emit: Emit): void {
  const local = (offset: number): number => localOffset(view, offset);
  competingChips(view, ctx, emit);
  for (const chip of view.mentions) {
    if (chip.type !== 'Chip' || chip.pseudo) continue;
    makerInName(chip, ctx, emit);
    // One claim per company: the brand owner (MAKES) when the source names one, else the designer.
    const byCompany = new Map<string, Predicate>();
    for (const known of ctx.gazetteer.entries.get(chip.entityId)?.makers ?? []) {
      const [predicate, company] = known.split('|') as [Predicate, string];
      if (!MAKER_PREDICATES.has(predicate)) continue;
      if (predicate === 'MAKES' || !byCompany.has(company)) byCompany.set(company, predicate);
    }
    for (const [company, predicate] of byCompany) {
      const named = view.mentions.find((m) => m.entityId === company);
      if (!named) continue;
      const [from, to] = named.end <= chip.start ? [named.end, chip.start] : [chip.end, named.start];
      const between = view.folded.slice(local(from), local(to));
      if (between.length > 160 || /;/.test(between) || NOT_DONE.test(between)) continue;
      // A chip still to come: "une feuille de route … de l'Ascend 950PR attendu début 2026".
      if (NOT_YET.test(between) || NOT_YET.test(view.folded.slice(local(chip.end), local(chip.end) + 24))) continue;
      // The sentence must link them: a product verb between them, or a stand-in for the company ("il", "Team Green").
      // …or the chip's phrase ends on its maker: "GB300 de la génération Blackwell, les plus puissantes de Nvidia".
      const endsOnMaker = named.start >= chip.end && OF_MAKER.test(between);
      if (!PRODUCT_VERB.test(between) && !named.pseudo && !endsOnMaker) continue;
      if (ctx.related(company, chip.entityId)) continue; // another rule read what the sentence says of them
      // The sentence's own verb decides between brand owner and designer ("la puce que Nvidia a conçue").
      const said = DESIGN_VERB.test(view.folded) ? 'DESIGNS' : predicate;
      emit(company, said, chip.entityId, named.pseudo ? 0.55 : 0.6, 'known-maker-in-sentence');
    }
  }
}

/**
 * "a Huawei Ascend 910B accelerator", "les puces Nvidia H20": the chip is named with its known maker's
 * name, which the chip's alias swallowed. The maker is implied at the start of the name.
 */
function makerInName(chip: SentenceView['mentions'][number], ctx: ArticleContext, emit: Emit): void {
  const written = fold(chip.text);
  for (const known of ctx.gazetteer.entries.get(chip.entityId)?.makers ?? []) {
    const [predicate, company] = known.split('|') as [Predicate, string];
    if (predicate !== 'MAKES') continue;
    const entry = ctx.gazetteer.entries.get(company);
    const name = [entry?.name ?? '', ...(entry?.aliases ?? [])].map(fold).find((alias) => alias.length >= 3 && written.startsWith(`${alias} `));
    if (!name || fold(ctx.text.slice(chip.start, chip.start + name.length)) !== name) continue;
    ctx.imply(company, 'Company', chip.start, chip.start + name.length);
    emit(company, 'MAKES', chip.entityId, 0.65, 'maker-in-chip-name');
  }
}

/** Competition between a chip and a company or another chip, in the words between them (folded). */
const COMPETES = /^[^.;:]{0,80}?(?:competes? with|competing with|rivals?|rivalise avec|rivalisent avec|concurrence|concurrencent|(?:main |leading |chief |principale? )?(?:domestic |chinese |local )?(?:alternative|rival|challenger|competitor|concurrente?|alternative nationale) (?:to|of|a|au|de|du|d')|face a)\s*(?:the\s+|le\s+|la\s+|l')?[^.;:]{0,20}$/;

/**
 * "Huawei's Ascend 910C now competes with Nvidia", "the Ascend processors have become the main
 * alternative to Nvidia's H20": a chip said to compete with a company or its chip makes their
 * makers rivals, each maker the one a curated source names for the chip (the brand owner, else the
 * designer), or the company itself.
 */
function competingChips(view: SentenceView, ctx: ArticleContext, emit: Emit): void {
  const local = (offset: number): number => localOffset(view, offset);
  const makerOf = (m: SentenceView['mentions'][number]): string | undefined => {
    if (m.type === 'Company') return m.entityId;
    if (m.type !== 'Chip') return undefined;
    const known = (ctx.gazetteer.entries.get(m.entityId)?.makers ?? []).map((x) => x.split('|') as [string, string]);
    return (known.find(([p]) => p === 'MAKES') ?? known.find(([p]) => p === 'DESIGNS'))?.[1];
  };
  const ms = view.mentions.filter((m) => !m.pseudo && (m.type === 'Chip' || m.type === 'Company'));
  for (const [i, left] of ms.entries()) {
    if (left.type !== 'Chip') continue;
    // The first name after the chip that the competition words lead to ("…, produced by SMIC, now competes with Nvidia").
    const right = ms.slice(i + 1).find((m) => m.start >= left.end && makerOf(m) !== makerOf(left) && COMPETES.test(view.folded.slice(local(left.end), local(m.start))));
    if (!right || NOT_DONE.test(view.folded.slice(local(left.end), local(right.start)))) continue;
    const a = makerOf(left);
    const b = makerOf(right);
    if (a && b && a !== b) emit(a, 'COMPETES_WITH', b, 0.65, 'competing-chips');
  }
}
