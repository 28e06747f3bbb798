import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

interface Hit { id: string; type: string; name: string; matched: string; score: number }
const SEARCH = 'query ($text: String!, $types: [NodeType!], $limit: Int) { search(text: $text, types: $types, limit: $limit) { id type name matched score } }';

describe('search', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  const search = (text: string, extra: Record<string, unknown> = {}) => app.graphql<{ search: Hit[] }>(SEARCH, { text, ...extra });
  const firstHit = async (text: string) => {
    const result = await search(text);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data?.search[0];
  };

  it('finds NVIDIA by its nickname Team Green and says which alias matched', async () => {
    const hit = await firstHit('Team Green');
    assert.equal(hit?.id, 'nvidia');
    assert.equal(hit?.matched, 'Team Green');
  });

  it('finds NVIDIA despite a typo', async () => {
    assert.equal((await firstHit('nvida'))?.id, 'nvidia');
  });

  it('finds NVIDIA from a prefix still being typed', async () => {
    assert.equal((await firstHit('team gr'))?.id, 'nvidia');
  });

  it('finds the Chinese government by its French, accented and English names', async () => {
    for (const text of ['Chine', 'Pékin', 'pekin', 'Beijing']) {
      assert.equal((await firstHit(text))?.id, 'china-government', text);
    }
  });

  it('finds an agency by a name with a stop word in it', async () => {
    const result = await search('Department of Commerce', { limit: 5 });
    assert.equal(result.errors, undefined);
    assert.ok(result.data?.search.some((h) => /commerce/i.test(h.matched)), JSON.stringify(result.data?.search));
  });

  it('ignores case and ranks hits best first', async () => {
    const result = await search('NVIDIA', { limit: 5 });
    const hits = result.data?.search ?? [];
    assert.equal(hits[0]?.id, 'nvidia');
    assert.deepEqual(hits.map((h) => h.score), [...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('keeps only the types asked for', async () => {
    const result = await search('H20', { types: ['Policy'], limit: 10 });
    assert.equal(result.errors, undefined);
    assert.ok((result.data?.search.length ?? 0) > 0);
    assert.ok(result.data?.search.every((h) => h.type === 'Policy'));
  });

  it('reads Lucene syntax in the text as plain characters', async () => {
    for (const text of ['nvidia AND (', 'h20~~^"', 'a:b\\', '*']) {
      const result = await search(text);
      assert.equal(result.errors, undefined, `${text}: ${JSON.stringify(result.errors)}`);
    }
  });

  it('refuses an empty text with BAD_USER_INPUT', async () => {
    const result = await search('   ');
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('refuses more than 50 hits with LIMIT_EXCEEDED', async () => {
    const result = await search('nvidia', { limit: 51 });
    assert.equal(result.errors?.[0]?.extensions?.code, 'LIMIT_EXCEEDED');
  });
});
