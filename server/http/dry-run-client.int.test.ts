import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { freePort } from '../../test/support/free-port.ts';
import { testDriver } from '../../test/support/test-app.ts';
import { createApp } from './create-app.ts';

// Dry runs are limited per client address (one at once here, one more a minute). Whether
// X-Forwarded-For names the client depends on CHIPGRAPH_TRUSTED_PROXIES alone. All on loopback,
// over the real Neo4j; the article is blank, so a dry run the limit lets through is refused as
// ARTICLE_EMPTY without being analysed.
const DRY_RUN = JSON.stringify({ query: 'mutation($t:String!){ingestArticle(input:{text:$t}){status}}', variables: { t: ' ' } });

async function appServer(env: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const driver = testDriver();
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', CHIPGRAPH_DRY_RUN_BURST: '1', CHIPGRAPH_DRY_RUNS_PER_MINUTE: '1', CHIPGRAPH_TRUSTED_PROXIES: '', ...env });
  const app = await createApp({ driver, database: undefined, config, logger: createLogger('silent'), tokens: { write: undefined, read: undefined } });
  const server: Server = createServer((req, res) => app.handle(req, res));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await app.extractionPool.close();
      await driver.close();
    },
  };
}

/** True when the dry run was refused by the rate limit, false when it went past it. */
async function limited(url: string, forwardedFor: string): Promise<boolean> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: DRY_RUN });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  const code = body.errors?.[0]?.extensions?.code;
  assert.ok(code === 'RATE_LIMITED' || code === 'ARTICLE_EMPTY', `unexpected answer ${JSON.stringify(body)}`);
  return code === 'RATE_LIMITED';
}

describe('the client address of the dry-run limit', () => {
  describe('by default', () => {
    let app: Awaited<ReturnType<typeof appServer>>;
    before(async () => { app = await appServer({}); });
    after(() => app.close());

    it('is the connection address: X-Forwarded-For cannot give a client a fresh bucket', async () => {
      assert.equal(await limited(app.url, '203.0.113.1'), false);
      assert.equal(await limited(app.url, '203.0.113.2'), true);
    });
  });

  describe('behind a trusted proxy (CHIPGRAPH_TRUSTED_PROXIES=127.0.0.1)', () => {
    let app: Awaited<ReturnType<typeof appServer>>;
    before(async () => { app = await appServer({ CHIPGRAPH_TRUSTED_PROXIES: '127.0.0.1' }); });
    after(() => app.close());

    it('is the address the proxy forwards, one bucket per client', async () => {
      assert.equal(await limited(app.url, '203.0.113.1'), false);
      assert.equal(await limited(app.url, '203.0.113.2'), false, 'another client has its own bucket');
      assert.equal(await limited(app.url, '198.51.100.9, 203.0.113.1'), true, 'the rightmost untrusted hop is the client; what it wrote further left is not believed');
    });
  });
});
