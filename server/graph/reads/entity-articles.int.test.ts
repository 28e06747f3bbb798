/**
 * An entity's articles, newest first, are read from the mention rank keys (`entityRank`) that the
 * commit writes and the start backfills: the same list, in the same order, as sorting every
 * mention of the entity by its article's date (undated first, ties by article id).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { ExtractionResult } from '../../../seed/ingest/extraction-contract.ts';
import type { GraphContext } from '../access.ts';
import { commitArticle, retractArticle } from '../writes/commit-article.ts';
import { backfillMentionRanks } from '../writes/rank-edges.ts';

const PREFIX = 'test-entity-articles-';
const ENTITY = `${PREFIX}hub`;
/** More articles than the panel lists (100), several on the same day, two undated. */
const ARTICLES = 130;

const CREATE = `
CREATE (n:Entity:Company {id: $entity, name: 'Test articles hub', aliases: []})
WITH n
UNWIND range(0, $articles - 1) AS i
CREATE (a:Article {
  id: $prefix + 'article-' + right('000' + toString((i * 37) % $articles), 3),
  title: 'Test article ' + toString(i),
  language: 'en',
  publishedAt: CASE WHEN i < 2 THEN null ELSE '2025-' + right('0' + toString(i % 12 + 1), 2) + '-' + right('0' + toString(i % 7 + 1), 2) END
})
CREATE (a)-[:MENTIONS {starts: [0], ends: [4], texts: ['Test']}]->(n)
`;

/** The order the panel promises, computed by expanding every mention (what the index spares). */
const EXPECTED = `
MATCH (article:Article)-[mention:MENTIONS]->(:Entity {id: $entity})
RETURN article.id AS id
ORDER BY article.publishedAt DESC, article.id
LIMIT 100
`;

const DELETE = `
MATCH (n) WHERE (n:Entity OR n:Article) AND n.id STARTS WITH $prefix
DETACH DELETE n
`;

const PANEL = `query ($id: ID!) { entity(id: $id) { articles { id publishedAt mentionCount } } }`;

interface Panel { entity: { articles: Array<{ id: string; publishedAt: string | null; mentionCount: number }> } }

/** An extraction naming one new entity once, at the start of `text`. */
function naming(text: string, id: string, name: string): ExtractionResult {
  return {
    language: 'en',
    entities: [{ id, type: 'Company', name, isNew: true, mentions: [{ text: name, start: 0, end: name.length, rule: 'candidate' }] }],
    relations: [],
    warnings: [],
  };
}

describe("an entity's articles, newest first, from the mention rank keys", () => {
  let app: TestApp;
  let graph: GraphContext;
  const committed: string[] = [];

  before(async () => {
    app = await startTestApp();
    graph = { driver: app.driver, database: undefined };
    await app.driver.executeQuery(DELETE, { prefix: PREFIX });
  });
  after(async () => {
    for (const id of committed) await retractArticle(graph, id);
    await app.driver.executeQuery(DELETE, { prefix: PREFIX });
    await app.close();
  });

  const panel = async (id: string): Promise<Panel['entity']['articles']> => {
    const result = await app.graphql<Panel>(PANEL, { id });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.entity.articles;
  };

  it('backfills the keys of mentions written without them and lists the newest 100 as a full sort would', async () => {
    await app.driver.executeQuery(CREATE, { prefix: PREFIX, entity: ENTITY, articles: neo4j.int(ARTICLES) });
    const keyed = await backfillMentionRanks(graph);
    assert.ok(keyed >= ARTICLES, `the new mentions are keyed (${keyed})`);
    const expected = (await app.driver.executeQuery(EXPECTED, { entity: ENTITY })).records.map((r) => r.get('id') as string);
    const articles = await panel(ENTITY);
    assert.equal(articles.length, 100);
    assert.deepEqual(articles.map((a) => a.id), expected);
    assert.deepEqual(articles.slice(0, 2).map((a) => a.publishedAt), [null, null], 'undated articles first, as ORDER BY … DESC puts them');
    assert.ok(articles.every((a) => a.mentionCount === 1));
    assert.equal(await backfillMentionRanks(graph), 0, 'a second backfill finds nothing to do');
  });

  it('writes the keys when an article is committed, so a newer article comes first', async () => {
    const entity = `${PREFIX}committed`;
    const name = 'Zorblatt Semiconductor';
    for (const [publishedAt, words] of [['2024-03-01', 'signs a deal'], ['2025-11-20', 'opens a plant']] as const) {
      const text = `${name} ${words} in ${PREFIX}.`;
      const summary = await commitArticle(graph, naming(text, entity, name), { text, title: `${PREFIX}${words}`, language: 'en', publishedAt });
      committed.push(summary.articleId);
    }
    const unkeyed = await app.driver.executeQuery(
      'MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $entity}) WHERE m.entityRank IS NULL OR NOT m.entityRank STARTS WITH $entity + \'|\' RETURN count(m) AS n',
      { entity },
    );
    assert.equal(Number(unkeyed.records[0]?.get('n')), 0, 'every mention the commit wrote has its key');
    const articles = await panel(entity);
    assert.deepEqual(articles.map((a) => a.publishedAt), ['2025-11-20', '2024-03-01']);
    assert.deepEqual(articles.map((a) => a.id), [committed[1], committed[0]]);
  });
});
