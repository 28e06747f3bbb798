/**
 * Neo4j killed (SIGKILL) while a commit's write transaction is open. The test starts a Neo4j of
 * its own on a free port, commits an article through the real commit path with the app's driver
 * settings, and holds the transaction open right after its main statement has written the
 * article, its statements, mentions and new entities (a hook on the transaction's `run`; Neo4j's
 * SHOW TRANSACTIONS confirms the transaction is open). It then kills the Java process, lets the
 * commit go on, restarts Neo4j on the same data folder (recovery from its transaction log) and
 * checks that the caller was told DATABASE_UNAVAILABLE and that the article is either wholly in
 * the graph or not at all: no statement, mention, entity, audit entry or lock of it survives alone.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { GraphQLError } from 'graphql';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { ExtractionResult } from '../../../seed/ingest/extraction-contract.ts';
import { freePort } from '../../../test/support/free-port.ts';
import { DRIVER_CONFIG } from '../../neo4j/connect-neo4j.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { prepareDatabase } from '../../prepare-database.ts';
import type { GraphContext } from '../access.ts';
import { articleIdOf, commitArticle } from './commit-article.ts';
import { COMMIT_ARTICLE } from './commit-queries.ts';
import { NOTHING_STORED, storedArticle } from './stored-article.test-support.ts';

const TEXT = 'Kill test. Quorvane Systems supplies wafers to Belmarine Devices. Belmarine Devices competes with Quorvane Systems.';
const NEW_ENTITIES = ['kill-test-quorvane-systems', 'kill-test-belmarine-devices'];
/** A fresh Neo4j plans the commit statement for many seconds on a busy machine: the transaction may take this long, in ms. */
const COMMIT_TIMEOUT_MS = 300_000;

function extraction(): ExtractionResult {
  const at = (written: string, from = 0): { start: number; end: number } => {
    const start = TEXT.indexOf(written, from);
    return { start, end: start + written.length };
  };
  const entity = (id: string, name: string) => ({
    id, type: 'Company' as const, name, isNew: true,
    mentions: [at(name), at(name, TEXT.indexOf(name) + 1)].map((span) => ({ text: name, ...span, rule: 'candidate' })),
  });
  const sentence = (text: string) => ({ text, ...at(text) });
  const [quorvane, belmarine] = NEW_ENTITIES as [string, string];
  return {
    language: 'en',
    entities: [entity(quorvane, 'Quorvane Systems'), entity(belmarine, 'Belmarine Devices')],
    relations: [
      { subject: quorvane, predicate: 'SUPPLIES', object: belmarine, confidence: 0.8, rule: 'hand', evidence: sentence('Quorvane Systems supplies wafers to Belmarine Devices.') },
      { subject: belmarine, predicate: 'COMPETES_WITH', object: quorvane, confidence: 0.8, rule: 'hand', evidence: sentence('Belmarine Devices competes with Quorvane Systems.') },
    ],
    warnings: [],
  };
}

/** A promise with its resolver. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/**
 * The driver as the commit sees it, with a hook in its write transactions: the first time the
 * commit statement has run (its writes are in the open transaction), `written` resolves and the
 * transaction waits for `proceed` before its next statement.
 */
function holdingDriver(driver: Driver, written: () => void, proceed: Promise<void>): Driver {
  let held = false;
  const hold = (tx: ManagedTransaction): ManagedTransaction => new Proxy(tx, {
    get(target, property, receiver) {
      if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
      return async (cypher: string, parameters?: Record<string, unknown>) => {
        const result = await target.run(cypher, parameters);
        if (cypher === COMMIT_ARTICLE && !held) {
          held = true;
          written();
          await proceed;
        }
        return result;
      };
    },
  });
  const session = (config: Parameters<Driver['session']>[0]): Session => {
    const real = driver.session(config);
    return new Proxy(real, {
      get(target, property, receiver) {
        if (property !== 'executeWrite') return Reflect.get(target, property, receiver) as unknown;
        return <T>(work: (tx: ManagedTransaction) => Promise<T>, txConfig?: Parameters<Session['executeWrite']>[1]) =>
          target.executeWrite((tx) => work(hold(tx)), txConfig);
      },
    });
  };
  return new Proxy(driver, {
    get(target, property, receiver) {
      return property === 'session' ? session : Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** Resolves once no process has the pid any more (the killed Java process has been reaped). */
async function gone(pid: number): Promise<void> {
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20)); // the interval of the poll
  }
}

describe('a commit when Neo4j is killed mid-transaction', () => {
  const folder = mkdtempSync(join(tmpdir(), 'chipgraph-kill-'));
  const articleId = articleIdOf(TEXT);
  let options: Parameters<typeof startLocalNeo4j>[0];
  let neo: LocalNeo4j | undefined;
  let driver: Driver | undefined;

  before(async () => {
    options = { dataDir: join(folder, 'neo4j'), port: await freePort(), heap: '512m', pageCache: '64m', cacheDir: join(process.cwd(), '.chipgraph') };
    neo = await startLocalNeo4j(options);
    assert.equal(neo.owned, true, 'the test runs its own Neo4j');
    driver = neo4j.driver(neo.uri, undefined, DRIVER_CONFIG);
    await prepareDatabase({ driver, database: undefined, timeoutMs: COMMIT_TIMEOUT_MS }, { skipSeed: true }, () => {});
  });

  after(async () => {
    await driver?.close();
    await neo?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('leaves the article wholly in or not at all, and tells the caller DATABASE_UNAVAILABLE', async () => {
    const written = deferred();
    const proceed = deferred();
    const graph: GraphContext = { driver: holdingDriver(driver!, written.resolve, proceed.promise), database: undefined, timeoutMs: COMMIT_TIMEOUT_MS };
    const committing = commitArticle(graph, extraction(), { text: TEXT, title: 'Kill test', language: 'en' }).then(
      (summary) => ({ summary, error: undefined }),
      (error: unknown) => ({ summary: undefined, error }),
    );
    await Promise.race([written.promise, committing.then(({ error }) => assert.fail(`the commit ended before its statement was held: ${String(error)}`))]);

    // The transaction is open in Neo4j and has written; nothing of it is visible outside it.
    const open = await driver!.executeQuery(
      "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.query = 'commit-article' RETURN count(*) AS open, collect(status) AS statuses",
    );
    assert.equal(Number(open.records[0]?.get('open')), 1, 'the commit transaction is open');
    const during = await storedArticle(driver!, articleId, NEW_ENTITIES);
    assert.equal(during.articles, 0, 'an open transaction is not visible outside it');

    const pid = neo!.pid;
    assert.ok(pid !== undefined, 'the test knows the pid of its Neo4j');
    process.kill(pid, 'SIGKILL');
    await gone(pid);
    proceed.resolve();

    const { summary, error } = await committing;
    assert.equal(summary, undefined, 'a commit whose database died does not report success');
    assert.equal((error as GraphQLError).extensions?.['code'], 'DATABASE_UNAVAILABLE', `the caller is told the database is unavailable, got: ${String(error)}`);

    // Restart on the same data folder: Neo4j recovers from its transaction log.
    await driver!.close();
    await neo!.stop(); // releases what the killed process left (its pipes, the log stream)
    neo = await startLocalNeo4j(options);
    driver = neo4j.driver(neo.uri, undefined, DRIVER_CONFIG);
    const stored = await storedArticle(driver, articleId, NEW_ENTITIES);
    if (stored.articles === 0) {
      assert.deepEqual(stored, NOTHING_STORED, 'nothing of the article survives the kill');
    } else {
      assert.deepEqual(stored, { articles: 1, statements: 2, mentions: 2, created: 2, audit: 1, locks: 0, orphanStatements: 0 }, 'the article is whole');
    }

    // The recovered database takes the same commit, whole.
    const again = await commitArticle({ driver, database: undefined, timeoutMs: COMMIT_TIMEOUT_MS }, extraction(), { text: TEXT, title: 'Kill test', language: 'en' });
    assert.equal(again.status, stored.articles === 0 ? 'CREATED' : 'UNCHANGED');
    const whole = await storedArticle(driver, articleId, NEW_ENTITIES);
    assert.deepEqual(whole, { articles: 1, statements: 2, mentions: 2, created: 2, audit: 1, locks: 0, orphanStatements: 0 });
  });
});
