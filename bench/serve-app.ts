/**
 * The real app in a child process, so that its resident memory excludes the benchmark's own data:
 * connects to NEO4J_URI like `npm start` does (connectNeo4j), listens on a free port of 127.0.0.1,
 * tells the parent the port over IPC, and answers `{ type: 'memory' }` with process.memoryUsage()
 * and the event-loop delay since the last `{ type: 'loop-reset' }`.
 * With BENCH_READ_CACHE=0 its read cache is off.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../server/config.ts';
import { createApp } from '../server/http/create-app.ts';
import { createLogger } from '../server/logger.ts';
import { READ_CACHE_SETTINGS } from '../server/graph/reads/read-cache.ts';
import { connectNeo4j } from '../server/neo4j/connect-neo4j.ts';

export interface AppMessage {
  type: 'listening' | 'memory';
  port?: number;
  rss?: number;
  heapUsed?: number;
  /** Event-loop delay since the last `{ type: 'loop-reset' }`, in ms: p99 and max. */
  loopDelayP99Ms?: number;
  loopDelayMaxMs?: number;
}

async function main(): Promise<void> {
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
        type: 'memory', rss: usage.rss, heapUsed: usage.heapUsed,
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6, loopDelayMaxMs: loopDelay.max / 1e6,
      });
    } else if (message.type === 'loop-reset') {
      loopDelay.reset();
    }
  });
  process.on('disconnect', () => {
    server.closeAllConnections();
    server.close();
    void connection.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench app could not start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
