/**
 * Everything about one entity: its stored properties, its names, its relationships grouped by
 * predicate and direction (the best supported of each, with the group's size) with the sentences
 * that support each, and the articles that name it.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { EntityDetail, EntityProperties, NodeType, Predicate, RelationGroup } from '../../../schema/generated/graphql.ts';
import { ENTITY_PROPERTY_NAMES } from '../../../schema/type-defs.ts';
import { appError } from '../../errors.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { bestRankedRelationships, edgeDetail, edgeSummary, graphNode, newestMentions, relationGroupTotals, typeOf, VOCABULARY_RELATIONSHIPS, vocabularyDegree } from '../cypher-fragments.ts';
import { HUB_DEGREE } from './read-neighborhood.ts';
import { completeEdgeDetail, edgeDetailParameters, type EdgeDetailRow } from './edge-detail.ts';
import { integer } from './integer-parameter.ts';
import { cachedRead } from './read-cache.ts';
import { requireId } from '../../graphql/validate-arguments.ts';

/** Relationships shown per predicate and direction, the best supported first (a hub has thousands). */
const RELATIONS_PER_GROUP = 10;
/** Articles listed for one entity, the newest first. */
const MAX_ARTICLES = 100;

/**
 * The entity's relationships per predicate and direction, the best supported first in each (read as
 * `r`, at most $perGroup per group), as rows `predicate, direction, best`; `n` and `self` (the
 * entity as a GraphNode, computed once) stay in scope.
 */
const BEST_RELATIONS = `
  CALL (n) {
    // A hub: each group's best edges read from its rank index.
    WITH n WHERE ${vocabularyDegree('n')} > $hubDegree
    CALL (n) {${bestRankedRelationships('n')}
    }
    RETURN predicate, direction, r
    UNION ALL
    // An ordinary node: all its edges, ranked here.
    WITH n WHERE ${vocabularyDegree('n')} <= $hubDegree
    MATCH (n)-[r:${VOCABULARY_RELATIONSHIPS}]-(:Entity)
    RETURN type(r) AS predicate, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, r
  }
  WITH n, self, predicate, direction, r,
       CASE direction WHEN 'OUT' THEN endNode(r).id ELSE startNode(r).id END AS otherId
  ORDER BY predicate, direction, r.sources DESC, r.confidence DESC, otherId
  WITH n, self, predicate, direction, collect(r)[..$perGroup] AS best`;

/** The entity `n` and itself as a GraphNode, `self`, computed once (a hub's panel shows 190 relationships of it). */
const ENTITY_AND_SELF = `
MATCH (n:Entity {id: $id})
WITH n, ${graphNode('n')} AS self`;

/** Each group's size in the whole graph, and the articles that name the entity, the newest first. */
const TOTALS_AND_ARTICLES = `
CALL (n) {
  UNWIND ${relationGroupTotals('n')} AS total
  RETURN collect(total) AS totals
}
CALL (n) {
  // Read from the mention rank index, newest first (a hub has thousands of mentions); only
  // articles mention an entity (schema/storage.ts): no label to check.
  ${newestMentions('n')}
  WITH article, size(mention.starts) AS mentionCount
  RETURN collect({
    id: article.id,
    title: article.title,
    url: article.url,
    language: article.language,
    publishedAt: article.publishedAt,
    mentionCount: mentionCount
  }) AS articles
}
RETURN n.id AS id,
       self AS self,
       ${typeOf('n')} AS type,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       n.description AS description,
       properties(n) AS properties,
       relations AS relations,
       totals AS totals,
       articles AS articles`;

/** Everything about the entity, each relationship with its evidence and conflicts. */
const ENTITY = `${ENTITY_AND_SELF}
CALL (n, self) {${BEST_RELATIONS}
  RETURN collect({ predicate: predicate, direction: direction, edges: [r IN best | ${edgeDetail('r')}] }) AS relations
}${TOTALS_AND_ARTICLES}
`;

/** The same without each relationship's evidence and conflicts (the explorer's panel asks for neither). */
const ENTITY_SUMMARY = `${ENTITY_AND_SELF}
CALL (n, self) {${BEST_RELATIONS}
  RETURN collect({ predicate: predicate, direction: direction, edges: [r IN best | ${edgeSummary('r')}] }) AS relations
}${TOTALS_AND_ARTICLES}
`;

interface EntityRow {
  id: string;
  /** The entity as a GraphNode: the end of each relationship that the panel's statement leaves null. */
  self: EdgeDetailRow['subject'];
  type: NodeType;
  name: string;
  aliases: string[];
  description: string | null;
  properties: Record<string, unknown>;
  relations: Array<{ predicate: Predicate; direction: 'OUT' | 'IN'; edges: EdgeDetailRow[] }>;
  totals: Array<{ predicate: Predicate; direction: 'OUT' | 'IN'; total: number }>;
  articles: EntityDetail['articles'];
}

/**
 * The stored properties the schema names (EntityProperties), each null when absent; temporal
 * values (createdAt) as their ISO text. Names, aliases, description and internal keys stay out.
 */
export function entityProperties(stored: Record<string, unknown>): EntityProperties {
  const plain = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(plain);
    if (value !== null && typeof value === 'object') return String(value);
    return value;
  };
  return Object.fromEntries(ENTITY_PROPERTY_NAMES.map((name) => [name, plain(stored[name] ?? null)])) as unknown as EntityProperties;
}

/** Relation groups in the vocabulary's order (outgoing first), each with its size in the whole graph. */
export function groupRelations(relations: EntityRow['relations'], totals: EntityRow['totals'], self?: EntityRow['self']): RelationGroup[] {
  const total = new Map(totals.map((t) => [`${t.predicate}|${t.direction}`, t.total]));
  const order = new Map(totals.map((t, i) => [`${t.predicate}|${t.direction}`, i]));
  const key = (g: { predicate: string; direction: string }): string => `${g.predicate}|${g.direction}`;
  return [...relations]
    .sort((a, b) => (order.get(key(a)) ?? 0) - (order.get(key(b)) ?? 0))
    .map((group) => ({
      predicate: group.predicate,
      direction: group.direction,
      total: total.get(key(group)) ?? group.edges.length,
      // The panel's statement leaves the entity's own end null (it returns the entity once).
      edges: group.edges.map((edge) => completeEdgeDetail(self ? { ...edge, subject: edge.subject ?? self, object: edge.object ?? self } : edge)),
    }));
}

/** What a read of an entity includes beyond its relationships. */
export interface EntityReadOptions {
  /** Each relationship's evidence (its statements and articles) and conflicts: a subquery per relationship shown. */
  edgeEvidence: boolean;
}

/** Field names under `selections` (fragments followed), at any depth. */
function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        names.add(selection.name.value);
        visit(selection.selectionSet, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, new Set());
  return names;
}

/**
 * What the GraphQL operation asks of the entity: its relationships' evidence and conflicts only
 * when it selects them (EntityDetail has no other field of those names). Without `info`, everything.
 */
export function entityReadOptions(info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): EntityReadOptions {
  if (!info) return { edgeEvidence: true };
  const names = selectedFieldNames(info);
  return { edgeEvidence: names.has('evidence') || names.has('conflicts') };
}

export async function readEntity(ctx: GraphContext, args: { id: string }, options: EntityReadOptions = { edgeEvidence: true }): Promise<EntityDetail> {
  const id = requireId('id', args.id);
  const params = {
    id,
    perGroup: integer(RELATIONS_PER_GROUP),
    hubDegree: integer(HUB_DEGREE),
    predicates: null,
    maxArticles: integer(MAX_ARTICLES),
    ...edgeDetailParameters(),
  };
  const name = options.edgeEvidence ? 'entity' : 'entity-summary';
  const [row] = await cachedRead(ctx, name, params, () => runQuery<EntityRow>(ctx, name, options.edgeEvidence ? ENTITY : ENTITY_SUMMARY, params));
  if (!row) throw appError('ENTITY_NOT_FOUND', `No entity has the id "${id}".`, { id });
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    aliases: row.aliases,
    description: row.description,
    properties: entityProperties(row.properties),
    relations: groupRelations(row.relations, row.totals, row.self),
    articles: row.articles,
  };
}
