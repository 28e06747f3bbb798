/**
 * The one way to Neo4j. Every Cypher statement of Chipgraph, read or write, runs through this
 * module: in a managed read or write transaction (`executeRead` / `executeWrite`, which the driver
 * retries on transient errors and routes to readers or the leader of a cluster), on the configured
 * database, with a timeout, a slow-query log naming the query, and driver errors translated in
 * one place (`translateNeo4jError`).
 *
 * Statements live beside this module: `reads/` for what the explorer and the pipeline read,
 * `writes/` for what loading and committing write.
 */
import type { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { translateNeo4jError } from '../errors.ts';
import type { Logger } from '../logger.ts';

/** What a statement needs to run: the process's one driver, the database name, a logger. */
export interface GraphContext {
  driver: Driver;
  /** Database name; undefined for the server's default database. */
  database: string | undefined;
  /** Where slow queries are reported; silent when absent (scripts, tests). */
  logger?: Pick<Logger, 'warn' | 'debug'> | undefined;
  /** Transaction timeout for this caller, in ms (seeding a fresh database allows more); default `ACCESS_SETTINGS`. */
  timeoutMs?: number | undefined;
  /**
   * Who writes, as the audit log records it (writes/audit-log.ts): `token:<fingerprint>` for a
   * request with the write token; absent for this process's own writes (command line, seeding).
   */
  actor?: string | undefined;
}

export type AccessMode = 'READ' | 'WRITE';

/** Settings of the access module, each with its unit and default. */
export const ACCESS_SETTINGS = {
  /** A statement (or a whole transaction) is cancelled by Neo4j after this long, in ms. */
  transactionTimeoutMs: 30_000,
  /** Statements slower than this are logged at warn level with their name, in ms. */
  slowQueryMs: 200,
};

/** Write transactions run through this module per driver: the graph version the read cache keys on. */
const writeVersions = new WeakMap<object, number>();

/** A number that changes whenever a write transaction of this process ends (committed or not). */
export function graphVersion(graph: GraphContext): number {
  return writeVersions.get(graph.driver) ?? 0;
}

/**
 * Runs `work` in one managed transaction. The transaction is retried by the driver on transient
 * errors (deadlocks, leader switches), so `work` must only read and write through `tx`.
 */
export async function inTransaction<T>(
  graph: GraphContext,
  mode: AccessMode,
  name: string,
  work: (tx: ManagedTransaction) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  const started = performance.now();
  const session = graph.driver.session({
    ...(graph.database ? { database: graph.database } : {}),
    defaultAccessMode: mode,
  });
  const config = { timeout: options.timeoutMs ?? graph.timeoutMs ?? ACCESS_SETTINGS.transactionTimeoutMs, metadata: { app: 'chipgraph', query: name } };
  try {
    return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
  } catch (error) {
    throw translateNeo4jError(error) ?? error;
  } finally {
    // Bumped once the transaction has ended: a read begun before it stays under the old version.
    if (mode === 'WRITE') writeVersions.set(graph.driver, graphVersion(graph) + 1);
    await session.close();
    const ms = Math.round(performance.now() - started);
    if (ms > ACCESS_SETTINGS.slowQueryMs) graph.logger?.warn({ query: name, ms }, 'slow query');
    else graph.logger?.debug({ query: name, ms }, 'query');
  }
}

/**
 * Runs `work` in a write transaction that is always rolled back: nothing it does is ever committed
 * or seen by another transaction. For the plan warm-up (warm-plans.ts), whose statements must be
 * planned in a transaction that has already written, as a commit's are (Neo4j keys its plan
 * cache on that too). Not retried; does not change the graph version.
 */
export async function inRolledBackTransaction<T>(
  graph: GraphContext,
  name: string,
  work: (tx: Pick<ManagedTransaction, 'run'>) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  const session = graph.driver.session({ ...(graph.database ? { database: graph.database } : {}), defaultAccessMode: 'WRITE' });
  const tx = session.beginTransaction({
    timeout: options.timeoutMs ?? graph.timeoutMs ?? ACCESS_SETTINGS.transactionTimeoutMs,
    metadata: { app: 'chipgraph', query: name },
  });
  try {
    return await work(tx);
  } catch (error) {
    throw translateNeo4jError(error) ?? error;
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
  }
}

/** Rows of one statement, each as a plain object keyed by the statement's `AS` names. */
export async function rowsOf<Row extends RecordShape>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await tx.run<Row>(cypher, params);
  return result.records.map((record) => record.toObject());
}

/** Runs one named, parameterized statement in its own transaction and returns its rows. */
export function runQuery<Row extends RecordShape>(
  graph: GraphContext,
  name: string,
  cypher: string,
  params: Record<string, unknown>,
  mode: AccessMode = 'READ',
): Promise<Row[]> {
  return inTransaction(graph, mode, name, (tx) => rowsOf<Row>(tx, cypher, params));
}
