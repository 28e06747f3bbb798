import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDriver } from '../../../test/support/test-app.ts';
import { buildGazetteer, type Gazetteer } from '../../../seed/ingest/build-gazetteer.ts';
import { extractArticle } from '../../../seed/ingest/extract-article.ts';
import { loadGazetteerEntries } from '../../../seed/ingest/load-gazetteer.ts';
import { readArticle } from '../../../seed/ingest/read-article.ts';
import { commitArticle, retractArticle, type CommitSummary } from './commit-article.ts';

const MARKER = 'commit-race-r4c';
const URL_OF_STORY = `https://example.org/${MARKER}`;

/** One version of the story: the same url, a different closing sentence. */
function version(n: number): string {
  return `Chip news ${MARKER}\n\nNVIDIA makes the H20 accelerator for the Chinese market. The US Commerce Department restricted exports of the H20 to China in April 2025. Version ${n} of this report adds that AMD sells the MI308 in China.`;
}

describe('concurrent commits of one article', () => {
  const driver = testDriver();
  const graph = { driver, database: undefined };
  let gazetteer: Gazetteer;

  before(async () => {
    gazetteer = buildGazetteer(await loadGazetteerEntries());
  });
  after(async () => {
    const stored = await driver.executeQuery('MATCH (a:Article) WHERE a.title CONTAINS $marker RETURN a.id AS id', { marker: MARKER });
    for (const record of stored.records) await retractArticle(graph, record.get('id') as string);
    await driver.close();
  });

  const commit = (text: string, url?: string): Promise<CommitSummary> => {
    const extraction = extractArticle(readArticle({ bytes: new TextEncoder().encode(text), name: 'story.txt' }), gazetteer);
    return commitArticle(graph, extraction, { text, title: `Chip news ${MARKER}`, url });
  };

  const storedWithUrl = async (url: string): Promise<string[]> =>
    (await driver.executeQuery('MATCH (a:Article {url: $url}) RETURN a.id AS id', { url })).records.map((r) => r.get('id') as string);

  it('leaves one article when ten copies are committed at once: one CREATED, nine UNCHANGED', async () => {
    const text = version(0);
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => commit(text)));
    const statuses = outcomes.map((o) => o.status).sort();
    assert.deepEqual(statuses, ['CREATED', ...Array<string>(9).fill('UNCHANGED')]);
    assert.equal(new Set(outcomes.map((o) => o.articleId)).size, 1);
    const count = await driver.executeQuery('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id: outcomes[0]?.articleId });
    assert.equal(count.records[0]?.get('n'), 1);
    await retractArticle(graph, outcomes[0]!.articleId);
  });

  it('leaves one article when five edited versions of one url are committed at once, each told what it replaced', async () => {
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((n) => commit(version(n), URL_OF_STORY)));
    const stored = await storedWithUrl(URL_OF_STORY);
    assert.equal(stored.length, 1, `articles stored with the url: ${stored.join(', ')}`);
    assert.deepEqual(outcomes.map((o) => o.status).sort(), ['CREATED', 'UPDATED', 'UPDATED', 'UPDATED', 'UPDATED']);
    // The commits ran one after the other: each UPDATED replaced exactly the version committed before it.
    const replaced = outcomes.flatMap((o) => o.replaced);
    assert.equal(replaced.length, 4);
    assert.equal(new Set(replaced).size, 4);
    assert.ok(outcomes.some((o) => o.articleId === stored[0] && !replaced.includes(o.articleId)), 'the stored article is the last one committed');
  });

  it('leaves no lock behind', async () => {
    const locks = await driver.executeQuery('MATCH (l:CommitLock) RETURN count(l) AS n');
    assert.equal(locks.records[0]?.get('n'), 0);
  });
});
