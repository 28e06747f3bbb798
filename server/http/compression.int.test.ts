import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request through node:http, which (unlike fetch) neither asks for nor decodes a compression by itself. */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function decode(response: RawResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  assert.equal(encoding, undefined, `unexpected content-encoding ${String(encoding)}`);
  return response.body;
}

/** A large answer: NVIDIA's neighbourhood, two hops out, with everything each edge carries. */
const LARGE_QUERY = `{
  neighborhood(ids: ["nvidia"], depth: 2, limit: 300) {
    nodes { id type name degree hiddenDegree date kind }
    edges { id source target predicate confidence sources publications date validFrom validTo }
    truncated
  }
}`;

describe('compressed answers over HTTP', () => {
  let app: TestApp;
  let clientDir: string;
  const script = `// the client's code\n${Array.from({ length: 400 }, (_, i) => `export const value${i} = ${JSON.stringify(`entity-${i}`)};`).join('\n')}\n`;

  before(async () => {
    // A built client as Vite leaves it (client/vite.config.ts writes a .br and a .gz beside each file).
    clientDir = mkdtempSync(join(tmpdir(), 'chipgraph-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Chipgraph</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(clientDir, 'assets', 'app.js'), script);
    writeFileSync(join(clientDir, 'assets', 'app.js.br'), brotliCompressSync(script));
    writeFileSync(join(clientDir, 'assets', 'app.js.gz'), gzipSync(script));
    app = await startTestApp({ clientDir });
  });
  after(async () => {
    await app.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  const post = (acceptEncoding?: string): Promise<RawResponse> =>
    raw(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
      },
      body: JSON.stringify({ query: LARGE_QUERY }),
    });

  it('sends a large GraphQL answer Brotli- or gzip-encoded as asked, decoding to the same JSON', async () => {
    const plain = await post();
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-encoding'], undefined);
    const answer = JSON.parse(plain.body.toString('utf8')) as { data?: { neighborhood: { nodes: unknown[] } }; errors?: unknown };
    assert.equal(answer.errors, undefined);
    assert.ok(plain.body.length > 10_000, `the answer is large: ${plain.body.length} bytes`);

    for (const [asked, expected] of [['gzip, deflate, br', 'br'], ['gzip, deflate', 'gzip'], ['br;q=0.1, gzip', 'gzip']] as const) {
      const response = await post(asked);
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-encoding'], expected, `Accept-Encoding: ${asked}`);
      assert.match(String(response.headers['vary']), /accept-encoding/i);
      assert.equal(Number(response.headers['content-length']), response.body.length);
      assert.ok(response.body.length < plain.body.length / 3, `${expected}: ${response.body.length} of ${plain.body.length} bytes`);
      assert.deepEqual(JSON.parse(decode(response).toString('utf8')), answer);
    }
  });

  it('sends the answer as it is when the client accepts no compression we make', async () => {
    for (const asked of ['identity', 'deflate', 'gzip;q=0, br;q=0']) {
      const response = await post(asked);
      assert.equal(response.headers['content-encoding'], undefined, `Accept-Encoding: ${asked}`);
      assert.ok(JSON.parse(response.body.toString('utf8')).data.neighborhood.nodes.length > 0);
    }
  });

  it('leaves a small answer uncompressed', async () => {
    const response = await raw(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ query: '{ search(text: "nvidia", limit: 1) { id } }' }),
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-encoding'], undefined);
    assert.equal(JSON.parse(response.body.toString('utf8')).data.search[0].id, 'nvidia');
  });

  it("serves the client's files Brotli- or gzip-encoded from the copies written at build time", async () => {
    for (const [asked, expected] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], [undefined, undefined]] as const) {
      const response = await raw(`${app.url}/assets/app.js`, asked === undefined ? {} : { headers: { 'accept-encoding': asked } });
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-encoding'], expected, `Accept-Encoding: ${String(asked)}`);
      assert.match(String(response.headers['content-type']), /javascript/);
      assert.match(String(response.headers['vary']), /accept-encoding/i);
      assert.equal(decode(response).toString('utf8'), script);
    }
  });
});
