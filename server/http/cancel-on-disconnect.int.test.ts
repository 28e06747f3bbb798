import assert from 'node:assert/strict';
import { request, type ClientRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Driver, Transaction } from 'neo4j-driver';
import { startTestApp, testDriver, type TestApp } from '../../test/support/test-app.ts';

// A read whose client leaves is stopped in Neo4j, for Chipgraph's own statements and for the
// generated API's alike. To keep a read running for as long as the test needs, the test holds
// Neo4j's schema lock on :Article (an index created in a transaction left open): a read of
// articles waits for it, and shows in SHOW TRANSACTIONS until it ends. All on loopback, real Neo4j.

interface RunningRead { id: string; status: string }

/** The app's transactions running a statement named `query` (the metadata access.ts gives them). */
async function runningReads(driver: Driver, query: string): Promise<RunningRead[]> {
  const result = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD transactionId, metaData, status WHERE metaData.app = $app AND metaData.query = $query RETURN transactionId AS id, status',
    { app: 'chipgraph', query },
  );
  return result.records.map((record) => ({ id: String(record.get('id')), status: String(record.get('status')) }));
}

/** Polls `check` every 50 ms until it holds, for at most `ms`; returns whether it held. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sends a GraphQL POST and never reads the answer: the test ends the connection itself. */
function sendAndHold(url: string, query: string): ClientRequest {
  const body = JSON.stringify({ query });
  const req = request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  req.on('error', () => {}); // the socket is destroyed on purpose
  req.end(body);
  return req;
}

describe('a read whose client leaves', () => {
  let app: TestApp;
  let driver: Driver;
  let lockSession: ReturnType<Driver['session']>;
  let lock: Transaction | undefined;

  before(async () => {
    app = await startTestApp();
    driver = testDriver();
    lockSession = driver.session();
  });
  after(async () => {
    if (lock?.isOpen()) await lock.rollback();
    await lockSession.close();
    await driver.close();
    await app.close();
  });

  /** Holds the schema lock on :Article until `release`. */
  async function holdArticleLock(): Promise<void> {
    lock = lockSession.beginTransaction();
    await lock.run('CREATE INDEX cancel_on_disconnect_probe IF NOT EXISTS FOR (a:Article) ON (a.cancelOnDisconnectProbe)');
  }
  async function release(): Promise<void> {
    if (lock?.isOpen()) await lock.rollback();
    lock = undefined;
  }

  for (const [label, query, name] of [
    ['one of Chipgraph\'s own statements (articleList, an auto-commit read)', '{ articleList(limit: 5) { total } }', 'articleList'],
    ['a statement of the generated API', '{ articles(where: { id: { eq: "no-such-article" } }) { id title } }', 'generated'],
  ] as const) {
    it(`is stopped in Neo4j: ${label}`, async () => {
      await holdArticleLock();
      try {
        const req = sendAndHold(app.url, query);
        // Blocked behind the lock, the read would stay as long as the lock does.
        const blocked = await eventually(async () => (await runningReads(driver, name)).some((read) => read.status.startsWith('Blocked')), 20_000);
        assert.ok(blocked, `the read ${name} never waited for the lock: ${JSON.stringify(await runningReads(driver, name))}`);
        req.destroy();
        const gone = await eventually(async () => (await runningReads(driver, name)).length === 0, 10_000);
        assert.ok(gone, `the read is still in Neo4j after its client left: ${JSON.stringify(await runningReads(driver, name))}`);
      } finally {
        await release();
      }
    });
  }

  it('does not disturb the next client of the same read', async () => {
    const answer = await app.graphql<{ articleList: { total: number } }>('{ articleList(limit: 5) { total } }');
    assert.equal(answer.errors, undefined);
    assert.ok((answer.data?.articleList.total ?? 0) > 0);
  });
});
