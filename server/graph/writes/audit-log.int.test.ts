/**
 * The audit log over GraphQL: a commit and a saved view each leave one entry, with a fingerprint
 * of the token (never the token); a refused commit, a rolled-back transaction and a commit that
 * changes nothing leave none; reading needs the write token and pages newest first.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, TEST_WRITE_TOKEN, type TestApp } from '../../../test/support/test-app.ts';
import { tokenFingerprint } from '../../http/access-control.ts';
import { inTransaction } from '../access.ts';
import { recordAudit } from './audit-log.ts';
import { retractArticle } from './commit-article.ts';

const MARKER = 'audit-log-k3v';
const AUTH = { authorization: `Bearer ${TEST_WRITE_TOKEN}` };
const ARTICLE = `Audit trail (${MARKER})

NVIDIA makes the H20 accelerator for the Chinese market. The US Commerce Department restricted exports of the H20 to China in April 2025.`;

const INGEST = `
mutation ($input: ArticleInput!) {
  ingestArticle(input: $input, dryRun: false) { status articleId statements addedEdges }
}`;
const SAVE = `mutation ($name: String!, $state: String!) { saveView(name: $name, state: $state) { id } }`;
const LOG = `
query ($first: Int, $after: String) {
  auditLog(first: $first, after: $after) {
    entries { id at actor operation target outcome changes }
    endCursor hasMore
  }
}`;

interface Entry { id: string; at: string; actor: string; operation: string; target: string; outcome: string; changes: string }
interface LogPayload { auditLog: { entries: Entry[]; endCursor: string | null; hasMore: boolean } }

describe('audit log', () => {
  let app: TestApp;
  const articles = new Set<string>();
  const views = new Set<string>();

  before(async () => {
    app = await startTestApp();
  });

  after(async () => {
    for (const id of articles) await retractArticle({ driver: app.driver, database: undefined }, id);
    await app.driver.executeQuery('MATCH (v:SavedView) WHERE v.id IN $ids DETACH DELETE v', { ids: [...views] });
    await app.driver.executeQuery('MATCH (e:AuditEntry) WHERE e.target IN $ids OR e.operation = $probe DETACH DELETE e', { ids: [...articles, ...views], probe: 'probe' });
    await app.close();
  });

  async function newest(first = 1): Promise<LogPayload['auditLog']> {
    const response = await app.graphql<LogPayload>(LOG, { first }, AUTH);
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    return response.data!.auditLog;
  }

  it('needs the write token to be read', async () => {
    const anonymous = await app.graphql(LOG, {});
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const wrong = await app.graphql(LOG, {}, { authorization: 'Bearer not-the-token' });
    assert.equal(wrong.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const tooMany = await app.graphql(LOG, { first: 1000 }, AUTH);
    assert.equal(tooMany.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('records a committed article with the token fingerprint and what changed', async () => {
    const response = await app.graphql<{ ingestArticle: { status: string; articleId: string; statements: string[]; addedEdges: string[] } }>(INGEST, { input: { text: ARTICLE } }, AUTH);
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    const result = response.data!.ingestArticle;
    articles.add(result.articleId);
    assert.equal(result.status, 'CREATED');
    const [entry] = (await newest()).entries;
    assert.equal(entry?.operation, 'commitArticle');
    assert.equal(entry.target, result.articleId);
    assert.equal(entry.outcome, 'CREATED');
    assert.equal(entry.actor, tokenFingerprint(TEST_WRITE_TOKEN));
    assert.ok(!JSON.stringify(entry).includes(TEST_WRITE_TOKEN), 'the token itself is never stored');
    const changes = JSON.parse(entry.changes) as { statements: number; addedEdges: string[] };
    assert.equal(changes.statements, result.statements.length);
    assert.deepEqual(changes.addedEdges, result.addedEdges);
    assert.ok(Date.now() - Date.parse(entry.at) < 10 * 60_000, 'at is the time of the commit');
  });

  it('records nothing for a commit that changes nothing or is refused', async () => {
    const before = (await newest()).entries[0]?.id;
    const again = await app.graphql<{ ingestArticle: { status: string } }>(INGEST, { input: { text: ARTICLE } }, AUTH);
    assert.equal(again.data?.ingestArticle.status, 'UNCHANGED');
    const refused = await app.graphql(INGEST, {
      input: { text: ARTICLE.replace(MARKER, `${MARKER}-refused`), corrections: { links: [{ candidateId: 'nvidia', entityId: 'no-such-entity-k3v' }] } },
    }, AUTH);
    assert.ok(refused.errors?.[0], 'the commit is refused');
    assert.equal((await newest()).entries[0]?.id, before);
  });

  it('records nothing when the transaction of a write is rolled back', async () => {
    const before = (await newest()).entries[0]?.id;
    const graph = { driver: app.driver, database: undefined, actor: 'token:probe' };
    await assert.rejects(inTransaction(graph, 'WRITE', 'audit-probe', async (tx) => {
      await recordAudit(tx, graph, { operation: 'probe' as never, target: 'probe', outcome: 'CREATED', changes: {} });
      throw new Error('the write fails after its entry');
    }), /the write fails/);
    assert.equal((await newest()).entries[0]?.id, before);
    const probes = await app.driver.executeQuery('MATCH (e:AuditEntry {operation: $probe}) RETURN count(e) AS n', { probe: 'probe' });
    assert.equal(probes.records[0]?.get('n'), 0);
  });

  it('records a saved view once, and pages newest first', async () => {
    const name = `${MARKER} view`;
    const state = '#/explore?n=nvidia:0:0:s';
    const saved = await app.graphql<{ saveView: { id: string } }>(SAVE, { name, state }, AUTH);
    assert.equal(saved.errors, undefined, JSON.stringify(saved.errors));
    views.add(saved.data!.saveView.id);
    await app.graphql(SAVE, { name, state }, AUTH); // the same view again: nothing written
    const page = await newest(1);
    assert.equal(page.entries[0]?.operation, 'saveView');
    assert.equal(page.entries[0]?.target, saved.data!.saveView.id);
    assert.equal(page.hasMore, true);
    const next = await app.graphql<LogPayload>(LOG, { first: 1, after: page.endCursor }, AUTH);
    assert.equal(next.data?.auditLog.entries[0]?.operation, 'commitArticle', 'the commit before the view, and the second save left no entry');
    assert.ok(articles.has(next.data!.auditLog.entries[0]!.target));
    const bad = await app.graphql(LOG, { first: 1, after: 'not-a-cursor' }, AUTH);
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});
