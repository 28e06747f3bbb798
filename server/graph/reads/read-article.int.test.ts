import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useExplorerFixture } from '../../../test/support/explorer-fixture.ts';

const PREFIX = 'test-read-article-';
const ARTICLE = `query ($id: ID!) { article(id: $id) {
  id title url language publishedAt text
  mentions { entityId type text start end }
  edges { edge { id predicate } evidence { sentence start end articleId } conflicts { id } }
} }`;

interface ArticleView {
  id: string; title: string; language: string; text: string;
  mentions: Array<{ entityId: string; type: string; text: string; start: number; end: number }>;
  edges: Array<{ edge: { id: string }; evidence: Array<{ sentence: string; start: number; end: number; articleId: string }>; conflicts: Array<{ id: string }> }>;
}

describe('article', () => {
  const explorer = useExplorerFixture(PREFIX);
  const { f } = explorer;

  it('gives the text with the spans of every mention, in reading order', async () => {
    const result = await explorer.app.graphql<{ article: ArticleView }>(ARTICLE, { id: f.article });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const article = result.data!.article;
    assert.equal(article.text, f.text);
    assert.equal(article.mentions.length, 3);
    for (const mention of article.mentions) assert.equal(article.text.slice(mention.start, mention.end), mention.text);
    assert.deepEqual(article.mentions.map((m) => m.entityId), [f.government, f.chip, f.chip]);
    assert.equal(article.mentions[1]?.type, 'Chip');
  });

  it('lists the relationships the article supports with its sentence', async () => {
    const result = await explorer.app.graphql<{ article: ArticleView }>(ARTICLE, { id: f.article });
    const edges = result.data!.article.edges;
    assert.deepEqual(edges.map((e) => e.edge.id), [f.allows]);
    assert.ok(edges[0]?.evidence.some((e) => e.sentence === f.sentence && e.articleId === f.article));
    assert.deepEqual(edges[0]?.conflicts.map((c) => c.id), [f.restricts]);
  });

  it('answers an unknown id with ENTITY_NOT_FOUND', async () => {
    const result = await explorer.app.graphql(ARTICLE, { id: `${PREFIX}nothing` });
    assert.equal(result.errors?.[0]?.extensions?.code, 'ENTITY_NOT_FOUND');
  });
});
