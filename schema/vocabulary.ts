/**
 * The one vocabulary of Chipgraph: node types and relationship predicates, with the domain and
 * range of each predicate and the words used to show it. Server, seed pipeline and client import
 * this module; nobody redefines an entity type or a predicate elsewhere.
 *
 * The GraphQL type definitions (`type-defs.ts`) generate one relationship field per (domain type,
 * predicate) from this list; `schema.test.ts` checks the two agree.
 */

/** Node labels that are entities (things an article can mention). */
export const ENTITY_TYPES = ['Company', 'Government', 'Chip', 'Policy', 'Person'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Every node label of the graph: the entities plus the articles that speak of them. */
export const NODE_TYPES = [...ENTITY_TYPES, 'Article'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface PredicateDefinition {
  /** Types the subject may have. */
  readonly domain: readonly EntityType[];
  /** Types the object may have. */
  readonly range: readonly EntityType[];
  /** True when A-p->B implies B-p->A (stored once, drawn once). */
  readonly symmetric?: boolean;
  /** The predicate read as words between subject and object. */
  readonly en: string;
  readonly fr: string;
  /** What the predicate means, for docs and the schema's descriptions. */
  readonly doc: string;
}

export const PREDICATES = {
  MAKES: { domain: ['Company'], range: ['Chip'], en: 'makes', fr: 'fabrique (marque)', doc: 'The vendor or brand owner of a chip.' },
  DESIGNS: { domain: ['Company'], range: ['Chip'], en: 'designs', fr: 'conçoit', doc: 'The company that designs a chip.' },
  FABRICATES: { domain: ['Company'], range: ['Chip'], en: 'fabricates', fr: 'produit en fonderie', doc: 'A foundry (TSMC, SMIC…) manufactures the chip.' },
  SELLS_TO: { domain: ['Company'], range: ['Government', 'Company'], en: 'sells to', fr: 'vend à', doc: 'Sells to a company or to a country market (represented by its government).' },
  BUYS: { domain: ['Company', 'Government'], range: ['Chip', 'Company'], en: 'buys', fr: 'achète', doc: 'Buys chips or a company’s products.' },
  COMPETES_WITH: { domain: ['Company'], range: ['Company'], symmetric: true, en: 'competes with', fr: 'concurrence', doc: 'Rivals on the same market (symmetric).' },
  ACQUIRES: { domain: ['Company'], range: ['Company'], en: 'acquires', fr: 'acquiert', doc: 'Buys the company.' },
  SUPPLIES: { domain: ['Company'], range: ['Company'], en: 'supplies', fr: 'fournit', doc: 'Supplies parts, memory, tools or services to the company.' },
  HEADQUARTERED_IN: { domain: ['Company'], range: ['Government'], en: 'is headquartered in', fr: 'a son siège en', doc: 'Nationality of a company, only when a source states it.' },
  ISSUES: { domain: ['Government'], range: ['Policy'], en: 'issues', fr: 'émet', doc: 'Enacts, imposes, announces or opens the policy.' },
  RESCINDS: { domain: ['Government'], range: ['Policy'], en: 'rescinds', fr: 'abroge', doc: 'Withdraws the policy.' },
  TARGETS: { domain: ['Policy'], range: ['Company', 'Chip', 'Government'], en: 'targets', fr: 'vise', doc: 'The policy applies to this company, chip or country.' },
  RESTRICTS_EXPORT_OF: { domain: ['Government'], range: ['Chip'], en: 'restricts export of', fr: 'restreint l’exportation de', doc: 'Export of the chip is restricted by this government.' },
  ALLOWS_EXPORT_OF: { domain: ['Government'], range: ['Chip'], en: 'allows export of', fr: 'autorise l’exportation de', doc: 'Export of the chip is allowed (possibly under licence) by this government.' },
  INVESTIGATES: { domain: ['Government'], range: ['Company', 'Chip'], en: 'investigates', fr: 'enquête sur', doc: 'Opens an inquiry, probe or summons about the company or chip.' },
  URGES_AVOIDANCE_OF: { domain: ['Government'], range: ['Chip', 'Company'], en: 'urges avoidance of', fr: 'déconseille', doc: 'Tells buyers to avoid the chip or company.' },
  PAYS: { domain: ['Company'], range: ['Government'], en: 'pays', fr: 'verse à', doc: 'Pays a revenue share, tax or levy to the government.' },
  LEADS: { domain: ['Person'], range: ['Company', 'Government'], en: 'leads', fr: 'dirige', doc: 'Heads the company or government.' },
  BASED_ON: { domain: ['Chip'], range: ['Chip'], en: 'is based on', fr: 'est basé sur', doc: 'Built on the architecture or die of another chip.' },
  SUCCESSOR_OF: { domain: ['Chip'], range: ['Chip'], en: 'succeeds', fr: 'succède à', doc: 'The next generation after another chip.' },
  PART_OF: { domain: ['Government'], range: ['Government'], en: 'is part of', fr: 'fait partie de', doc: 'An agency or ministry of a state.' },
} as const satisfies Record<string, PredicateDefinition>;

export type Predicate = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as Predicate[];

/** Relationship from an article to an entity it names (not a predicate of the vocabulary). */
export const MENTIONS = 'MENTIONS' as const;

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}

export function isPredicate(value: string): value is Predicate {
  return Object.hasOwn(PREDICATES, value);
}

/** Whether `subject -predicate-> object` respects the predicate's domain and range. */
export function fitsPredicate(predicate: Predicate, subject: EntityType, object: EntityType): boolean {
  const def: PredicateDefinition = PREDICATES[predicate];
  return def.domain.includes(subject) && def.range.includes(object);
}

/** Kinds of policy an article can refer to: the measures governments take on chips. */
export const POLICY_KINDS = [
  'EXPORT_CONTROL', 'LICENCE_REQUIREMENT', 'BAN', 'INVESTIGATION', 'REVENUE_SHARE', 'TARIFF',
  'GUIDANCE', 'SUBSIDY', 'LIST', 'LAW',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export const POLICY_STATUSES = ['PROPOSED', 'ANNOUNCED', 'IN_FORCE', 'SUSPENDED', 'RESCINDED', 'EXPIRED', 'CLOSED'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export const GOVERNMENT_KINDS = ['STATE', 'BLOC', 'AGENCY', 'MINISTRY', 'REGULATOR', 'LEGISLATURE', 'EXECUTIVE'] as const;
export type GovernmentKind = (typeof GOVERNMENT_KINDS)[number];

export const CHIP_STATUSES = ['ANNOUNCED', 'SHIPPING', 'DISCONTINUED', 'CANCELLED', 'PLANNED'] as const;
export type ChipStatus = (typeof CHIP_STATUSES)[number];

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * GraphQL field names of each predicate: `out` on the subject's type, `in` on the object's type
 * (e.g. `Company.makes` and `Chip.madeBy`). Symmetric predicates have one field both ways.
 */
export const RELATIONSHIP_FIELDS: Record<Predicate, { readonly out: string; readonly in: string }> = {
  MAKES: { out: 'makes', in: 'madeBy' },
  DESIGNS: { out: 'designs', in: 'designedBy' },
  FABRICATES: { out: 'fabricates', in: 'fabricatedBy' },
  SELLS_TO: { out: 'sellsTo', in: 'buysFrom' },
  BUYS: { out: 'buys', in: 'boughtBy' },
  COMPETES_WITH: { out: 'competesWith', in: 'competesWith' },
  ACQUIRES: { out: 'acquires', in: 'acquiredBy' },
  SUPPLIES: { out: 'supplies', in: 'suppliedBy' },
  HEADQUARTERED_IN: { out: 'headquarteredIn', in: 'headquartersOf' },
  ISSUES: { out: 'issues', in: 'issuedBy' },
  RESCINDS: { out: 'rescinds', in: 'rescindedBy' },
  TARGETS: { out: 'targets', in: 'targetedBy' },
  RESTRICTS_EXPORT_OF: { out: 'restrictsExportOf', in: 'exportRestrictedBy' },
  ALLOWS_EXPORT_OF: { out: 'allowsExportOf', in: 'exportAllowedBy' },
  INVESTIGATES: { out: 'investigates', in: 'investigatedBy' },
  URGES_AVOIDANCE_OF: { out: 'urgesAvoidanceOf', in: 'avoidanceUrgedBy' },
  PAYS: { out: 'pays', in: 'paidBy' },
  LEADS: { out: 'leads', in: 'ledBy' },
  BASED_ON: { out: 'basedOn', in: 'basisOf' },
  SUCCESSOR_OF: { out: 'successorOf', in: 'succeededBy' },
  PART_OF: { out: 'partOf', in: 'hasPart' },
};
