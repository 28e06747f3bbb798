/**
 * What happened when? Dated events about some entities (or the whole graph) in order: policies
 * announced, in force or ended; relationships with a date or a start; each statement about them
 * with its sentence and article (dated by its own date, else its article's); articles published.
 */
import type { TimelineEvent } from '../../../schema/generated/graphql.ts';
import { PREDICATES, PREDICATE_NAMES } from '../../../schema/vocabulary.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { MENTIONS_RELATIONSHIP, VOCABULARY_RELATIONSHIPS } from '../cypher-fragments.ts';
import { integer } from './integer-parameter.ts';
import { optionalPeriod, requireIds, requireLimit, TIMELINE_MAX_IDS, TIMELINE_MAX_LIMIT } from '../../graphql/validate-arguments.ts';

/** Events returned when the client does not say. */
const DEFAULT_LIMIT = 200;

const TIMELINE = `
CALL () {
  // Policies about these entities (or all): their own dates.
  MATCH (p:Policy)
  WHERE $ids IS NULL OR p.id IN $ids
     OR EXISTS { MATCH (p)-[:${VOCABULARY_RELATIONSHIPS}]-(x:Entity) WHERE x.id IN $ids }
  UNWIND [
    { what: 'announced', date: p.announced },
    { what: 'in force', date: p.effective },
    { what: 'ended', date: p.ended }
  ] AS moment
  WITH p, moment WHERE moment.date IS NOT NULL
  RETURN moment.date AS date, 'POLICY' AS kind, p.name + ' (' + moment.what + ')' AS label,
         p.id AS nodeId, null AS edgeId, null AS articleId, null AS sentence
  UNION ALL
  // Dated relationships of these entities (or all).
  MATCH (subject:Entity)-[r:${VOCABULARY_RELATIONSHIPS}]->(object:Entity)
  WHERE coalesce(r.date, r.validFrom) IS NOT NULL
    AND ($ids IS NULL OR subject.id IN $ids OR object.id IN $ids)
  RETURN coalesce(r.date, r.validFrom) AS date, 'RELATIONSHIP' AS kind,
         subject.name + ' ' + $words[type(r)] + ' ' + object.name AS label,
         null AS nodeId, r.id AS edgeId, null AS articleId, null AS sentence
  UNION ALL
  // What each article said about these entities, sentence by sentence (entities named only).
  MATCH (article:Article)-[:STATES]->(s:Statement)
  WHERE $ids IS NOT NULL AND (s.subjectId IN $ids OR s.objectId IN $ids)
    AND coalesce(s.date, s.validFrom, article.publishedAt) IS NOT NULL
  RETURN coalesce(s.date, s.validFrom, article.publishedAt) AS date, 'STATEMENT' AS kind,
         article.title AS label, null AS nodeId, s.edgeId AS edgeId, article.id AS articleId, s.sentence AS sentence
  UNION ALL
  // Articles that name these entities (or all).
  MATCH (article:Article)
  WHERE article.publishedAt IS NOT NULL
    AND ($ids IS NULL OR EXISTS { MATCH (article)-[:${MENTIONS_RELATIONSHIP}]->(x:Entity) WHERE x.id IN $ids })
  RETURN article.publishedAt AS date, 'ARTICLE' AS kind, article.title AS label,
         null AS nodeId, null AS edgeId, article.id AS articleId, null AS sentence
}
WITH date, kind, label, nodeId, edgeId, articleId, sentence
WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
RETURN date AS date, kind AS kind, label AS label, nodeId AS nodeId, edgeId AS edgeId, articleId AS articleId, sentence AS sentence
ORDER BY date, kind, label
LIMIT $limit
`;

/** "makes", "restricts export of"…: how each predicate reads in a timeline label. */
const PREDICATE_WORDS = Object.fromEntries(PREDICATE_NAMES.map((predicate) => [predicate, PREDICATES[predicate].en]));

export async function readTimeline(
  ctx: GraphContext,
  args: { ids?: readonly string[] | null; from?: string | null; to?: string | null; limit?: number | null },
): Promise<TimelineEvent[]> {
  const ids = args.ids ? requireIds('ids', args.ids, TIMELINE_MAX_IDS) : null;
  const { from, to } = optionalPeriod(args.from, args.to);
  const limit = requireLimit('limit', args.limit, DEFAULT_LIMIT, TIMELINE_MAX_LIMIT);
  return runQuery<TimelineEvent & Record<string, unknown>>(ctx, 'timeline', TIMELINE, {
    ids,
    from,
    to,
    limit: integer(limit),
    words: PREDICATE_WORDS,
  });
}
