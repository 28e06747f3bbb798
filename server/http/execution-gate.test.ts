import assert from 'node:assert/strict';
import { createServer as createHttpServer, request, type ClientRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { freePort } from '../../test/support/free-port.ts';
import { createApp, type App } from './create-app.ts';
import { createExecutionGate } from './execution-gate.ts';

/** Resolves once `condition` holds, checking every few ms (bounded by the test's timeout). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the execution gate', () => {
  it('lets `concurrency` in at once, queues the next in order, and refuses past the queue', async () => {
    const gate = createExecutionGate({ concurrency: 2, queueLimit: 2 });
    const first = await gate.enter();
    const second = await gate.enter();
    assert.ok(first && second);
    const order: string[] = [];
    const third = gate.enter()!.then((release) => { order.push('third'); return release; });
    const fourth = gate.enter()!.then((release) => { order.push('fourth'); return release; });
    assert.equal(gate.enter(), undefined, 'the queue is full');
    assert.deepEqual(gate.load, { running: 2, waiting: 2 });
    first();
    first(); // a second release of the same turn changes nothing
    (await third)();
    (await fourth)();
    assert.deepEqual(order, ['third', 'fourth']);
    second();
    assert.deepEqual(gate.load, { running: 0, waiting: 0 });
  });

  it('takes a waiting request out of the queue when its client leaves', async () => {
    const gate = createExecutionGate({ concurrency: 1, queueLimit: 1 });
    const release = await gate.enter();
    const left = new AbortController();
    let admitted = false;
    void gate.enter(left.signal)!.then(() => (admitted = true));
    left.abort();
    assert.deepEqual(gate.load, { running: 1, waiting: 0 });
    const next = gate.enter();
    assert.ok(next, 'the place it held is free');
    release!();
    (await next)();
    assert.equal(admitted, false);
    assert.deepEqual(gate.load, { running: 0, waiting: 0 });
  });
});

interface Answer { status: number; headers: IncomingHttpHeaders; body: string }

function answerOf(req: ClientRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
  });
}

describe('GraphQL requests past the gate', () => {
  const QUERY = JSON.stringify({ query: '{ __typename }' });
  let driver: Driver;
  let app: App;
  let server: Server;
  let url: string;

  before(async () => {
    driver = neo4j.driver(`bolt://127.0.0.1:${await freePort()}`); // never used: { __typename } reads nothing
    app = await createApp({ driver, database: undefined, config: loadConfig({}), logger: createLogger('silent'), tokens: { write: undefined, read: undefined }, gate: { concurrency: 1, queueLimit: 1 } });
    server = createHttpServer((req, res) => app.handle(req, res));
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${port}/graphql`;
  });
  after(async () => {
    server.closeAllConnections();
    server.close();
    await driver.close();
  });

  const post = (body?: string): ClientRequest => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(QUERY)) } });
    if (body !== undefined) req.end(body);
    return req;
  };

  it('queues a request while another is handled, answers BUSY with Retry-After past the queue, and loses none', async () => {
    // The first request holds its turn while its body has not all arrived.
    const slow = post();
    const slowAnswer = answerOf(slow);
    slow.write(QUERY.slice(0, 5));
    await until(() => app.gate.load.running === 1);
    const queued = post(QUERY);
    const queuedAnswer = answerOf(queued);
    await until(() => app.gate.load.waiting === 1);
    const refused = await answerOf(post(QUERY));
    assert.equal(refused.status, 503);
    assert.equal(refused.headers['retry-after'], '2');
    const error = (JSON.parse(refused.body) as { errors: Array<{ message: string; extensions: { code: string; retryAfter: number } }> }).errors[0];
    assert.equal(error?.extensions.code, 'BUSY');
    assert.equal(error?.extensions.retryAfter, 2);
    assert.match(error?.message ?? '', /retry in 2 seconds/);

    slow.end(QUERY.slice(5));
    for (const answer of [await slowAnswer, await queuedAnswer]) {
      assert.equal(answer.status, 200);
      assert.deepEqual(JSON.parse(answer.body), { data: { __typename: 'Query' } });
    }
    await until(() => app.gate.load.running === 0);
    assert.deepEqual(app.gate.load, { running: 0, waiting: 0 });
  });

  it('gives the turn back when a client leaves before its answer', async () => {
    const left = post();
    left.on('error', () => {});
    left.write(QUERY.slice(0, 5));
    await until(() => app.gate.load.running === 1);
    left.destroy();
    await until(() => app.gate.load.running === 0);
    const answer = await answerOf(post(QUERY));
    assert.equal(answer.status, 200);
  });
});
