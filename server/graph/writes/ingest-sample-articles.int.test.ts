import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { graphFingerprint } from '../../../test/support/graph-fingerprint.ts';
import { testDriver } from '../../../test/support/test-app.ts';
import { ingestSampleArticles, SAMPLE_ARTICLES_DIR } from './ingest-sample-articles.ts';

describe('the sample articles at seed time', () => {
  const driver = testDriver();
  after(() => driver.close());
  const samples = readdirSync(SAMPLE_ARTICLES_DIR).filter((name) => name.endsWith('.md') && name !== 'README.md');

  it('are in a freshly prepared graph, with statements pinned to their sentences', async () => {
    const result = await driver.executeQuery(`
      MATCH (a:Article)-[:STATES]->(s:Statement)
      WITH a, collect(s) AS statements
      RETURN count(a) AS articles, sum(size(statements)) AS statements,
             all(x IN collect(all(s IN statements WHERE substring(a.text, s.start, s.end - s.start) = s.sentence)) WHERE x) AS pinned
    `, {});
    const row = result.records[0]!.toObject() as { articles: number; statements: number; pinned: boolean };
    assert.ok(row.articles >= samples.length - 1, `${row.articles} articles with statements`);
    assert.ok(row.statements > samples.length);
    assert.equal(row.pinned, true);
  });

  it('change nothing when ingested a second time', async () => {
    const before = await graphFingerprint(driver);
    const summary = await ingestSampleArticles({ driver: driver, database: undefined });
    assert.deepEqual(summary, { UNCHANGED: samples.length });
    assert.deepEqual(await graphFingerprint(driver), before);
  });
});
