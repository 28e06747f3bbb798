/**
 * A small cache of the explorer's hot reads (a hub's neighbourhood, its entity panel, paths,
 * stats): many analysts open the same hubs. An answer is kept under the name of its query, its
 * parameters and the graph version, which every write transaction through access.ts bumps, so a
 * commit is seen by the very next read. Writes by another process (the command-line ingest,
 * another app on the same Neo4j) are seen once the entry is older than `ttlMs`.
 *
 * Answers are shared between callers: they must not be modified.
 */
import { graphVersion, QueryCancelledError, type GraphContext } from '../access.ts';

/** Settings of the read cache, each with its unit and default. */
export const READ_CACHE_SETTINGS = {
  /** Answers kept at most, the least recently used dropped first; 0 turns the cache off. */
  entries: 200,
  /** An answer older than this is read again, in ms (writes made by other processes show then). */
  ttlMs: 5_000,
};

interface Entry {
  version: number;
  storedAt: number;
  answer: Promise<unknown>;
}

/** One cache per driver (per database connection of the process); Map keeps insertion order for LRU. */
const caches = new WeakMap<object, Map<string, Entry>>();

function cacheOf(graph: GraphContext): Map<string, Entry> {
  let cache = caches.get(graph.driver);
  if (!cache) {
    cache = new Map();
    caches.set(graph.driver, cache);
  }
  return cache;
}

/**
 * The answer of `read` for this query name and these parameters, from the cache when the graph
 * has not been written since (and the entry is fresh). Concurrent callers of the same read share
 * one query; when the caller that started it leaves and the query is cancelled, the others read
 * again. A failed read is not kept.
 */
export function cachedRead<T>(graph: GraphContext, name: string, params: unknown, read: () => Promise<T>): Promise<T> {
  if (READ_CACHE_SETTINGS.entries <= 0) return read();
  const cache = cacheOf(graph);
  const key = `${graph.database ?? ''}\u0000${name}\u0000${JSON.stringify(params)}`;
  const version = graphVersion(graph);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.version === version && now - hit.storedAt < READ_CACHE_SETTINGS.ttlMs) {
    cache.delete(key); // most recently used last
    cache.set(key, hit);
    // The read was cancelled because the caller that started it left: read again for this one.
    return (hit.answer as Promise<T>).catch((error: unknown) => {
      if (error instanceof QueryCancelledError && !graph.signal?.aborted) return cachedRead(graph, name, params, read);
      throw error;
    });
  }
  const answer = read();
  cache.delete(key);
  cache.set(key, { version, storedAt: now, answer });
  answer.catch(() => {
    if (cache.get(key)?.answer === answer) cache.delete(key);
  });
  while (cache.size > READ_CACHE_SETTINGS.entries) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return answer;
}
