/**
 * One article as the reader sees it: its text, where it names each entity (UTF-16 spans), and
 * the relationships it supports with the sentences it contributes to each.
 */
import type { ArticleView, MentionSpan } from '../../../schema/generated/graphql.ts';
import { appError } from '../../errors.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { edgeDetail, MENTIONS_RELATIONSHIP, typeOf, VOCABULARY_RELATIONSHIPS } from '../cypher-fragments.ts';
import { completeEdgeDetail, edgeDetailParameters, type EdgeDetailRow } from './edge-detail.ts';
import { requireId } from '../../graphql/validate-arguments.ts';

const ARTICLE = `
MATCH (article:Article {id: $id})
CALL (article) {
  MATCH (article)-[m:${MENTIONS_RELATIONSHIP}]->(n:Entity)
  UNWIND range(0, size(m.starts) - 1) AS i
  WITH n, m, i ORDER BY m.starts[i], n.id
  RETURN collect({
    entityId: n.id,
    type: ${typeOf('n')},
    text: coalesce(m.texts[i], ''),
    start: m.starts[i],
    end: m.ends[i]
  }) AS mentions
}
CALL (article) {
  MATCH (article)-[:STATES]->(statement:Statement)
  WITH DISTINCT statement.edgeId AS edgeId, statement.subjectId AS subjectId, statement.objectId AS objectId
  MATCH (:Entity {id: subjectId})-[r:${VOCABULARY_RELATIONSHIPS}]->(:Entity {id: objectId})
  WHERE r.id = edgeId
  RETURN collect(${edgeDetail('r')}) AS edges
}
RETURN article.id AS id,
       article.title AS title,
       article.url AS url,
       article.language AS language,
       article.publishedAt AS publishedAt,
       article.text AS text,
       mentions AS mentions,
       edges AS edges
`;

interface ArticleRow extends Omit<ArticleView, 'edges' | 'mentions'> {
  mentions: MentionSpan[];
  edges: EdgeDetailRow[];
}

export async function readArticle(ctx: GraphContext, args: { id: string }): Promise<ArticleView> {
  const id = requireId('id', args.id);
  const [row] = await runQuery<ArticleRow>(ctx, 'article', ARTICLE, { id, ...edgeDetailParameters() });
  if (!row) throw appError('ENTITY_NOT_FOUND', `No article has the id "${id}".`, { id });
  return { ...row, edges: row.edges.map(completeEdgeDetail) };
}
