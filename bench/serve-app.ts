/**
 * The real app in a child process, so that its resident memory excludes the benchmark's own data:
 * connects to NEO4J_URI like `npm start` does (connectNeo4j), listens on a free port of 127.0.0.1,
 * tells the parent the port over IPC, and answers `{ type: 'memory' }` with process.memoryUsage()
 * and the event-loop delay since the last `{ type: 'loop-reset' }`.
 * With BENCH_READ_CACHE=0 its read cache is off. With BENCH_APP_CPU_PROFILE=<file> it records a
 * V8 CPU profile of its main thread from start to stop (node:inspector) and writes it there
 * (open it in Chrome DevTools or speedscope). With BENCH_V8_FLAGS='--flag …' it sets V8 flags at
 * its start, after server/runtime-tuning.ts (flags node refuses in NODE_OPTIONS), to compare settings;
 * CHIPGRAPH_HEAP_GROWTH_PERCENT and NODE_ENV are read as `npm start` reads them.
 */
// First, as in server/main.ts: NODE_ENV and V8's heap growth before graphql-js and the rest load.
import '../server/runtime-tuning.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { loadConfig } from '../server/config.ts';
import { createApp } from '../server/http/create-app.ts';
import { EXECUTION_GATE } from '../server/http/execution-gate.ts';
import { createLogger } from '../server/logger.ts';
import { READ_CACHE_SETTINGS } from '../server/graph/reads/read-cache.ts';
import { connectNeo4j } from '../server/neo4j/connect-neo4j.ts';

export interface AppMessage {
  type: 'listening' | 'memory';
  port?: number;
  rss?: number;
  heapUsed?: number;
  /** V8 heap reserved by the main thread (all spaces), bytes. */
  heapTotal?: number;
  /** Memory of C++ objects bound to JS objects (Buffers included), bytes. */
  external?: number;
  /** ArrayBuffers and Buffers (part of `external`), bytes. */
  arrayBuffers?: number;
  /** Event-loop delay since the last `{ type: 'loop-reset' }`, in ms: p99 and max. */
  loopDelayP99Ms?: number;
  loopDelayMaxMs?: number;
  /** Extraction worker threads alive (they exit when idle). */
  extractionWorkers?: number;
}

/** Starts the V8 profiler on this thread; the returned function stops it and writes the profile. */
async function startCpuProfile(file: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 }); // µs
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

async function main(): Promise<void> {
  // BENCH_V8_FLAGS='--flag …': V8 flags set at start (for flags node refuses in NODE_OPTIONS), to compare settings.
  if (process.env['BENCH_V8_FLAGS']) setFlagsFromString(process.env['BENCH_V8_FLAGS']);
  const profileFile = process.env['BENCH_APP_CPU_PROFILE'];
  const stopProfile = profileFile ? await startCpuProfile(profileFile) : undefined;
  // BENCH_READ_CACHE=0: every read goes to Neo4j (the latency table measures the Cypher, not the cache).
  if (process.env['BENCH_READ_CACHE'] === '0') READ_CACHE_SETTINGS.entries = 0;
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'error' });
  const logger = createLogger(config.logLevel);
  const connection = await connectNeo4j(config);
  const app = await createApp({
    driver: connection.driver,
    database: connection.database,
    config,
    logger,
    tokens: { write: 'bench-write-token-0123456789abcdef', read: undefined },
    // BENCH_GATE_CONCURRENCY=n: GraphQL requests handled at once (0: no limit), to compare settings.
    ...(process.env['BENCH_GATE_CONCURRENCY'] !== undefined
      ? { gate: { concurrency: Number(process.env['BENCH_GATE_CONCURRENCY']) || Number.POSITIVE_INFINITY, queueLimit: EXECUTION_GATE.queueLimit } }
      : {}),
  });
  const server = createServer((req, res) => app.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const send = (message: AppMessage): void => void process.send?.(message);
  send({ type: 'listening', port: (server.address() as AddressInfo).port });
  // How long callbacks wait for the event loop (what a /healthz request waits behind).
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'memory') {
      const usage = process.memoryUsage();
      send({
        type: 'memory', rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external, arrayBuffers: usage.arrayBuffers,
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6, loopDelayMaxMs: loopDelay.max / 1e6, extractionWorkers: app.extractionPool.workers,
      });
    } else if (message.type === 'loop-reset') {
      loopDelay.reset();
    }
  });
  process.on('disconnect', () => {
    server.closeAllConnections();
    server.close();
    void (stopProfile?.() ?? Promise.resolve()).then(() => connection.close()).then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench app could not start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
