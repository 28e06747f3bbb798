/**
 * The benchmark's own Neo4j: a fresh database in a temporary folder on a free port (never the dev
 * database), with the heap and page cache below, reported with the results.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { startLocalNeo4j, type LocalNeo4j } from '../server/neo4j/local-neo4j.ts';
import { freePort } from '../test/support/free-port.ts';

/** JVM heap of the benchmark Neo4j (the machine is shared: 2g unless BENCH_NEO4J_HEAP says otherwise). */
export const BENCH_NEO4J_HEAP = process.env['BENCH_NEO4J_HEAP'] ?? '2g';
/**
 * Page cache of the benchmark Neo4j: 1g (the store of the default shape is 1.5 GB) unless
 * BENCH_NEO4J_PAGECACHE says otherwise (a graph of a million entities has a store near 6 GB).
 */
export const BENCH_NEO4J_PAGECACHE = process.env['BENCH_NEO4J_PAGECACHE'] ?? '1g';

export interface BenchNeo4j {
  uri: string;
  /** The driver of the running Neo4j (a new one after `restart`). */
  driver: Driver;
  heap: string;
  pageCache: string;
  version: string;
  /** Folder of the database files. */
  dataDir: string;
  /** Neo4j's home: the folder the launcher runs the database in (`data/`, and `conf/` for neo4j-admin). */
  home: string;
  /** Cache folder of the Maven classpath. */
  cacheDir: string;
  /** Stops Neo4j, runs `whileStopped` on its home (an offline import), and starts it again on the same port. */
  restart(whileStopped: (home: string) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(say: (message: string) => void): Promise<BenchNeo4j> {
  const folder = mkdtempSync(join(tmpdir(), 'chipgraph-bench-'));
  const port = await freePort();
  const cacheDir = join(process.cwd(), '.chipgraph');
  const start = (): Promise<LocalNeo4j> => startLocalNeo4j({
    dataDir: join(folder, 'neo4j'),
    port,
    heap: BENCH_NEO4J_HEAP,
    pageCache: BENCH_NEO4J_PAGECACHE,
    cacheDir,
    onProgress: say,
    // A large imported store takes a while to open on a busy machine.
    startTimeoutMs: 600_000,
  });
  let local = await start();
  const connect = (): Driver => neo4j.driver(local.uri, undefined, { disableLosslessIntegers: true });
  const driver = connect();
  const components = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
  const version = String(components.records[0]?.get('version') ?? 'unknown');
  const bench: BenchNeo4j = {
    uri: local.uri,
    driver,
    heap: BENCH_NEO4J_HEAP,
    pageCache: BENCH_NEO4J_PAGECACHE,
    version,
    dataDir: join(folder, 'neo4j', 'db'),
    home: join(folder, 'neo4j', 'db'),
    cacheDir,
    async restart(whileStopped) {
      await bench.driver.close();
      await local.stop();
      await whileStopped(bench.home);
      local = await start();
      bench.driver = connect();
    },
    async stop() {
      await bench.driver.close();
      await local.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  return bench;
}
