/**
 * Neo4j paused (SIGSTOP): the process is alive and holds its connections open, but answers
 * nothing. The test starts a Neo4j of its own on a free port (the only process it signals), serves
 * the app on loopback with the app's driver settings, and checks that while Neo4j is stopped
 * /readyz answers 503 (its probe gives Neo4j READINESS_TIMEOUT_MS) and a read fails with
 * DATABASE_UNAVAILABLE instead of hanging (the access module bounds every read: transaction timeout
 * plus ACCESS_SETTINGS.silenceGraceMs, both made short here), and that once Neo4j is continued
 * (SIGCONT) the same app reads again and is ready, without a restart.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../config.ts';
import { ACCESS_SETTINGS } from '../graph/access.ts';
import { createLogger } from '../logger.ts';
import { DRIVER_CONFIG } from '../neo4j/connect-neo4j.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j.ts';
import { prepareDatabase } from '../prepare-database.ts';
import { freePort } from '../../test/support/free-port.ts';
import { createApp } from './create-app.ts';

/** Bound of every request of this test, in ms: a request that hangs fails the test instead of hanging it. */
const REQUEST_BOUND_MS = 60_000;
/** Bound of the wait for the continued Neo4j to answer again, in ms. */
const RECOVERY_BOUND_MS = 120_000;

const SEARCH = 'query($text: String!) { search(text: $text, limit: 5) { id } }';

describe('when Neo4j is paused (SIGSTOP) and continued', () => {
  const folder = mkdtempSync(join(tmpdir(), 'chipgraph-pause-'));
  const saved = { ...ACCESS_SETTINGS };
  let neo: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  let server: Server | undefined;
  let url = '';
  let stopped = false;
  let reads = 0;

  /** A search whose text no earlier call used (the read cache never answers it): its error code, or undefined when it succeeded. */
  async function read(): Promise<string | undefined> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH, variables: { text: `pause probe ${++reads}` } }),
      signal: AbortSignal.timeout(REQUEST_BOUND_MS),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    return body.errors ? (body.errors[0]?.extensions?.code ?? 'NO_CODE') : undefined;
  }

  /** A read of the generated API (@neo4j/graphql), which opens its own sessions: its error code, or undefined when it succeeded. */
  async function generatedRead(): Promise<string | undefined> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ articles(where: { id: { eq: "pause-probe-${++reads}" } }) { id title } }` }),
      signal: AbortSignal.timeout(REQUEST_BOUND_MS),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    return body.errors ? (body.errors[0]?.extensions?.code ?? 'NO_CODE') : undefined;
  }

  const readyz = async (): Promise<number> => (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(REQUEST_BOUND_MS) })).status;

  before(async () => {
    neo = await startLocalNeo4j({ dataDir: join(folder, 'neo4j'), port: await freePort(), heap: '256m', pageCache: '64m', cacheDir: join(process.cwd(), '.chipgraph') });
    assert.equal(neo.owned, true, 'the test runs its own Neo4j');
    driver = neo4j.driver(neo.uri, undefined, DRIVER_CONFIG);
    await prepareDatabase({ driver, database: undefined }, { skipSeed: true }, () => {});
    // Short bounds, so that the test waits seconds rather than the default half-minute.
    ACCESS_SETTINGS.transactionTimeoutMs = 2_000;
    ACCESS_SETTINGS.silenceGraceMs = 1_000;
    const app = await createApp({ driver, database: undefined, config: loadConfig({}), logger: createLogger('silent'), tokens: { write: undefined, read: undefined } });
    server = createServer((req, res) => app.handle(req, res));
    const port = await freePort();
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${port}`;
  });

  after(async () => {
    if (stopped && neo?.pid !== undefined) process.kill(neo.pid, 'SIGCONT');
    Object.assign(ACCESS_SETTINGS, saved);
    server?.closeAllConnections();
    server?.close();
    await driver?.close();
    await neo?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers 503 on /readyz and DATABASE_UNAVAILABLE on reads while paused, and serves again once continued', async () => {
    assert.equal(await read(), undefined, 'a read succeeds before the pause (and leaves a pooled connection)');
    assert.equal(await generatedRead(), undefined, 'so does a read of the generated API');
    assert.equal(await readyz(), 200);

    const pid = neo!.pid;
    assert.ok(pid !== undefined, 'the test knows the pid of its Neo4j');
    process.kill(pid, 'SIGSTOP');
    stopped = true;

    // The first read takes the idle pooled connection, which Neo4j holds open and never answers on.
    assert.equal(await read(), 'DATABASE_UNAVAILABLE', 'a read on the pooled connection fails instead of hanging');
    assert.equal(await read(), 'DATABASE_UNAVAILABLE', 'so does the next one, on a new connection');
    assert.equal(await generatedRead(), 'DATABASE_UNAVAILABLE', 'and a read of the generated API');
    assert.equal(await readyz(), 503, '/readyz reports the silent database');
    const healthz = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(REQUEST_BOUND_MS) });
    assert.equal(healthz.status, 200, 'the server itself stays alive');

    process.kill(pid, 'SIGCONT');
    stopped = false;
    const deadline = performance.now() + RECOVERY_BOUND_MS;
    let last = await read();
    while (last !== undefined && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200)); // the interval of the poll
      last = await read();
    }
    assert.equal(last, undefined, 'reads succeed again without a restart');
    assert.equal(await generatedRead(), undefined, 'the generated API reads again too');
    assert.equal(await readyz(), 200, 'and the server is ready again');
  });
});
