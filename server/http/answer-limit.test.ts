import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { freePort } from '../../test/support/free-port.ts';
import { createApp, type App } from './create-app.ts';

// Answers bounded in bytes: the app's schema described by introspection (no database needed)
// is far larger than the 4 KiB allowed here, `{ __typename }` far smaller.
describe('the answer size limit', () => {
  let driver: Driver;
  let app: App;
  before(async () => {
    driver = neo4j.driver(`bolt://127.0.0.1:${await freePort()}`);
    app = await createApp({ driver, database: undefined, config: loadConfig({ CHIPGRAPH_MAX_ANSWER_BYTES: '4096' }), logger: createLogger('silent'), tokens: { write: undefined, read: undefined } });
  });
  after(() => driver.close());

  const post = (query: string, encoding = 'identity'): Promise<Response> => app.fetch(new Request('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'accept-encoding': encoding },
    body: JSON.stringify({ query }),
  }));

  it('replaces an answer over the limit by LIMIT_EXCEEDED, naming its size and the limit', async () => {
    for (const encoding of ['identity', 'br']) {
      const response = await post('{ __schema { types { name description fields { name description } } } }', encoding);
      assert.equal(response.status, 400);
      const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string; bytes: number; maxBytes: number } }> };
      assert.equal(body.data, undefined);
      assert.equal(body.errors[0]?.extensions.code, 'LIMIT_EXCEEDED');
      assert.equal(body.errors[0]?.extensions.maxBytes, 4096);
      assert.ok((body.errors[0]?.extensions.bytes ?? 0) > 4096);
      assert.match(body.errors[0]?.message ?? '', /CHIPGRAPH_MAX_ANSWER_BYTES/);
    }
  });

  it('sends an answer under the limit as it is', async () => {
    const response = await post('{ __typename }');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { data: { __typename: 'Query' } });
  });
});
