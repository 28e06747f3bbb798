import assert from 'node:assert/strict';
import { createServer as createHttpServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { freePort } from '../../test/support/free-port.ts';
import { createApp } from './create-app.ts';

// The app in front of a "Neo4j" that accepts connections and never answers (as a paused one
// does), all on loopback. Nothing here needs a real database.
interface Answer { status: number; headers: IncomingHttpHeaders; body: string }

function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (options.chunked) {
      req.setHeader('transfer-encoding', 'chunked');
      req.write(options.body ?? '');
      req.end();
    } else {
      req.end(options.body);
    }
  });
}

const codeOf = (answer: Answer): string | undefined => (JSON.parse(answer.body) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
const QUERY = JSON.stringify({ query: '{ __typename }' });

describe('the HTTP edge', () => {
  let silentNeo4j: TcpServer;
  const sockets = new Set<Socket>();
  let server: Server;
  let driver: Driver;
  let url: string;
  let host: string;

  before(async () => {
    silentNeo4j = createTcpServer((socket) => { sockets.add(socket); socket.on('error', () => {}); });
    const boltPort = await freePort();
    await new Promise<void>((resolve) => silentNeo4j.listen(boltPort, '127.0.0.1', resolve));
    driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`);
    const config = loadConfig({ CHIPGRAPH_CORS_ORIGINS: 'https://partner.example.org', CHIPGRAPH_MAX_BODY_BYTES: String(256 * 1024) });
    const app = await createApp({ driver, database: undefined, config, logger: createLogger('silent'), tokens: { write: undefined, read: undefined } });
    server = createHttpServer((req, res) => app.handle(req, res));
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    host = `127.0.0.1:${port}`;
    url = `http://${host}`;
  });
  after(async () => {
    server.closeAllConnections();
    server.close();
    for (const socket of sockets) socket.destroy();
    silentNeo4j.close();
    await driver.close();
  });

  it('answers /readyz with 503 within 2 s when Neo4j accepts connections but never answers', async () => {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
    assert.equal(response.status, 503);
    assert.equal(((await response.json()) as { status: string }).status, 'unavailable');
  });

  it('refuses a request body over the limit with 413 before reading it', async () => {
    const answer = await send(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', variables: { ids: 'x'.repeat(300 * 1024) } }) });
    assert.equal(answer.status, 413);
    assert.equal(codeOf(answer), 'REQUEST_TOO_LARGE');
  });

  it('refuses a body sent without a length, since it cannot be bounded before reading', async () => {
    const answer = await send(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY, chunked: true });
    assert.equal(answer.status, 411);
  });

  it('answers a request within the limit', async () => {
    const answer = await send(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    assert.equal(answer.status, 200);
    assert.deepEqual(JSON.parse(answer.body), { data: { __typename: 'Query' } });
  });

  it('refuses requests from pages of another origin and never reflects their origin', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
      const post = await send(`${url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: QUERY });
      assert.equal(post.status, 403, origin);
      assert.equal(codeOf(post), 'FORBIDDEN');
      assert.equal(post.headers['access-control-allow-origin'], undefined, origin);
      const preflight = await send(`${url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      assert.equal(preflight.headers['access-control-allow-origin'], undefined, origin);
      assert.equal(preflight.headers['access-control-allow-credentials'], undefined, origin);
    }
    const form = await send(`${url}/graphql`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=mutation%7BingestArticle(input%3A%7Btext%3A%22x%22%7D)%7Bstatus%7D%7D' });
    assert.equal(form.status, 403);
  });

  it('answers its own origin, and an allow-listed origin with CORS headers but no credentials', async () => {
    const own = await send(`${url}/graphql`, { method: 'POST', headers: { origin: url, 'content-type': 'application/json' }, body: QUERY });
    assert.equal(own.status, 200);
    const partner = await send(`${url}/graphql`, { method: 'POST', headers: { origin: 'https://partner.example.org', 'content-type': 'application/json' }, body: QUERY });
    assert.equal(partner.status, 200);
    assert.equal(partner.headers['access-control-allow-origin'], 'https://partner.example.org');
    assert.notEqual(partner.headers['access-control-allow-credentials'], 'true');
    const preflight = await send(`${url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://partner.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://partner.example.org');
    assert.match(String(preflight.headers['access-control-allow-headers']), /authorization/);
  });

  it('sends a content security policy, nosniff, no framing and a referrer policy on every page', async () => {
    const explorer = await send(`${url}/`);
    const graphiql = await send(`${url}/graphql`, { headers: { accept: 'text/html', host } });
    assert.match(graphiql.body, /graphiql/i);
    for (const answer of [explorer, graphiql, await send(`${url}/healthz`)]) {
      assert.match(String(answer.headers['content-security-policy']), /frame-ancestors 'none'/);
      assert.match(String(answer.headers['content-security-policy']), /object-src 'none'/);
      assert.equal(answer.headers['x-content-type-options'], 'nosniff');
      assert.equal(answer.headers['x-frame-options'], 'DENY');
      assert.equal(answer.headers['referrer-policy'], 'strict-origin-when-cross-origin');
    }
    assert.match(String(explorer.headers['content-security-policy']), /script-src 'self'(;|$)/);
    assert.match(String(graphiql.headers['content-security-policy']), /script-src 'self' 'unsafe-inline' https:\/\/unpkg\.com/);
  });
});
