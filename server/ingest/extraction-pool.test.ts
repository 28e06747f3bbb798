import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildGazetteer, type Gazetteer } from '../../seed/ingest/build-gazetteer.ts';
import { extractArticle } from '../../seed/ingest/extract-article.ts';
import { IngestError } from '../../seed/ingest/ingest-errors.ts';
import { loadGazetteerEntries } from '../../seed/ingest/load-gazetteer.ts';
import { readArticle } from '../../seed/ingest/read-article.ts';
import { ExtractionPool, ExtractionPoolError } from './extraction-pool.ts';

const STAND_IN = new URL('../../test/support/stalling-extraction-worker.mjs', import.meta.url);
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const ARTICLE = 'NVIDIA makes the H20 accelerator for the Chinese market. The US Commerce Department restricted exports of the H20 to China in April 2025.';

const poolError = (code: string) => (e: unknown): boolean => e instanceof ExtractionPoolError && e.code === code;

/** Resolves once `condition` holds, checking on every turn of the event loop (bounded by the test's timeout). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('ExtractionPool with the real worker', () => {
  let gazetteer: Gazetteer;
  let pool: ExtractionPool;
  before(async () => {
    gazetteer = buildGazetteer(await loadGazetteerEntries());
    pool = new ExtractionPool({ size: 1, queueLimit: 4, timeoutMs: 60_000 });
  });
  after(() => pool.close());

  it('extracts an article in a worker exactly as in process', async () => {
    const input = { bytes: bytes(ARTICLE), name: 'a.txt' };
    const inWorker = await pool.extract({ input, gazetteer });
    const inProcess = extractArticle(readArticle(input), gazetteer);
    assert.deepEqual(inWorker.extraction, inProcess);
    assert.ok(inWorker.extraction.relations.length > 0);
    assert.equal(inWorker.article.text, ARTICLE);
  });

  it('passes an article error on with its code', async () => {
    await assert.rejects(pool.extract({ input: { bytes: bytes('   '), name: 'a.txt' }, gazetteer }), (e: unknown) => e instanceof IngestError && e.code === 'ARTICLE_EMPTY');
  });
});

describe('ExtractionPool limits', () => {
  const gazetteer = buildGazetteer([]);
  const pools: ExtractionPool[] = [];
  const poolOf = (options: ConstructorParameters<typeof ExtractionPool>[0]): ExtractionPool => {
    const pool = new ExtractionPool({ workerEntry: STAND_IN, ...options });
    pools.push(pool);
    return pool;
  };
  after(() => Promise.all(pools.map((pool) => pool.close())));

  it('refuses an article with BUSY once every worker is busy and the queue is full', async () => {
    const pool = poolOf({ size: 1, queueLimit: 1, timeoutMs: 60_000 });
    const controller = new AbortController();
    const stalled = pool.extract({ input: { bytes: bytes('STALL') }, gazetteer }, controller.signal);
    const waiting = pool.extract({ input: { bytes: bytes('waits its turn') }, gazetteer });
    await assert.rejects(pool.extract({ input: { bytes: bytes('one too many') }, gazetteer }), poolError('BUSY'));
    controller.abort(new Error('client left'));
    await assert.rejects(stalled, /client left/);
    assert.equal((await waiting).article.text, 'waits its turn');
  });

  it('stops an article past its time budget with EXTRACTION_TIMEOUT and serves the next on a fresh worker', async () => {
    const pool = poolOf({ size: 1, queueLimit: 2, timeoutMs: 300 });
    const stalled = pool.extract({ input: { bytes: bytes('STALL') }, gazetteer });
    const next = pool.extract({ input: { bytes: bytes('after the stall') }, gazetteer });
    await assert.rejects(stalled, poolError('EXTRACTION_TIMEOUT'));
    const answer = await next;
    assert.equal(answer.article.text, 'after the stall');
    assert.match(answer.extraction.warnings[0]?.message ?? '', /sent$/, 'the fresh worker was sent the gazetteer');
  });

  it('keeps the event loop free while a worker is stuck on an article', async () => {
    const pool = poolOf({ size: 1, queueLimit: 1, timeoutMs: 60_000 });
    const controller = new AbortController();
    const stalled = pool.extract({ input: { bytes: bytes('STALL') }, gazetteer }, controller.signal);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await until(() => ticks >= 20);
    clearInterval(timer);
    assert.deepEqual(pool.load, { running: 1, waiting: 0 });
    controller.abort(new Error('client left'));
    await assert.rejects(stalled, /client left/);
  });

  it('takes a waiting article out of the queue when its client leaves', async () => {
    const pool = poolOf({ size: 1, queueLimit: 1, timeoutMs: 60_000 });
    const first = new AbortController();
    const second = new AbortController();
    const stalled = pool.extract({ input: { bytes: bytes('STALL') }, gazetteer }, first.signal);
    const waiting = pool.extract({ input: { bytes: bytes('waits') }, gazetteer }, second.signal);
    second.abort(new Error('second client left'));
    await assert.rejects(waiting, /second client left/);
    assert.deepEqual(pool.load, { running: 1, waiting: 0 });
    first.abort(new Error('first client left'));
    await assert.rejects(stalled, /first client left/);
  });

  it('ends a worker left without an article for idleMs, and starts a fresh one for the next article', async () => {
    const pool = poolOf({ size: 1, queueLimit: 1, timeoutMs: 60_000, idleMs: 50 });
    const warning = async (text: string): Promise<string> => (await pool.extract({ input: { bytes: bytes(text) }, gazetteer })).extraction.warnings[0]?.message ?? '';
    assert.equal(pool.workers, 0, 'no worker before the first article');
    assert.match(await warning('first'), /sent$/);
    await until(() => pool.workers === 0);
    assert.match(await warning('after the idle worker left'), /sent$/, 'the fresh worker was sent the gazetteer');
    assert.equal(pool.workers, 1);
  });

  it('keeps a worker that gets articles more often than idleMs', async () => {
    const pool = poolOf({ size: 1, queueLimit: 1, timeoutMs: 60_000, idleMs: 60_000 });
    const sent = async (): Promise<boolean> => /sent$/.test((await pool.extract({ input: { bytes: bytes('x') }, gazetteer })).extraction.warnings[0]?.message ?? '');
    assert.equal(await sent(), true);
    assert.equal(await sent(), false, 'the same worker, which holds the gazetteer');
    assert.equal(pool.workers, 1);
  });

  it('sends the gazetteer to a worker once, and again only when it changes', async () => {
    const pool = poolOf({ size: 1, queueLimit: 1, timeoutMs: 60_000 });
    const sent = async (g: Gazetteer): Promise<boolean> => /sent$/.test((await pool.extract({ input: { bytes: bytes('x') }, gazetteer: g })).extraction.warnings[0]?.message ?? '');
    assert.equal(await sent(gazetteer), true);
    assert.equal(await sent(gazetteer), false);
    assert.equal(await sent(buildGazetteer([])), true);
  });
});
