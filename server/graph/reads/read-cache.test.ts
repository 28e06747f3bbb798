import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { inTransaction, QueryCancelledError, type GraphContext } from '../access.ts';
import { cachedRead, READ_CACHE_SETTINGS } from './read-cache.ts';

/** A driver whose transactions run `work` on nothing: enough to count reads and bump the version. */
function fakeGraph(): GraphContext {
  const session = { executeRead: (work: (tx: unknown) => unknown) => work({}), executeWrite: (work: (tx: unknown) => unknown) => work({}), close: async () => {} };
  return { driver: { session: () => session } as unknown as Driver, database: undefined };
}

describe('read cache', () => {
  const settings = { ...READ_CACHE_SETTINGS };
  afterEach(() => Object.assign(READ_CACHE_SETTINGS, settings));

  it('answers the same read from the cache until a write transaction ends', async () => {
    const graph = fakeGraph();
    let reads = 0;
    const read = () => cachedRead(graph, 'neighborhood', { ids: ['nvidia'] }, async () => ++reads);
    assert.equal(await read(), 1);
    assert.equal(await read(), 1);
    await inTransaction(graph, 'WRITE', 'commit-article', async () => 'written');
    assert.equal(await read(), 2);
  });

  it('keeps reads with other parameters apart and drops the least recently used', async () => {
    READ_CACHE_SETTINGS.entries = 2;
    const graph = fakeGraph();
    let reads = 0;
    const read = (id: string) => cachedRead(graph, 'entity', { id }, async () => `${id}${++reads}`);
    assert.equal(await read('a'), 'a1');
    assert.equal(await read('b'), 'b2');
    assert.equal(await read('a'), 'a1');
    assert.equal(await read('c'), 'c3');
    assert.equal(await read('a'), 'a1', 'used recently, kept');
    assert.equal(await read('b'), 'b4', 'least recently used, dropped');
  });

  it('shares one query between concurrent callers and keeps no failure', async () => {
    const graph = fakeGraph();
    let reads = 0;
    const failing = () => cachedRead(graph, 'paths', { from: 'a' }, async () => { reads++; throw new Error('timeout'); });
    const both = await Promise.allSettled([failing(), failing()]);
    assert.equal(reads, 1);
    assert.ok(both.every((r) => r.status === 'rejected'));
    await assert.rejects(failing());
    assert.equal(reads, 2, 'the failed read is asked again');
  });

  it('reads again for a caller still waiting when the caller that started the shared read left', async () => {
    const graph = fakeGraph();
    const left = new AbortController();
    let reads = 0;
    let cancel: (error: Error) => void = () => {};
    const first = cachedRead({ ...graph, signal: left.signal }, 'neighborhood', { ids: ['nvidia'] }, () => {
      reads++;
      return new Promise<string>((_, reject) => { cancel = reject; });
    });
    const second = cachedRead({ ...graph, signal: new AbortController().signal }, 'neighborhood', { ids: ['nvidia'] }, async () => `read ${++reads}`);
    left.abort();
    cancel(new QueryCancelledError('neighborhood'));
    await assert.rejects(first, QueryCancelledError);
    assert.equal(await second, 'read 2', 'the one still waiting gets an answer of its own');
  });

  it('reads again once an entry is older than the time to live (writes of other processes)', async () => {
    READ_CACHE_SETTINGS.ttlMs = 0;
    const graph = fakeGraph();
    let reads = 0;
    const read = () => cachedRead(graph, 'stats', {}, async () => ++reads);
    assert.equal(await read(), 1);
    assert.equal(await read(), 2);
  });
});
