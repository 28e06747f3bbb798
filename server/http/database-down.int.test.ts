import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { freePort } from '../../test/support/free-port.ts';
import { createApp } from './create-app.ts';

// The app pointed at a Neo4j that went away (nothing listens on the port).
describe('when Neo4j is unreachable', () => {
  let server: Server;
  let driver: Driver;
  let url: string;
  before(async () => {
    driver = neo4j.driver(`bolt://127.0.0.1:${await freePort()}`, undefined, { connectionTimeout: 1000, connectionAcquisitionTimeout: 2000, maxTransactionRetryTime: 1000 });
    const app = await createApp({ driver, database: undefined, config: loadConfig({}), logger: createLogger('silent'), tokens: { write: undefined, read: undefined } });
    server = createServer((req, res) => app.handle(req, res));
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${port}`;
  });
  after(async () => {
    server.close();
    await driver.close();
  });

  it('still answers /healthz, and /readyz with 503', async () => {
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.equal((await fetch(`${url}/readyz`)).status, 503);
  });

  it('answers queries with DATABASE_UNAVAILABLE instead of a masked error', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    assert.equal(body.errors?.[0]?.extensions?.code, 'DATABASE_UNAVAILABLE');
  });
});
