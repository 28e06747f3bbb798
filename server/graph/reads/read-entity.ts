/**
 * Everything about one entity: its stored properties, its names, its relationships grouped by
 * predicate and direction with the sentences that support each, and the articles that name it.
 */
import type { EntityDetail, NodeType, Predicate, RelationGroup } from '../../../schema/generated/graphql.ts';
import { appError } from '../../errors.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { edgeDetail, typeOf, VOCABULARY_RELATIONSHIPS } from '../cypher-fragments.ts';
import { completeEdgeDetail, edgeDetailParameters, type EdgeDetailRow } from './edge-detail.ts';
import { integer } from './integer-parameter.ts';
import { requireId } from '../../graphql/validate-arguments.ts';

/** Relationships shown for one entity, the best supported first (a hub has thousands). */
const MAX_RELATIONSHIPS = 300;
/** Articles listed for one entity, the newest first. */
const MAX_ARTICLES = 100;

const ENTITY = `
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r:${VOCABULARY_RELATIONSHIPS}]-(other:Entity)
  WITH r, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction
  ORDER BY r.sources DESC, r.confidence DESC, r.id
  LIMIT $maxRelationships
  RETURN collect({ predicate: type(r), direction: direction, detail: ${edgeDetail('r')} }) AS relations
}
CALL (n) {
  MATCH (article:Article)-[mention:MENTIONS]->(n)
  WITH article, size(mention.starts) AS mentionCount
  ORDER BY article.publishedAt DESC, article.id
  LIMIT $maxArticles
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
       ${typeOf('n')} AS type,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       n.description AS description,
       properties(n) AS properties,
       relations AS relations,
       articles AS articles
`;

interface EntityRow {
  id: string;
  type: NodeType;
  name: string;
  aliases: string[];
  description: string | null;
  properties: Record<string, unknown>;
  relations: Array<{ predicate: Predicate; direction: 'OUT' | 'IN'; detail: EdgeDetailRow }>;
  articles: EntityDetail['articles'];
}

/** Stored properties as JSON; temporal values (firstSeen, ingestedAt) as their ISO text. */
export function propertiesJson(properties: Record<string, unknown>): string {
  const plain = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(plain);
    if (value !== null && typeof value === 'object') return String(value);
    return value;
  };
  const sorted = Object.keys(properties).sort().map((key) => [key, plain(properties[key])]);
  return JSON.stringify(Object.fromEntries(sorted));
}

/** Relations grouped by predicate and direction, in the order the query ranked them. */
export function groupRelations(relations: EntityRow['relations']): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const relation of relations) {
    const key = `${relation.predicate}|${relation.direction}`;
    const group = groups.get(key) ?? { predicate: relation.predicate, direction: relation.direction, edges: [] };
    group.edges.push(completeEdgeDetail(relation.detail));
    groups.set(key, group);
  }
  return [...groups.values()];
}

export async function readEntity(ctx: GraphContext, args: { id: string }): Promise<EntityDetail> {
  const id = requireId('id', args.id);
  const [row] = await runQuery<EntityRow>(ctx, 'entity', ENTITY, {
    id,
    maxRelationships: integer(MAX_RELATIONSHIPS),
    maxArticles: integer(MAX_ARTICLES),
    ...edgeDetailParameters(),
  });
  if (!row) throw appError('ENTITY_NOT_FOUND', `No entity has the id "${id}".`, { id });
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    aliases: row.aliases,
    description: row.description,
    properties: propertiesJson(row.properties),
    relations: groupRelations(row.relations),
    articles: row.articles,
  };
}
