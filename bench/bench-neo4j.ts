/**
 * The benchmark's own Neo4j: a fresh database in a temporary folder on a free port (never the dev
 * database), with the heap and page cache below, reported with the results.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { startLocalNeo4j } from '../server/neo4j/local-neo4j.ts';
import { freePort } from '../test/support/free-port.ts';

/** JVM heap of the benchmark Neo4j (the machine is shared: at most 2g). */
export const BENCH_NEO4J_HEAP = '2g';
/** Page cache of the benchmark Neo4j (at most 1g): holds the whole store at the default shape. */
export const BENCH_NEO4J_PAGECACHE = '1g';

export interface BenchNeo4j {
  uri: string;
  driver: Driver;
  heap: string;
  pageCache: string;
  version: string;
  /** Folder of the database files. */
  dataDir: string;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(say: (message: string) => void): Promise<BenchNeo4j> {
  const folder = mkdtempSync(join(tmpdir(), 'chipgraph-bench-'));
  const port = await freePort();
  const local = await startLocalNeo4j({
    dataDir: join(folder, 'neo4j'),
    port,
    heap: BENCH_NEO4J_HEAP,
    pageCache: BENCH_NEO4J_PAGECACHE,
    cacheDir: join(process.cwd(), '.chipgraph'),
    onProgress: say,
  });
  const driver = neo4j.driver(local.uri, undefined, { disableLosslessIntegers: true });
  const components = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
  const version = String(components.records[0]?.get('version') ?? 'unknown');
  return {
    uri: local.uri,
    driver,
    heap: BENCH_NEO4J_HEAP,
    pageCache: BENCH_NEO4J_PAGECACHE,
    version,
    dataDir: join(folder, 'neo4j', 'db'),
    async stop() {
      await driver.close();
      await local.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
