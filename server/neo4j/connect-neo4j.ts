/**
 * One driver per process: connects to the Neo4j named by the configuration, starting the local
 * one first when NEO4J_URI is not set. The caller closes it with `close()` on shutdown.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j.ts';

/** The app's driver settings (fault tests use them too). */
export const DRIVER_CONFIG = {
  disableLosslessIntegers: true, // integers come back as JS numbers: every count and offset is far below 2^53
  connectionAcquisitionTimeout: 10_000, // ms to wait for a pooled connection
  maxTransactionRetryTime: 5_000, // ms of retries on transient errors before a query fails (default 30 s)
} as const;

export interface Neo4jConnection {
  driver: Driver;
  /** Database name for sessions; undefined means the server's default. */
  database: string | undefined;
  uri: string;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

export async function connectNeo4j(config: Config, onProgress?: (message: string) => void): Promise<Neo4jConnection> {
  let local: LocalNeo4j | undefined;
  let driver: Driver;
  if (config.neo4j.kind === 'local') {
    local = await startLocalNeo4j({
      dataDir: config.neo4j.dataDir,
      port: config.neo4j.port,
      heap: config.neo4j.heap,
      pageCache: config.neo4j.pageCache,
      cacheDir: config.dataDir,
      ...(onProgress ? { onProgress } : {}),
    });
    driver = neo4j.driver(local.uri, undefined, DRIVER_CONFIG);
  } else {
    const { uri, user, password } = config.neo4j;
    driver = neo4j.driver(uri, password === undefined ? undefined : neo4j.auth.basic(user, password), DRIVER_CONFIG);
  }
  try {
    await driver.verifyConnectivity(config.neo4j.database ? { database: config.neo4j.database } : {});
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  return {
    driver,
    database: config.neo4j.database,
    uri: local?.uri ?? (config.neo4j.kind === 'external' ? config.neo4j.uri : ''),
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
