/**
 * GraphQL type definitions of Chipgraph, served through @neo4j/graphql.
 *
 * Node types and their properties are written here; their relationship fields are generated from
 * `vocabulary.ts` so that the GraphQL schema, the Cypher and the extraction pipeline share one list
 * of predicates. `explorer.graphql` adds the hand-written explorer operations.
 */
import { readFileSync } from 'node:fs';
import {
  ENTITY_TYPES, PREDICATES, PREDICATE_NAMES, RELATIONSHIP_FIELDS,
  type EntityType, type Predicate, type PredicateDefinition,
} from './vocabulary.ts';

/**
 * Every generated list, top-level or nested, returns at most `max` items and `default` when no
 * `limit` (or `first`) is given: the `@limit` directive on every node type and on the Entity
 * interface. The server's cost model (`server/http/operation-budget.ts`) counts lists by these.
 */
export const LIST_LIMITS = { default: 100, max: 1_000 } as const;

const LIMIT = `@limit(default: ${LIST_LIMITS.default}, max: ${LIST_LIMITS.max})`;

/** GraphQL type of a relationship's other end: the type itself, or the Entity interface when the range mixes types. */
function endType(types: readonly EntityType[]): string {
  return types.length === 1 ? types[0]! : 'Entity';
}

/**
 * A relationship field. A symmetric predicate is stored once, in whichever direction its ids sort
 * (`schema/edge-id.ts`), so its one field reads it both ways (`queryDirection: UNDIRECTED`).
 */
function relationshipField(name: string, predicate: Predicate, direction: 'OUT' | 'IN', other: string): string {
  const def: PredicateDefinition = PREDICATES[predicate];
  const description = direction === 'OUT' ? def.doc : `Inverse of ${predicate}: ${def.doc}`;
  const queryDirection = def.symmetric ? ', queryDirection: UNDIRECTED' : '';
  return `  """${description}"""\n  ${name}: [${other}!]! @relationship(type: "${predicate}", direction: ${direction}${queryDirection}, properties: "Claim", nestedOperations: [], aggregate: false) @filterable(byValue: true, byAggregate: false)`;
}

/** Relationship fields that the node type `type` carries, outgoing then incoming. */
export function relationshipFieldsOf(type: EntityType): string[] {
  const fields: string[] = [];
  for (const predicate of PREDICATE_NAMES) {
    const def: PredicateDefinition = PREDICATES[predicate];
    const names = RELATIONSHIP_FIELDS[predicate];
    if (def.domain.includes(type)) {
      fields.push(relationshipField(names.out, predicate, 'OUT', endType(def.range)));
    }
    if (def.range.includes(type) && !def.symmetric) {
      fields.push(relationshipField(names.in, predicate, 'IN', endType(def.domain)));
    }
  }
  return fields;
}

const ENTITY_FIELDS = `
  "Stable slug, e.g. \\"nvidia\\" or \\"us-commerce-department\\"."
  id: ID!
  name: String!
  "Every other name, in any language: nicknames and common misspellings included."
  aliases: [String!]!
  aliasesEn: [String!]!
  aliasesFr: [String!]!
  description: String
  "Date (ISO) at which the curated facts about this entity were last checked."
  asOf: String`;

/** A stored property of a node type: its name, GraphQL type and description. */
interface PropertyField {
  readonly name: string;
  readonly type: 'String' | 'String!' | 'Boolean' | '[String!]' | '[String!]!';
  readonly doc?: string;
}

const NODE_PROPERTIES: Record<EntityType, readonly PropertyField[]> = {
  Company: [
    { name: 'sector', type: 'String', doc: 'CHIP_DESIGNER, FOUNDRY, MEMORY, EQUIPMENT, HYPERSCALER, BUYER or OTHER.' },
    { name: 'ticker', type: 'String' },
  ],
  Government: [
    { name: 'kind', type: 'String!', doc: 'STATE, BLOC, AGENCY, MINISTRY, REGULATOR, LEGISLATURE or EXECUTIVE.' },
    { name: 'country', type: 'String', doc: 'ISO 3166 alpha-2 code of the state it belongs to (EU for the Union).' },
  ],
  Chip: [
    { name: 'vendor', type: 'String', doc: 'Id of the vendor company.' },
    { name: 'family', type: 'String' },
    { name: 'architecture', type: 'String' },
    { name: 'processNode', type: 'String' },
    { name: 'memory', type: 'String' },
    { name: 'performance', type: 'String' },
    { name: 'announced', type: 'String', doc: 'Announcement date (ISO).' },
    { name: 'status', type: 'String', doc: 'ANNOUNCED, SHIPPING, DISCONTINUED, CANCELLED or PLANNED.' },
    { name: 'isFamily', type: 'Boolean', doc: 'True for a family or architecture rather than one product.' },
  ],
  Policy: [
    { name: 'kind', type: 'String!', doc: 'EXPORT_CONTROL, LICENCE_REQUIREMENT, BAN, INVESTIGATION, REVENUE_SHARE, TARIFF, GUIDANCE, SUBSIDY, LIST or LAW.' },
    { name: 'status', type: 'String', doc: 'PROPOSED, ANNOUNCED, IN_FORCE, SUSPENDED, RESCINDED, EXPIRED or CLOSED.' },
    { name: 'announced', type: 'String' },
    { name: 'effective', type: 'String' },
    { name: 'ended', type: 'String' },
    { name: 'summary', type: 'String' },
  ],
  Person: [
    { name: 'roles', type: '[String!]!' },
  ],
};

/** A property as a field of a GraphQL type, with its description when it has one. */
function propertyField({ name, type, doc }: PropertyField): string {
  return `${doc ? `\n  "${doc}"` : ''}\n  ${name}: ${type}`;
}

/**
 * What an entity of any type may store beyond its names and description: `asOf`, the properties
 * of each node type, and what a commit records on an entity it creates. Every field is optional
 * (null where the entity's type has no such property); a field several types share appears once.
 */
const ENTITY_PROPERTY_FIELDS: readonly PropertyField[] = (() => {
  const fields = new Map<string, { type: PropertyField['type']; docs: string[] }>();
  const add = ({ name, type, doc }: PropertyField, owner?: EntityType): void => {
    const field = fields.get(name) ?? { type: type.endsWith('!') ? (type.slice(0, -1) as PropertyField['type']) : type, docs: [] };
    if (doc) field.docs.push(owner ? `${owner}: ${doc}` : doc);
    fields.set(name, field);
  };
  add({ name: 'asOf', type: 'String', doc: 'Date (ISO) at which the curated facts about this entity were last checked.' });
  for (const type of ENTITY_TYPES) for (const field of NODE_PROPERTIES[type]) add(field, type);
  add({ name: 'createdBy', type: 'String', doc: 'Id of the article whose commit created the entity.' });
  add({ name: 'createdAt', type: 'String', doc: 'When that commit created it (ISO date and time).' });
  add({ name: 'learnedAliases', type: '[String!]', doc: 'Names learned from articles, as alias|articleId.' });
  return [...fields].map(([name, { type, docs }]) => ({ name, type, ...(docs.length > 0 ? { doc: docs.join(' ') } : {}) }));
})();

/** Names of the fields of EntityProperties: the stored properties the explorer reads, in order. */
export const ENTITY_PROPERTY_NAMES: readonly string[] = ENTITY_PROPERTY_FIELDS.map((field) => field.name);

const ENTITY_PROPERTIES_TYPE = `
"""The stored properties of an entity beyond its names and description: null where it has none."""
type EntityProperties {${ENTITY_PROPERTY_FIELDS.map(propertyField).join('')}
}
`;

const DESCRIPTIONS: Record<EntityType, string> = {
  Company: 'A company: chip designer, foundry, memory or equipment maker, hyperscaler or buyer.',
  Government: 'A state, or one of its agencies, ministries, regulators or legislatures (PART_OF its state).',
  Chip: 'A chip product or a chip family / architecture.',
  Policy: 'An export control, licence requirement, ban, investigation, revenue share, tariff, guidance, subsidy, list or law.',
  Person: 'A named person who leads a company or a government.',
};

function entityTypeDefs(type: EntityType): string {
  const mentionedIn = '  "Articles that name this entity."\n  mentionedIn: [Article!]! @relationship(type: "MENTIONS", direction: IN, properties: "Mention", nestedOperations: [], aggregate: false) @filterable(byValue: true, byAggregate: false)';
  return `"""${DESCRIPTIONS[type]}"""
type ${type} implements Entity @node(labels: ["${type}", "Entity"]) @mutation(operations: []) ${LIMIT} {${ENTITY_FIELDS}${NODE_PROPERTIES[type].map(propertyField).join('')}
${[...relationshipFieldsOf(type), mentionedIn].join('\n')}
}`;
}

const COMMON = `
"""Anything an article can name: a company, government, chip, policy or person."""
interface Entity ${LIMIT} {${ENTITY_FIELDS}
}

"""Summary of the provenance of one relationship; each source is a Statement with the same edgeId."""
type Claim @relationshipProperties {
  "Stable id of the edge: subject|PREDICATE|object."
  id: ID!
  "Highest confidence among its statements, 0..1."
  confidence: Float!
  "Number of statements (article sentences or curated sources) that support it."
  sources: Int!
  firstSeen: DateTime
  "When it happened (ISO date), or the period it held."
  date: String
  validFrom: String
  validTo: String
  "Money tied to the fact, as written (e.g. \\"15% of China H20 revenue\\")."
  amount: String
}

"""Where an article names an entity: UTF-16 offsets into the article's text."""
type Mention @relationshipProperties {
  starts: [Int!]!
  ends: [Int!]!
  texts: [String!]!
}

"""A news article or document ingested into the graph."""
type Article @node @mutation(operations: []) ${LIMIT} {
  "Hash-derived id of the normalized text."
  id: ID!
  title: String!
  url: String
  "en or fr (or another ISO 639-1 code)."
  language: String!
  "Publication date (ISO)."
  publishedAt: String
  source: String
  text: String!
  contentHash: String!
  ingestedAt: DateTime
  mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT, properties: "Mention", nestedOperations: [], aggregate: false) @filterable(byValue: true, byAggregate: false)
  statements: [Statement!]! @relationship(type: "STATES", direction: OUT, nestedOperations: [], aggregate: false) @filterable(byValue: true, byAggregate: false)
}

"""One source's support for one relationship: an article sentence, or a curated source."""
type Statement @node @mutation(operations: []) ${LIMIT} {
  id: ID!
  "Id of the edge it supports (subject|PREDICATE|object)."
  edgeId: ID!
  predicate: String!
  subjectId: ID!
  objectId: ID!
  "The sentence quoted from the article, or the curated note."
  sentence: String
  "UTF-16 offsets of the sentence in the article's text."
  start: Int
  end: Int
  confidence: Float!
  "Extraction rule that produced it, or \\"curated\\"."
  rule: String!
  firstSeen: DateTime
  date: String
  validFrom: String
  validTo: String
  amount: String
  "Publication and URL of a curated source."
  sourceName: String
  sourceUrl: String
  asOf: String
  article: [Article!]! @relationship(type: "STATES", direction: IN, nestedOperations: [], aggregate: false) @filterable(byValue: true, byAggregate: false)
}
`;

const explorerTypeDefs = readFileSync(new URL('./explorer.graphql', import.meta.url), 'utf8');

/** The complete type definitions handed to @neo4j/graphql. */
export const typeDefs = [COMMON, ...ENTITY_TYPES.map(entityTypeDefs), ENTITY_PROPERTIES_TYPE, explorerTypeDefs].join('\n');
