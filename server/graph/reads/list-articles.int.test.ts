import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useExplorerFixture } from '../../../test/support/explorer-fixture.ts';

const PREFIX = 'test-list-articles-';
const LIST = `query ($text: String, $language: String, $from: String, $to: String, $limit: Int, $offset: Int) {
  articleList(text: $text, language: $language, from: $from, to: $to, limit: $limit, offset: $offset) {
    items { id title language publishedAt mentionCount } total
  }
}`;

interface List { items: Array<{ id: string; publishedAt: string | null; language: string; mentionCount: number }>; total: number }

describe('articleList', () => {
  const explorer = useExplorerFixture(PREFIX);
  const { f } = explorer;

  const list = async (variables: Record<string, unknown>) => {
    const result = await explorer.app.graphql<{ articleList: List }>(LIST, variables);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.articleList;
  };

  it('finds an article by a word of its title, whatever the case', async () => {
    const page = await list({ text: 'ZORBLAX' });
    assert.deepEqual(page.items.map((a) => a.id), [f.article]);
    assert.equal(page.total, 1);
    assert.equal(page.items[0]?.mentionCount, 3);
  });

  it('lists articles newest first with the total beyond the page', async () => {
    const page = await list({ limit: 1 });
    assert.ok(page.total >= 1);
    assert.equal(page.items.length, 1);
    const all = await list({ limit: 100 });
    const dates = all.items.map((a) => a.publishedAt ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  it('filters by language and period', async () => {
    assert.ok((await list({ language: 'en', text: 'zorblax' })).items.some((a) => a.id === f.article));
    assert.equal((await list({ language: 'fr', text: 'zorblax' })).total, 0);
    assert.equal((await list({ to: '2025-08-01', text: 'zorblax' })).total, 0);
  });

  it('pages with offset', async () => {
    const page = await list({ text: 'zorblax', offset: 1 });
    assert.deepEqual(page.items, []);
    assert.equal(page.total, 1);
  });

  it('refuses pages over 100 with LIMIT_EXCEEDED and a negative offset with BAD_USER_INPUT', async () => {
    assert.equal((await explorer.app.graphql(LIST, { limit: 101 })).errors?.[0]?.extensions?.code, 'LIMIT_EXCEEDED');
    assert.equal((await explorer.app.graphql(LIST, { offset: -1 })).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});
