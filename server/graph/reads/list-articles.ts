/** Which articles are there? Newest first, filtered by words of the title or text, language and period. */
import type { ArticleList } from '../../../schema/generated/graphql.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { MENTIONS_RELATIONSHIP } from '../cypher-fragments.ts';
import { integer } from './integer-parameter.ts';
import {
  ARTICLE_LIST_MAX_LIMIT, ARTICLE_LIST_MAX_OFFSET, optionalPeriod, requireLimit, requireOffset,
} from '../../graphql/validate-arguments.ts';

/** Articles per page when the client does not say. */
const DEFAULT_LIMIT = 50;

const ARTICLE_LIST = `
MATCH (article:Article)
WHERE ($language IS NULL OR article.language = $language)
  AND ($from IS NULL OR article.publishedAt >= $from)
  AND ($to IS NULL OR article.publishedAt <= $to)
  AND ($text IS NULL OR toLower(article.title) CONTAINS $text OR toLower(article.text) CONTAINS $text)
WITH article ORDER BY coalesce(article.publishedAt, '') DESC, article.id
WITH collect(article) AS matching
RETURN size(matching) AS total,
       [article IN matching[$offset..($offset + $limit)] | {
         id: article.id,
         title: article.title,
         url: article.url,
         language: article.language,
         publishedAt: article.publishedAt,
         mentionCount: reduce(count = 0, m IN [(article)-[m:${MENTIONS_RELATIONSHIP}]->() | m] | count + size(m.starts))
       }] AS items
`;

export async function listArticles(
  ctx: GraphContext,
  args: { text?: string | null; language?: string | null; from?: string | null; to?: string | null; limit?: number | null; offset?: number | null },
): Promise<ArticleList> {
  const limit = requireLimit('limit', args.limit, DEFAULT_LIMIT, ARTICLE_LIST_MAX_LIMIT);
  const offset = requireOffset('offset', args.offset, ARTICLE_LIST_MAX_OFFSET);
  const { from, to } = optionalPeriod(args.from, args.to);
  const text = args.text?.trim().toLowerCase() || null;
  const language = args.language?.trim().toLowerCase() || null;
  const [row] = await runQuery<ArticleList & Record<string, unknown>>(ctx, 'articleList', ARTICLE_LIST, {
    text, language, from, to, limit: integer(limit), offset: integer(offset),
  });
  return row ?? { items: [], total: 0 };
}
