/**
 * The bilingual trigger patterns of relation extraction, as data: one entry per rule, its id
 * (cited by every relation it produces), the predicate, and a pattern on folded text (lower case,
 * no accents, plain apostrophes). `relations/pair-rules.ts` and `relations/trigger-rules.ts` apply them.
 *
 * - Pair rules look at the words between two mentions (`gap`), optionally at the words before the
 *   first one (`before`); `subject: 'left'` means the first mention is the subject.
 * - Trigger rules look for a verb or noun, then take the subject before it (or after "by"/"par"
 *   for `agent: 'after'`) and the objects after it (`objects: 'after'`) or anywhere in the
 *   sentence (`objects: 'sentence'`).
 */
import type { EntityType, Predicate } from '../../schema/vocabulary.ts';

export interface PairRule {
  id: string;
  predicate: Predicate;
  left: readonly EntityType[];
  right: readonly EntityType[];
  gap: RegExp;
  before?: RegExp;
  subject: 'left' | 'right';
  confidence: number;
  /** Look at the gap plus the right mention's own text (for aliases such as "basée sur Blackwell"). */
  includeRightText?: boolean;
  /** Text that must follow the right mention. */
  after?: RegExp;
  /** Try every mention of the right types after the left one, not only the nearest. */
  allRights?: boolean;
  /** Skip when the gap holds a hedge or a negation. */
  hedged?: boolean;
  /** Skip a left mention whose preceding words match (and let it not block a farther one). */
  notBefore?: RegExp;
}

export interface TriggerRule {
  id: string;
  predicate: Predicate;
  trigger: RegExp;
  /** Where the subject is: before the trigger, or after it following "by"/"par". */
  agent: 'before' | 'after' | 'either';
  objects: 'after' | 'sentence';
  /** Largest distance in characters between trigger and subject or object. */
  reach: number;
  confidence: number;
  /** Lower the confidence when hedges or negations surround the trigger. */
  hedged?: boolean;
  /** Take only the first object group after the trigger (otherwise every object in reach). */
  firstObjectOnly?: boolean;
  /** Objects may follow a colon (a list announced by the trigger). */
  listAfterColon?: boolean;
  /** Narrower object types than the predicate's range. */
  objectTypes?: readonly EntityType[];
  /** Narrower subject types than the predicate's domain. */
  subjectTypes?: readonly EntityType[];
  /** A negation near the trigger turns the relation into this predicate ("n'autoriserait pas" restricts). */
  negatedAs?: Predicate;
}

const R = (source: string): RegExp => new RegExp(source, 'u');
const T = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');

const ROLE_WORD = "(?:chief executive(?: officer)?|ceo|boss|co-?founder|founder|chairm[ae]n|chairwom[ae]n|chief|president|head|pdg|patron|patronne|president-directeur general|directeur general|directrice generale|dirigeant|dirigeante|fondateur|fondatrice)";
/** A role, possibly qualified and doubled: "rotating chairman", "founder and CEO". */
const ROLE = `(?:(?:rotating|acting|interim|current|former|executive|nouveau|nouvelle|actuel|actuelle)\\s+)?${ROLE_WORD}(?:\\s+(?:and|et)\\s+${ROLE_WORD})?`;
const NOT_VICE = "(?!.*\\bvice\\b)";
const NOT_UNDOING = "(?![^.;:]*(?:resci|repeal|abrog|levee|lifting|revoc|revok|withdraw))";

export const PAIR_RULES: readonly PairRule[] = [
  // MAKES
  { id: 'fr.possessive-chip-of-company', predicate: 'MAKES', left: ['Chip'], right: ['Company'], gap: R("^\\s*(?:de|d'|du)\\s*(?:(?:son|sa|leur) (?:rival|concurrent|compatriote|voisin|partenaire|homologue)(?: [a-z]+)?\\s*)?$"), subject: 'right', confidence: 0.85 },
  { id: 'en.possessive-company-chip', predicate: 'MAKES', left: ['Company'], right: ['Chip'], gap: R("^\\s*'\\s*s?\\s*(?:(?:new|latest|own|flagship|older|newer|upcoming|next-generation|china-specific|downgraded|cut-down|ai|top|high-end|advanced|popular)\\s+){0,2}$"), subject: 'left', confidence: 0.85 },
  { id: 'company-chip-compound', predicate: 'MAKES', left: ['Company'], right: ['Chip'], gap: R('^\\s*$'), subject: 'left', confidence: 0.8 },
  // "Huawei's first data-centre AI chip, the Ascend 910", "Huawei's current flagship, the Ascend 910C"
  { id: 'en.possessive-product-then-chip', predicate: 'MAKES', left: ['Company'], right: ['Chip'], gap: R("^\\s*'\\s*s?\\s+(?:[a-z0-9-]+\\s+){0,4}(?:chips?|processors?|accelerators?|flagship|gpus?|products?|parts?|answer)\\s*,\\s*(?:the\\s+)?$"), subject: 'left', confidence: 0.75 },
  // "The Ascend 910B, which Huawei began shipping that year", "le H20, que Nvidia a lancé"
  { id: 'chip-which-company-launched', predicate: 'MAKES', left: ['Chip'], right: ['Company'], gap: R("^\\s*,\\s*(?:which|that|que|qu')\\s*$"), after: R("^\\s*(?:began (?:shipping|selling)|started (?:shipping|selling)|launched|released|unveiled|introduced|ships|sells|a lance|a devoile|a commercialise|commercialise|lance|devoile|vend|a mis sur le marche)(?![\\p{L}])"), subject: 'right', confidence: 0.75 },
  { id: 'en.whose-chip', predicate: 'MAKES', left: ['Company'], right: ['Chip'], gap: R("^\\s*,\\s*(?:whose|dont (?:les? |la |l')?(?:(?:puces?|accelerateurs?|processeurs?|gpu)\\s+)?)\\s*$"), subject: 'left', confidence: 0.85 },
  { id: 'en.chip-from-company', predicate: 'MAKES', left: ['Chip'], right: ['Company'], gap: R('^\\s*(?:chips?|accelerators?|gpus?|processors?)?\\s*(?:made |designed |developed )?(?:from|by)\\s*$'), subject: 'right', confidence: 0.7 },
  { id: 'chip-that-company-develops', predicate: 'DESIGNS', left: ['Chip'], right: ['Company'], gap: R("(?:^|\\s)(?:que|qu'|that|which)\\s*$"), after: R("^\\s*(?:developpe|a developpe|avait developpee?s?|developpait|concoit|a concue?s?|avait concue?s?|a taillee?s?|avait taillee?s?|designed|developed|introduced|develops|designs|is developing|was developing)(?![\\p{L}])"), subject: 'right', confidence: 0.75 },
  // "the H20 and the RTX Pro 6000D, two chips Nvidia designed to comply"
  { id: 'chips-company-designed', predicate: 'DESIGNS', left: ['Chip'], right: ['Company'], gap: R("^\\s*,\\s*(?:two |the |both |a |deux |les )?(?:[a-z-]+\\s+)?(?:chips?|processors?|accelerators?|gpus?|parts?|puces?)\\s+(?:that\\s+|que\\s+)?$"), after: R("^\\s*(?:designed|developed|built|a concue?s?|avait concue?s?|a developpee?s?)(?![\\p{L}])"), subject: 'right', confidence: 0.75 },
  { id: 'chip-designed-by-company', predicate: 'DESIGNS', left: ['Chip'], right: ['Company'], gap: R("^[^.;:]{0,40}(?:(?:concue?s?|developpee?s?|taillee?s?|creee?s?|pensee?s?|designed|developed) par|(?:designed|developed|created) (?:in-house )?by)\\s*$"), subject: 'right', confidence: 0.75 },
  { id: 'en.company-makes-chip', predicate: 'MAKES', left: ['Company'], right: ['Chip'], gap: R('^\\s*(?:makes|made|sells|launched|unveiled|released|introduced|announced|lance|a lance|a devoile|devoile|commercialise)\\s+(?:its |their |the |a |an |le |la |les |sa |son |ses |new |nouvelle? )*$'), subject: 'left', confidence: 0.75 },
  { id: 'en.company-designs-chip', predicate: 'DESIGNS', left: ['Company'], right: ['Chip'], gap: R('^\\s*(?:designs|designed|developed|develops|a concu|concoit|developpe|a developpe)\\s+(?:its |their |the |a |an |le |la |les |sa |son |ses |new |nouvelle? )*$'), subject: 'left', confidence: 0.75 },
  { id: 'fabricated-by-foundry', predicate: 'FABRICATES', left: ['Chip'], right: ['Company'], gap: R("^[^.;:]{0,100}(?:(?:fabricated|manufactured|produced|made|built|fabriquee?s?|produite?s?|produits|gravee?s?|sortie?s? des lignes)(?: (?:pour l'essentiel|en grande partie|en partie|surtout|mainly|largely|mostly|partly|entirely|exclusivement|principalement))? (?:by|at|par|chez|de|d')(?: (?:the|le|la|les|l') ?(?:[a-z-]+ ){0,2})?|in (?:fabrication|production|manufacturing|volume production) at|taped out at|en (?:production|fabrication) chez)\\s*$"), subject: 'right', confidence: 0.75, allRights: true },
  // "is made on the same SMIC process", "manufactured on TSMC's N4 node"
  { id: 'made-on-foundry-process', predicate: 'FABRICATES', left: ['Chip'], right: ['Company'], gap: R("^[^.;:]{0,80}(?:made|manufactured|built|produced|fabricated|gravee?s?|fabriquee?s?) (?:on|using|avec|sur) (?:the |its |a |le |la )?(?:same |meme |[a-z0-9-]+ ){0,2}$"), after: R("^\\s*(?:'\\s*s\\s+)?(?:[a-z0-9-]+\\s+){0,2}(?:process|node|technology|procede|technologie)"), subject: 'right', confidence: 0.75 },
  { id: 'foundry-fabricates-chip', predicate: 'FABRICATES', left: ['Company'], right: ['Chip'], gap: R('^\\s*(?:fabricates|manufactures|produces|makes|will (?:make|manufacture|produce)|to (?:manufacture|make|produce|fabricate)|grave|produit|fabrique|pour (?:fabriquer|produire|graver))\\s+(?:the |its |le |la |les )?(?:wafers? (?:for|of) (?:the )?)?$'), subject: 'left', confidence: 0.7 },
  // LEADS
  { id: 'role-of-company-apposition', predicate: 'LEADS', left: ['Company', 'Government'], right: ['Person'], before: R(`${ROLE}\\s+(?:of|de|d'|du)\\s*(?:the\\s*)?$`), gap: R('^\\s*,\\s*$'), subject: 'right', confidence: 0.85 },
  { id: 'en.company-role-person', predicate: 'LEADS', left: ['Company'], right: ['Person'], gap: R(`^\\s*(?:'\\s*s\\s+)?${ROLE}\\s*,?\\s*$`), subject: 'right', confidence: 0.85 },
  { id: 'person-role-of-company', predicate: 'LEADS', left: ['Person'], right: ['Company', 'Government'], gap: R(`^${NOT_VICE}\\s*,\\s*(?:the |le |la |l')?(?:[a-z-]+ )?${ROLE}[a-z ]{0,20}\\s(?:of|at|de|d'|du)\\s*(?:the\\s*)?$`), subject: 'left', confidence: 0.85 },
  { id: 'company-led-by-person', predicate: 'LEADS', left: ['Company', 'Government'], right: ['Person'], gap: R('^\\s*,?\\s*(?:(?:qui est )?dirigee?s? par|(?:(?:(?:which|that) )?(?:is|was|has been|is now) )?(?:led|run|headed) by|(?:co-?)?founded (?:in \\d{4} )?by|(?:co)?fondee? (?:en \\d{4} )?par|presidee? par|chaired by)\\s*(?:(?:the|le|la|l\')\\s+)?(?:[a-z-]+\\s+){0,2}$'), subject: 'right', confidence: 0.8 },
  // "Lip-Bu Tan, who took over as Intel's chief executive", "X, qui a pris la tête d'Intel"
  { id: 'person-who-became-role', predicate: 'LEADS', left: ['Person'], right: ['Company', 'Government'], gap: R("^\\s*,?\\s*(?:who (?:took over|became|has become|was named|was appointed|stepped in|serves|served)(?: as)?|qui (?:a pris|prend|avait pris) la (?:tete|direction|presidence) (?:de|d'|du)|(?:devenu|devenue|nommee?) (?:patron|patronne|pdg|directeur general|directrice generale|president|presidente) (?:de|d'|du))\\s*(?:the\\s+)?$"), after: R(`^(?:\\s*'\\s*s\\s+${NOT_VICE}(?:[a-z-]+\\s+){0,2}${ROLE}(?![\\p{L}])|(?![\\s]*'))`), subject: 'left', confidence: 0.75 },
  // "l'entreprise fondée par Chen Tianshi, qui la dirige toujours", "a start-up founded by X, who runs it"
  { id: 'person-who-runs-it', predicate: 'LEADS', left: ['Company'], right: ['Person'], gap: R('^[^.;]{0,80}$'), after: R("^\\s*,\\s*(?:qui (?:la|le) (?:dirige|preside)|who (?:runs|leads|heads|chairs) it)(?![\\p{L}])"), subject: 'right', confidence: 0.7 },
  // "Elon Musk's xAI", "Jensen Huang's Nvidia"
  { id: 'person-possessive-company', predicate: 'LEADS', left: ['Person'], right: ['Company'], gap: R("^\\s*'\\s*s\\s+$"), subject: 'left', confidence: 0.7 },
  // "xAI, la start-up d'Elon Musk", "xAI, Elon Musk's start-up"
  { id: 'company-of-person', predicate: 'LEADS', left: ['Company'], right: ['Person'], gap: R("^\\s*,\\s*(?:la |le |l'|the )?(?:[a-z-]+ )?(?:start-?up|societe|entreprise|groupe|company|firm|venture|empire|jeune pousse)\\s+(?:de|d'|du)\\s*$"), subject: 'right', confidence: 0.7 },
  { id: 'person-who-leads-company', predicate: 'LEADS', left: ['Person'], right: ['Company', 'Government'], gap: R("^\\s*,?\\s*(?:(?:the |le |la |l')?(?:[a-z-]+ ){0,3})?(?:who (?:leads|heads|runs|chairs)|qui (?:dirige|preside))\\s*(?:the |le |la |l')?$"), subject: 'left', confidence: 0.8 },
  { id: 'person-company-possessive-role', predicate: 'LEADS', left: ['Person'], right: ['Company', 'Government'], gap: R('^\\s*,\\s*(?:the\\s+|one of\\s+(?:the\\s+)?)?$'), after: R(`^\\s*'\\s*s\\s+${NOT_VICE}(?:[a-z-]+\\s+){0,2}${ROLE}(?![\\p{L}])`), subject: 'left', confidence: 0.8 },
  // "Chinese server makers Inspur and Lenovo, both big buyers of Micron memory"
  { id: 'company-buyer-of-company', predicate: 'BUYS', left: ['Company'], right: ['Company'], gap: R("^\\s*,\\s*(?:both |all |two |deux |tous deux )?(?:(?:big|major|large|largest|key|top|important|gros|grands?|importants?)\\s+)?(?:buyers?|customers?|clients?|acheteurs?)\\s+(?:of|de|d'|du)\\s*$"), subject: 'left', confidence: 0.7 },
  { id: 'company-possessive-rival', predicate: 'COMPETES_WITH', left: ['Company'], right: ['Company'], gap: R('^\\s*,\\s*(?:the\\s+)?$'), after: R("^\\s*'\\s*s\\s+(?:[a-z-]+\\s+){0,3}(?:rival|competitor|challenger|concurrent)s?(?![\\p{L}])"), subject: 'left', confidence: 0.75 },
  // PART_OF
  { id: 'en.state-possessive-agency', predicate: 'PART_OF', left: ['Government'], right: ['Government'], gap: R("^\\s*'\\s*s?\\s*$"), subject: 'right', confidence: 0.8 },
  { id: 'agency-part-of-state', predicate: 'PART_OF', left: ['Government'], right: ['Government'], gap: R("^\\s*(?:\\)\\s*|\\([^)]{1,12}\\)\\s*)?,?\\s*(?:the |an? |une? |la |le |l')?(?:[a-z-]+ )?(?:part|arm|agency|agence|branch|division|unit|office|organe|branche|service|bras arme|bureau)\\s+(?:of|de|du|de la|de l')\\s*(?:the\\s*)?$|^\\s*,?\\s*(?:qui )?(?:depend|rattachee?)\\s+(?:de|du|a|au)\\s*$"), subject: 'left', confidence: 0.85 },
  // BASED_ON / SUCCESSOR_OF
  { id: 'chip-based-on-chip', predicate: 'BASED_ON', left: ['Chip'], right: ['Chip'], gap: R("(?:based on|built on|derived from|cut-down version of|version of|variant of|basee?s? sur|concue?s? sur|derivee?s?|version (?:(?:bridee|reduite|allegee|degradee|modifiee) )?d(?:e|u|es|')|-based|pairs (?:two )?|combines (?:two )?|assemble deux|reprend)[^.;:]{0,45}$|^[^.;:]{0,20}(?:de|d'|du|of|from) (?:la |l'|the |sa |son |its )?(?:[a-z-]+ )?(?:generation|architecture|famille|family|gamme|lineup|line|series|serie)\\s*[^.;:,]{0,25}$"), subject: 'left', confidence: 0.8, includeRightText: true },
  // "the H20, a cut-down Hopper part", "the H800, a similarly trimmed H100", "le H20, une version bridée du H100" (that one by chip-based-on-chip)
  // "the H20, a pared-down Nvidia chip", "le H20, une puce Nvidia bridée" (the maker named inside an apposition).
  { id: 'en.chip-an-apposed-makers-chip', predicate: 'MAKES', left: ['Chip'], right: ['Company'], gap: R("^\\s*,\\s*(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}$"), after: R("^\\s*(?:chips?|gpus?|accelerators?|processors?|parts?)(?![\\p{L}])"), subject: 'right', confidence: 0.7 },
  { id: 'fr.chip-an-apposed-makers-chip', predicate: 'MAKES', left: ['Chip'], right: ['Company'], gap: R("^\\s*,\\s*(?:une?)\\s+(?:puce|processeur|accelerateur|gpu)\\s+$"), subject: 'right', confidence: 0.7 },
  { id: 'chip-a-trimmed-chip', predicate: 'BASED_ON', left: ['Chip'], right: ['Chip'], gap: R("^\\s*,\\s*(?:a|an|une?)\\s+(?:similarly\\s+|heavily\\s+|slightly\\s+)?(?:cut-down|trimmed|downgraded|scaled-back|pared-back|reduced|slower|weaker|modified|bridee?|degradee?|allegee?)\\s+$"), subject: 'left', confidence: 0.75 },
  { id: 'en.chip-of-family', predicate: 'BASED_ON', left: ['Chip'], right: ['Chip'], gap: R('^\\s*(?:chips?|gpus?|accelerators?|processors?|systems?)?\\s*(?:of|from) the\\s*$'), after: R('^\\s*(?:generation|architecture|family|series|line|lineup)(?![\\p{L}])'), subject: 'left', confidence: 0.8 },
  { id: 'chip-successor-of-chip', predicate: 'SUCCESSOR_OF', left: ['Chip'], right: ['Chip'], gap: R("(?:successor (?:to|of)|succeeds|replaces|will replace|follow-up to|successeur d[ue]|succede a|succedera a|remplace|remplacera|prendre la releve d[ue]|prend la releve d[ue])[^.;:]{0,20}$"), subject: 'left', confidence: 0.8 },
  { id: 'chip-predecessor-of-chip', predicate: 'SUCCESSOR_OF', left: ['Chip'], right: ['Chip'], gap: R("(?:predecessor (?:to|of)|replaced by|succeeded by|remplacee? par|predecesseur d[ue])[^.;:]{0,20}$"), subject: 'right', confidence: 0.8 },
  // Company with company
  // "Huawei is a serious competitor to Nvidia", "Huawei est un concurrent redoutable de Nvidia", "Huawei is challenging Nvidia".
  { id: 'company-is-competitor-of', predicate: 'COMPETES_WITH', left: ['Company'], right: ['Company'], gap: R("^\\s*(?:(?:is|was|has become|remains|est|reste|devient|est devenu|etait)\\s+(?:now\\s+|already\\s+|desormais\\s+|deja\\s+)?(?:an?|un|une|the|le|la)\\s+(?:[a-z-]+\\s+){0,3}(?:competitor|rival|challenger|concurrent|concurrente)\\s+(?:[a-z-]+\\s+){0,2}(?:to|of|for|de|d'|du|a)|(?:is |are |has been |have been )?(?:challenging|challenges|challenged|takes on|took on|rivalise avec|rivalisent avec|defie|defient))\\s*(?:the\\s*)?$"), subject: 'left', confidence: 0.7, hedged: true },
  // "les concurrents chinois de Nvidia, Huawei en tête": the company named after the comma is one of them.
  { id: 'rivals-of-company-then-one', predicate: 'COMPETES_WITH', left: ['Company'], right: ['Company'], before: R("(?:concurrents?|rivaux|rivals?|competitors?|challengers?)\\s+(?:[a-z-]+\\s+){0,2}(?:de|d'|du|of)\\s*$"), gap: R("^\\s*,\\s*(?:(?:notamment|comme|dont|tels que|parmi lesquels|including|such as|like|notably|led by)\\s+)?$"), subject: 'right', confidence: 0.7 },
  // "Nvidia's Chinese rivals, including Huawei and Cambricon", "Samsung's competitors such as CXMT".
  { id: 'company-possessive-rivals-listed', predicate: 'COMPETES_WITH', left: ['Company'], right: ['Company'], gap: R("^\\s*'\\s*s\\s+(?:[a-z-]+\\s+){0,2}(?:rivals?|competitors?|challengers?)\\s*,?\\s*(?:(?:including|such as|like|notably|led by|among them)\\s+)?$"), subject: 'left', confidence: 0.75 },
  // "Cambricon profite des difficultés de Nvidia, son grand concurrent américain": the subject and the rival in apposition.
  { id: 'company-and-its-rival-in-apposition', predicate: 'COMPETES_WITH', left: ['Company'], right: ['Company'], gap: R("^[^.;:]{1,100}$"), after: R("^\\s*,\\s*(?:son|sa|leur|its|their)\\s+(?:[a-z-]+\\s+){0,2}(?:concurrent|rival|competitor|challenger)"), subject: 'left', confidence: 0.65 },
  { id: 'company-competes-with-company', predicate: 'COMPETES_WITH', left: ['Company'], right: ['Company'], gap: R("(?:compete|competes|competing|competed) (?:with|against)[^.;:]{0,15}$|(?:rivals?|rivalise avec|rivalisent avec|concurrence|concurrencent|concurrent d[eu]|alternatives?(?: [a-z-]+){0,2} (?:to|a|au)|challenger to|takes on|face a|(?:catch|catches|catching|caught) up (?:with|to)|clos(?:e|es|ing) the gap (?:with|on)|rattrap\\w*|combler (?:son|leur) retard (?:sur|face a))[^.;:]{0,20}$"), subject: 'left', confidence: 0.8, notBefore: R('(?:^|\\s)(?:by|par|chez)\\s*$') },
  { id: 'company-acquires-company', predicate: 'ACQUIRES', left: ['Company'], right: ['Company'], gap: R("(?:(?:acquired|acquires|acquire|acquiring|bought|buys|buying|purchased|a rachete|ont rachete|rachete|rachetera|a acquis|acquiert)|(?:takeover|acquisition|purchase|rachat) (?:of|d[eu]|de la|de l'|d'))\\s*(?:(?:the|its|rival|rivals?|chipmaker|designer|start-up|startup|company|firm|maker|le|la|l'|les|son|sa|ses|groupe|societe|entreprise|concurrent|americain|chinois|israeli|israelien|dutch|neerlandais|network(?:ing)?|smaller)\\s+){0,3}$"), subject: 'left', confidence: 0.8, hedged: true },
  // "Huawei bought chips from TSMC", "SMIC a acheté ses scanners à ASML": buying from a company.
  // "The H20 was bought by Alibaba and Tencent", "le H20, commandé par ByteDance".
  { id: 'chip-bought-by-company', predicate: 'BUYS', left: ['Chip'], right: ['Company'], gap: R("^\\s*,?\\s*(?:(?:was|were|is|are|has been|have been|had been|a ete|ont ete|avait ete|est|sont)\\s+)?(?:(?:also|largely|mostly|aussi|surtout)\\s+)?(?:bought|purchased|ordered|snapped up|achetee?s?|commandee?s?)\\s+(?:(?:in large volumes|in bulk|en masse|massivement|en grande quantite)\\s+)?(?:by|par)\\s*$"), subject: 'right', confidence: 0.7, hedged: true },
  { id: 'company-buys-from-company', predicate: 'BUYS', left: ['Company'], right: ['Company'], gap: R("^\\s*(?:(?:has|had|have|also|a|ont|avait|avaient)\\s+)?(?:bought|buys|buying|purchased|purchases|ordered|orders|a achete|ont achete|achete|achetait|achetent|commande)\\s+(?:[a-z0-9-]+\\s+){1,5}(?:from|a|aupres de|chez)\\s*(?:the\\s+|l'|le\\s+|la\\s+)?(?:[a-z-]+\\s+)?$"), subject: 'left', confidence: 0.7, hedged: true },
  { id: 'company-acquired-by-company', predicate: 'ACQUIRES', left: ['Company'], right: ['Company'], gap: R("^\\s*,?\\s*(?:(?:which|that|qui) )?(?:(?:was|were|has been|had been|is being|a ete|avait ete|est) )?(?:(?:later|since|then|finally|ensuite|depuis) )?(?:acquired|bought|taken over|rachetee?|acquise?) (?:in \\d{4} |en \\d{4} )?(?:by|par)\\s*(?:(?:the|le|la|l'|its|son|sa)\\s*)?(?:[a-z-]+\\s+)?$"), subject: 'right', confidence: 0.8, hedged: true },
  // "TSMC, which fabricates nearly all of Nvidia's processors", "TSMC grave les puces de Nvidia", "makes chips for Apple, Nvidia and AMD".
  { id: 'company-makes-chips-of-company', predicate: 'SUPPLIES', left: ['Company'], right: ['Company'], gap: R("(?:fabricat\\w*|manufactur\\w*|makes|made|making|produc\\w*|fabriqu\\w*|produi\\w*|grav\\w*)\\s+(?:[a-z-]+\\s+){0,3}(?:(?:of|de|d'|des)\\s+)?$"), after: R("^\\s*'\\s*s\\s+(?:[a-z-]+\\s+){0,2}(?:chips|processors|gpus|accelerators|wafers)(?![\\p{L}])"), subject: 'left', confidence: 0.7, hedged: true },
  { id: 'company-makes-chips-for-company', predicate: 'SUPPLIES', left: ['Company'], right: ['Company'], gap: R("(?:fabricat\\w*|manufactur\\w*|makes|made|making|produc\\w*|fabriqu\\w*|produi\\w*|grav\\w*)\\s+(?:[a-z0-9-]+\\s+){0,5}(?:chips|processors|gpus|accelerators|wafers|dies|puces|processeurs|plaquettes)\\s+(?:[a-z0-9-]+\\s+){0,2}(?:for|pour)\\s*$|(?:grav\\w*|fabriqu\\w*|produi\\w*)\\s+(?:[a-z0-9-]+\\s+){0,4}(?:les|des) (?:puces|processeurs|plaquettes)\\s+(?:[a-z-]+\\s+){0,2}(?:de|d'|du)\\s*$|^\\s*(?:grave|gravent|fabrique|fabriquent|produit|produisent)\\s+(?:(?:aussi|deja|surtout|notamment|en arizona|a taiwan)\\s+)?pour\\s*$"), subject: 'left', confidence: 0.7, hedged: true },
  { id: 'company-supplies-company', predicate: 'SUPPLIES', left: ['Company'], right: ['Company'], gap: R("(?:supplies|supplied|supplier (?:to|of|for)|supplying|provides? [^.;:]{0,30} to|fournit|fournisseur d[eu]|fournissait|livre [^.;:]{0,30} a|manufactur\\w* (?:chips )?for|(?:which|that|qui) (?:has |a )?(?:manufactured|fabrique|produit))[^.;:]{0,20}$"), subject: 'left', confidence: 0.75, hedged: true },
  { id: 'company-built-for-by-company', predicate: 'SUPPLIES', left: ['Company'], right: ['Company'], before: R('(?:built|made|assembled|manufactured|produced|construite?s?|fabriquee?s?) (?:for|pour)\\s*$'), gap: R('^\\s*(?:by|par)\\s*$'), subject: 'right', confidence: 0.7 },
  { id: 'company-earned-in-market', predicate: 'SELLS_TO', left: ['Company'], right: ['Government'], gap: R("(?:earn(?:s|ed)?|generat(?:es|ed)|derive[sd]?|makes|made|booked|books|realise|a realise|a tire|tire)\\b[^.;:]{0,40}\\b(?:in|en|from)\\s*$"), subject: 'left', confidence: 0.65, hedged: true },
  // "Mainland China accounted for about 11% of Micron's revenue", "la Chine a représenté 17 milliards de chiffre d'affaires pour Nvidia".
  { id: 'en.market-share-of-revenue', predicate: 'SELLS_TO', left: ['Government'], right: ['Company'], gap: R("(?:accounted for|accounts for|accounting for|represented|represents|made up|makes up|generated|contributed)\\b[^.;:]{0,40}\\bof\\s*$"), after: R("^\\s*'\\s*s\\s+(?:[a-z-]+\\s+){0,2}(?:revenue|revenues|sales|turnover|income)(?![\\p{L}])"), subject: 'right', confidence: 0.65, hedged: true },
  { id: 'fr.market-share-of-revenue', predicate: 'SELLS_TO', left: ['Government'], right: ['Company'], gap: R("(?:represente|representait|representaient|a represente|avait represente|pese|pesait|a pese|compte pour|comptait pour)\\b[^.;:]{0,80}(?:chiffre d'affaires|revenus|ventes)\\s+(?:de|d'|du|pour)\\s*$"), subject: 'right', confidence: 0.65, hedged: true },
  // "Nvidia's sales to China", "Micron's revenue from China".
  { id: 'en.company-sales-to', predicate: 'SELLS_TO', left: ['Company'], right: ['Government'], gap: R("^\\s*'\\s*s\\s+(?:[a-z-]+\\s+){0,2}(?:sales|shipments|exports|revenue|revenues) (?:to|in|from)\\s*(?:mainland\\s+)?$"), subject: 'left', confidence: 0.65, hedged: true },
  { id: 'market-of-company', predicate: 'SELLS_TO', left: ['Government'], right: ['Company'], gap: R("(?:premier|principal|plus grand|deuxieme|second|largest|biggest|main|second-largest|top) (?:[a-z]+ )?(?:marche|market) (?:de|d'|du|for|of)\\s*$"), subject: 'right', confidence: 0.65 },
  { id: 'company-headquartered-in', predicate: 'HEADQUARTERED_IN', left: ['Company'], right: ['Government'], gap: R("^\\s*,?\\s*(?:(?:which|that) is |is |was |, )?(?:headquartered|based) in (?:the )?$|^\\s*,?\\s*(?:qui est |est |etait )?(?:basee?|installee?|dont le siege est) (?:a|en|au) $"), subject: 'left', confidence: 0.75 },
  { id: 'state-based-company', predicate: 'HEADQUARTERED_IN', left: ['Government'], right: ['Company'], gap: R("^\\s*-\\s*based\\s+(?:[a-z-]+\\s+){0,2}$"), subject: 'right', confidence: 0.75 },
  { id: 'company-sells-to', predicate: 'SELLS_TO', left: ['Company'], right: ['Company', 'Government'], gap: R("(?<!(?:is|are|was|were|be|been|being|est|sont|etait|etaient|ete|sera|seront)\\s+(?:(?:also|now|then|aussi|desormais|ensuite)\\s+)?)(?:sells?|sold|selling|ships?|shipped|shipping|vend|vendent|vendre|vendu|livre|livree?s?|livrer)\\b[^.;:]{0,60}\\b(?:to|a|aux|en)\\s*(?:the\\s*|l'origine a\\s*)?$"), subject: 'left', confidence: 0.65, hedged: true },
  // Government with policy
  { id: 'government-issues-policy', predicate: 'ISSUES', notBefore: R("(?:^|\\s)(?:of|de|d')\\s*$"), left: ['Government'], right: ['Policy'], gap: R(`^${NOT_UNDOING}[^.;:]{0,120}\\b(?:now require|now requires|imposed?|imposes|issued?|issues|announced?|announces|introduced?|opened?|opens|launched?|launches|adopted?|enacted?|unveiled?|added|passed|ordered|a (?:impose|lance|ouvert|adopte|annonce|publie|instaure|decide|adresse|conclu)|ont (?:impose|lance|ouvert|adopte|annonce|publie|adresse|conclu)|avait (?:impose|lance|ouvert|adopte|annonce)|(?:impose|lance|ouvre|adopte|annonce|publie|instaure)n?t?)\\b[^.;:]{0,40}$`), subject: 'left', confidence: 0.8 },
  { id: 'policy-that-government-builds', predicate: 'ISSUES', left: ['Policy'], right: ['Government'], gap: R("^\\s*,?\\s*(?:(?:que|qu'|that|which)\\s*)?(?:the |la |le |l')?$"), after: R("^\\s*(?:(?:has|had|have|a|avait|ont|avaient|just|first|recently|alors)\\s+)*(?:construit|mis en place|met en place|impose|applique|adopte|instaure|introduit|annonce|decide|built|imposed|introduced|adopted|announced|unveiled|enacted|enforces|issued|put in place)(?![\\p{L}])"), subject: 'right', confidence: 0.75 },
  { id: 'published-by-government-policy', predicate: 'ISSUES', left: ['Government'], right: ['Policy'], before: R("(?:published|issued|adopted|introduced|announced|imposed|unveiled|enacted|publiee?s?|adoptee?s?|imposee?s?|annoncee?s?|instauree?s?) (?:by|par)\\s*(?:the |l'|le |la )?$"), gap: R('^[^.;:]{0,80}$'), subject: 'left', confidence: 0.75 },
  { id: 'government-verb-policy', predicate: 'ISSUES', left: ['Government'], right: ['Policy'], gap: R('^\\s*(?:has |had |have )?$'), subject: 'left', confidence: 0.75 },
  { id: 'en.government-possessive-policy', predicate: 'ISSUES', left: ['Government'], right: ['Policy'], gap: R("^\\s*'\\s*s?\\s*(?:new |latest |sweeping |own )?$"), subject: 'left', confidence: 0.75 },
  { id: 'policy-issued-by-government', predicate: 'ISSUES', notBefore: R("(?:levee|lifting|lift|rescission|abrogation|repeal|suppression|fin|end) (?:des?|du|of|the|d')?\\s*(?:la |les |l'|the )?$"), left: ['Policy'], right: ['Government'], gap: R(`^${NOT_UNDOING}[^.;:]{0,40}\\b(?:by|par)\\s*(?:the |l'|le |la |les )?$`), subject: 'right', confidence: 0.75 },
  { id: 'fr.policy-of-government', predicate: 'ISSUES', left: ['Policy'], right: ['Government'], gap: R("^\\s*(?:du|de|de la|de l'|des|d')\\s*$"), subject: 'right', confidence: 0.7 },
  { id: 'government-rescinds-policy', predicate: 'RESCINDS', left: ['Government'], right: ['Policy'], gap: R("(?:rescind|rescinded|rescinds|revoke|revoked|revokes|repeal|repealed|withdrew|withdraw|scrap|scrapped|scraps|lift|lifted|lifts|suspend|suspends|suspended|paused|suspendu|suspendue|a suspendu|abroger|abroge|a abroge|a annule|annule|a supprime|retire|leve|a leve|avait leve|lever)\\s+(?:the |its |le |la |les |l')?[^.;:]{0,20}$"), subject: 'left', confidence: 0.8 },
  { id: 'en.policy-rescinded-by-government', predicate: 'RESCINDS', left: ['Policy'], right: ['Government'], gap: R("^\\s*(?:'\\s*s\\s+)?(?:rescission|repeal|withdrawal|revocation|abrogation)\\s+(?:by|par)\\s*(?:the |l'|le |la )?$"), subject: 'right', confidence: 0.8 },
  // Policy targets
  // "TSMC, Samsung and Intel are covered by the new rule", "Nexperia est visée par la règle des 50 %".
  { id: 'company-covered-by-policy', predicate: 'TARGETS', left: ['Company', 'Chip'], right: ['Policy'], gap: R("^[^.;:]{0,40}?\\b(?:(?:is|are|was|were|be|been|being|now|also|sont|est|ont ete|a ete|seront|sera|etait|etaient)\\s+){1,2}(?:(?:also|now|directly|aussi|desormais|directement|notamment)\\s+)?(?:covered|caught|hit|affected|targeted|subject|concerned|visee?s?|touchee?s?|frappee?s?|concernee?s?|soumise?s?)\\s+(?:by|to|par|a|au|aux)\\s*(?:(?:the|la|le|les|l'|its|their|sa|ses|leur|leurs)\\s*)?(?:[a-z-]+\\s+){0,2}$"), subject: 'right', confidence: 0.7, hedged: true },
  { id: 'policy-targets', predicate: 'TARGETS', left: ['Policy'], right: ['Chip', 'Company', 'Government'], gap: R("^[^.;:,]{0,50}\\b(?:on|against|covers?|covering|applies to|apply to|targets?|targeting|into|over|for|vise|visent|visaient|visait|visant|sur|contre|concernant|au sujet de|s'applique a|s'appliquent a|touche|touchent|concerne|concernent|concernait|frappe|frappent|frappait|hits?|hitting|caught|catch(?:es)?|affects?|affecting|awarded|grants? (?:[a-z$0-9.,-]+ ){0,3}to|attribue|accorde|avoid|eviter|warning (?:that|against)|using|use of|d'utiliser|utilisation d[eu])\\b[^.;:,]{0,70}$"), subject: 'left', confidence: 0.7, allRights: true },
  { id: 'target-of-policy', predicate: 'TARGETS', left: ['Chip', 'Company', 'Government'], right: ['Policy'], gap: R("(?:target|cible|victime)s? (?:of|de|du|des)\\s*(?:the |la |le |l')?$|(?:targeted|covered|hit|visee?s?|touchee?s?|concernee?s?) (?:by|par)\\s*(?:the |la |le |l')?$"), subject: 'right', confidence: 0.7 },
  // "grants owed to Intel under the CHIPS Act", "Intel received $7.86 billion under the CHIPS Act", "Samsung a reçu 4,7 milliards au titre du CHIPS Act"
  { id: 'company-funded-under-policy', predicate: 'TARGETS', left: ['Company'], right: ['Policy'], before: R("(?:grants?|funding|funds|subsid[a-z]*|awards?|aid|loans?|incentives?|tax credits?|subventions?|aides?|credits? d'impot|financements?)\\s+(?:[a-z-]+\\s+){0,2}(?:to|for|a|au|aux|pour)\\s*$"), gap: R("^\\s*(?:under|au titre d[ue]|dans le cadre d[ue])\\s*(?:the\\s*|la\\s*|l')?$"), subject: 'right', confidence: 0.7 },
  { id: 'company-received-under-policy', predicate: 'TARGETS', left: ['Company'], right: ['Policy'], gap: R("^\\s*(?:has |had |will |would )?(?:received|won|secured|got|was awarded|is getting|obtained|a recu|a obtenu|recevra|obtient|recoit|beneficie)\\s(?:[^.;:]|\\.\\d){0,50}?(?:under|au titre d[ue]|dans le cadre d[ue])\\s*(?:the\\s*|la\\s*|l')?$"), subject: 'right', confidence: 0.7 },
  { id: 'policy-verb-targets', predicate: 'TARGETS', left: ['Policy'], right: ['Company'], gap: R('^\\s*$'), subject: 'left', confidence: 0.7 },
];

export const TRIGGER_RULES: readonly TriggerRule[] = [
  { id: 'company-will-ship-chips', predicate: 'MAKES', trigger: T("(?:will|would|plans to|plan to|is set to|to) (?:ship|launch|release|unveil|introduce|roll out)|(?:va|allait|compte|prevoit de) (?:lancer|commercialiser|livrer|devoiler)"), agent: 'before', objects: 'after', reach: 260, confidence: 0.7, listAfterColon: true },
  { id: 'investigates', predicate: 'INVESTIGATES', trigger: T("investigat\\w*|probe[sd]?|probing|summon(?:s|ed)?|inquiry into|inquiries into|(?:opened|launched|began|started) (?:a |an |its )?(?:[a-z-]+ )?(?:review|investigation|probe|inquiry) (?:of|into)|convoqu\\w*|enquete\\w*|a (?:ouvert|lance) une enquete"), agent: 'before', objects: 'after', reach: 110, confidence: 0.8 },
  { id: 'investigated-by', predicate: 'INVESTIGATES', trigger: T("(?:investigated|probed|summoned|convoquee?s?|visee?s? par une enquete) (?:by|par)"), agent: 'after', objects: 'sentence', reach: 60, confidence: 0.75 },
  { id: 'urges-avoidance', predicate: 'URGES_AVOIDANCE_OF', trigger: T("avoid(?:ing)?|stop (?:[a-z]+ing (?:and|or) )?(?:buying|using|ordering|purchasing)|(?:stop|halt|suspend|freeze|pause) (?:all |any |new |their )*(?:purchases|orders|buying|use)|not to (?:buy|use|order|purchase|deploy)|cancel (?:their |any |all |existing |new )*(?:orders|purchases)|de ne pas (?:acheter|utiliser|commander)|(?:cesser|arreter|stopper|geler) (?:leurs |les |tout |toutes |ses )*(?:achats|commandes|d'acheter|d'utiliser)|(?:cesser|arreter) de (?:[a-z]+er (?:et|ou) de )?(?:commander|acheter|utiliser|tester)|annuler (?:leurs |les |toutes )*(?:achats|commandes)|stay away from|steer clear of|turn away from|shun\\w*|(?:se )?detourner de|se (?:sont )?detourne\\w* de|refrain from|halt (?:purchases|orders) of|cease|discourag\\w*|eviter|cesser|renoncer a|ne plus (?:acheter|utiliser|commander)|deconseill\\w*|suspend\\w* (?:their |leurs )?(?:commandes|orders|purchases|achats)|annuler (?:leurs |their )?commandes"), agent: 'before', objects: 'after', reach: 160, confidence: 0.75, firstObjectOnly: true },
  { id: 'restricts-export', predicate: 'RESTRICTS_EXPORT_OF', trigger: T("restrict\\w*|banned|bans? (?:the )?(?:export|sale)s?|barred|blocked|curb\\w*|no longer be (?:shipped|sold|exported)|cannot be (?:shipped|sold|exported)|without an? (?:export )?licen[cs]e|requires? an? (?:export )?licen[cs]e|requiring an? (?:export )?licen[cs]e|impose\\w* an? (?:export )?licen[cs]e|interdits? d'exportation|interdi\\w* (?:l'exportation|les exportations|la vente|les ventes|l'envoi|les envois|les livraisons|l'expedition)|bloqu\\w* (?:l'exportation|les exportations|les ventes|les livraisons)|interdites? d'exportation|restrei\\w*|impose une licence|licences? pour toute exportation|soumise?s? a (?:une )?licence|tightened (?:its |the )?controls"), agent: 'either', objects: 'sentence', reach: 160, confidence: 0.7 },
  { id: 'allows-export', predicate: 'ALLOWS_EXPORT_OF', negatedAs: 'RESTRICTS_EXPORT_OF', hedged: true, trigger: T("cleared|approved (?:the )?(?:sale|export|shipment)s?|approuv\\w* (?:l'envoi|la vente|les ventes|l'exportation|les exportations|les livraisons|l'expedition)|(?:delivr\\w*|octroy\\w*) (?:a nouveau )?(?:des |les |de nouvelles )?licences|lift(?:s|ed)? (?:the |its )?(?:licen[cs]e )?requirement|leve l'exigence(?: de licence)?|allow(?:s|ed)? (?:the )?(?:sale|export)s?|authoriz\\w*|authoris\\w*|grant(?:ed|s)? (?:export )?licen[cs]es|(?<!(?:requir\\w*|need\\w*|without|apply for|applied for|seek\\w*) (?:an? |special |export )*)licen[cs]es? (?:for|to export)|lift(?:s|ed)? (?:the |its )?(?:ban|restrictions|controls|curbs)|green light|feu vert|levee des (?:controles|restrictions)|leve (?:les restrictions|l'interdiction)|autoris\\w*|accord\\w* (?:des |les )?licences|licences? [^.;]{0,40}(?:accordees|delivrees|seraient accordees)|resum\\w* (?:sales|exports|shipments)"), agent: 'either', objects: 'sentence', reach: 160, confidence: 0.75 },
  { id: 'buys', predicate: 'BUYS', objectTypes: ['Chip'], subjectTypes: ['Company'], trigger: T("(?<!(?:stop|cease|avoid|halt|cesser|eviter de|arreter d') )(?:ordered|bought|buys|buying|purchased|purchasing|acquired|snapped up|stocked up on|stockpil\\w*|placed orders? for|orders? (?:for|of)|(?:big |major |large |biggest )?buyers? of|purchases of|achete\\w*|acheter|a achete|ont achete|commandes? de|commande|commandent|ont commande|se procurer|(?:se sont|s'est|s'etaient|s'etait) equipee?s? (?:de|en)|acheteurs? de|achats de|clients? de)"), agent: 'before', objects: 'after', reach: 90, confidence: 0.75, hedged: true, firstObjectOnly: true },
  { id: 'pays', predicate: 'PAYS', trigger: T("pay|pays|paid|paying|will pay|hand over|handing over|give (?:up )?a (?:cut|share)|verser|versera|verseront|versent|reverser|reversera|reverseront|reversent|paiera|paieront|payer|partager une partie (?:de ses|des) revenus"), agent: 'before', objects: 'after', reach: 90, confidence: 0.8, hedged: true, firstObjectOnly: true },
];

/** Hedges and negations that make a stated fact a wish, a plan or a denial (folded). */
export const HEDGE = /(?:\bne\s+[a-z]+\s+(?:plus|pas|jamais)\b|\bn'[a-z]+\s+(?:plus|pas|jamais)\b|\b(?:none|nothing|aucune?|bar(?:s|red|ring)?|bann?(?:ed|ing)?|prohibit\w*|forb[ia]d\w*|interdi\w*|empech\w*|envisag\w*|plan(?:s|ned)? to|intend\w*)|volonte de|willing(?:ness)? to|prete? a|ready to|offered to|propose de|could|pourrai(?:t|ent)|aurai(?:t|ent)|reportedly|might|may|would|difficult\w*|no longer|ne plus|n'ont pas|n'a pas|not|never|jamais|pas encore|refus\w*|hesit\w*|denied|nie|espoir|hope[sd]?|hoping|seek\w*|cherche\w*|stopp\w*|ceas\w*|halt\w*|suspend\w*|(?:a|ont|avait|avaient) cesse|cess\w* de|arret\w*|interromp\w*|interrompu\w*|ended|quit|renonc\w*|abandon\w*|gave up|give up|giving up)\b/;

/** Negations around a trigger (folded): "n'autoriserait pas", "will not allow". */
export const NEGATION = /(?:\bn'|\bne\s|\bnot\b|\bno\b|\bno longer\b|\bnever\b|\bjamais\b|\bwon't\b|\brefus\w*|\bsans\b|\bwithout\b)/;
