/**
 * The one way to Neo4j. Every Cypher statement of Chipgraph, read or write, runs through this
 * module: a read of one statement as one auto-commit query (one Bolt round trip: RUN and PULL,
 * where a managed transaction needs three, BEGIN, RUN and COMMIT; retried here on transient
 * errors), anything else in a managed read or write transaction (`executeRead` / `executeWrite`,
 * which the driver retries on transient errors and routes to readers or the leader of a
 * cluster); on the configured database, with a timeout, a slow-query log naming the query,
 * driver errors translated in one place (`translateNeo4jError`), and cancelled in Neo4j when the
 * caller's `signal` aborts (the HTTP client left).
 *
 * Statements live beside this module: `reads/` for what the explorer and the pipeline read,
 * `writes/` for what loading and committing write.
 */
import { isRetryableError, type Driver, type ManagedTransaction, type RecordShape, type Session, type SessionConfig } from 'neo4j-driver';
import { appError, translateNeo4jError } from '../errors.ts';
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
  /**
   * Aborts when nobody waits for the answer any more (the HTTP request's signal: its client left).
   * A read under way is then cancelled in Neo4j (the session is closed, which resets its
   * connection) and the call rejects with `QueryCancelledError`. Writes are not cancelled.
   */
  signal?: AbortSignal | undefined;
}

/** A statement stopped because its caller's signal aborted (the client left): nobody reads the answer. */
export class QueryCancelledError extends Error {
  override name = 'QueryCancelledError';
  constructor(readonly query: string) {
    super(`The query ${query} was cancelled: its caller left.`);
  }
}

export type AccessMode = 'READ' | 'WRITE';

/** Settings of the access module, each with its unit and default. */
export const ACCESS_SETTINGS = {
  /** A statement (or a whole transaction) is cancelled by Neo4j after this long, in ms. */
  transactionTimeoutMs: 30_000,
  /** Statements slower than this are logged at warn level with their name, in ms. */
  slowQueryMs: 200,
  /** An auto-commit read failing with a transient error is tried again until this long after its start, in ms (the driver's managed transactions: `maxTransactionRetryTime`). */
  readRetryMs: 5_000,
  /** First pause before trying a read again, in ms; doubled each time. */
  readRetryDelayMs: 100,
  /**
   * A read that Neo4j has not answered this long after its transaction timeout (by which Neo4j
   * itself ends any statement) fails with DATABASE_UNAVAILABLE, in ms: a paused or wedged Neo4j
   * that still holds the connection open never answers, and its readers must not wait forever.
   */
  silenceGraceMs: 5_000,
};

/**
 * `answer`, unless Neo4j stays silent for `ms`: then the session is closed without waiting for it
 * (its connection answers nothing) and the call fails with DATABASE_UNAVAILABLE.
 */
async function unlessSilent<T>(answer: Promise<T>, ms: number, session: Pick<Session, 'close'>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const silent = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void session.close().catch(() => {});
      reject(appError('DATABASE_UNAVAILABLE', 'The graph database did not answer in time. Retry in a moment.'));
    }, ms);
  });
  try {
    return await Promise.race([answer, silent]);
  } finally {
    clearTimeout(timer);
  }
}

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
  const session = openSession(graph, mode, name);
  const config = transactionConfig(graph, name, options.timeoutMs);
  // Only reads are cancelled: a write the client asked for is finished even when the client leaves.
  const signal = mode === 'READ' ? graph.signal : undefined;
  const cancel = cancelOnAbort(signal, session);
  try {
    // A read is bounded even when Neo4j stops answering (its retries included); a write is left to finish or fail on its own.
    const answer = mode === 'READ'
      ? await unlessSilent(session.executeRead(work, config), config.timeout + ACCESS_SETTINGS.readRetryMs + ACCESS_SETTINGS.silenceGraceMs, session)
      : await session.executeWrite(work, config);
    if (signal?.aborted) throw new QueryCancelledError(name); // a cancelled read may end with part of its rows
    return answer;
  } catch (error) {
    if (signal?.aborted) throw new QueryCancelledError(name);
    throw translateNeo4jError(error) ?? error;
  } finally {
    cancel.dispose();
    // Bumped once the transaction has ended: a read begun before it stays under the old version.
    if (mode === 'WRITE') writeVersions.set(graph.driver, graphVersion(graph) + 1);
    await session.close();
    logDuration(graph, name, started);
  }
}

function openSession(graph: GraphContext, mode: AccessMode, name: string): Session {
  if (mode === 'READ' && graph.signal?.aborted) throw new QueryCancelledError(name);
  return graph.driver.session({ ...(graph.database ? { database: graph.database } : {}), defaultAccessMode: mode });
}

function transactionConfig(graph: GraphContext, name: string, timeoutMs: number | undefined): { timeout: number; metadata: Record<string, string> } {
  return { timeout: timeoutMs ?? graph.timeoutMs ?? ACCESS_SETTINGS.transactionTimeoutMs, metadata: { app: 'chipgraph', query: name } };
}

function logDuration(graph: GraphContext, name: string, started: number): void {
  const ms = Math.round(performance.now() - started);
  if (ms > ACCESS_SETTINGS.slowQueryMs) graph.logger?.warn({ query: name, ms }, 'slow query');
  else graph.logger?.debug({ query: name, ms }, 'query');
}

/**
 * Closes `session` when `signal` aborts. Closing a session whose statement is under way sends
 * Bolt's RESET on its connection, and Neo4j stops the statement and rolls its transaction back.
 */
function cancelOnAbort(signal: AbortSignal | undefined, session: Pick<Session, 'close'>): { dispose(): void } {
  if (!signal) return { dispose: () => {} };
  const onAbort = (): void => void session.close().catch(() => {});
  signal.addEventListener('abort', onAbort, { once: true });
  return { dispose: () => signal.removeEventListener('abort', onAbort) };
}

/**
 * A driver for one request of the generated API (@neo4j/graphql opens its own sessions on the
 * `executionContext` it is given): every read session it opens is closed when `signal` aborts,
 * which cancels the statement under way in Neo4j, as `inTransaction` does for Chipgraph's own reads;
 * and a read Neo4j leaves unanswered past its transaction timeout plus `silenceGraceMs` fails with
 * DATABASE_UNAVAILABLE (a paused Neo4j), as Chipgraph's own reads do.
 */
export function cancellableDriver(driver: Driver, signal: AbortSignal): Driver {
  const facade = {
    session(config?: SessionConfig): Session {
      const session = driver.session(config);
      if (config?.defaultAccessMode !== 'READ') return session;
      if (signal.aborted) void session.close();
      else {
        const cancel = cancelOnAbort(signal, session);
        const close = session.close.bind(session);
        let silent = false;
        session.close = () => {
          cancel.dispose();
          // Once Neo4j has been found silent the session was closed without waiting: closing it again must not wait either.
          return silent ? Promise.resolve() : close();
        };
        // Bounded like Chipgraph's own reads: a paused Neo4j fails the read with DATABASE_UNAVAILABLE instead of holding it.
        const executeRead = session.executeRead.bind(session);
        session.executeRead = ((work, txConfig) => unlessSilent(executeRead(work, txConfig), ACCESS_SETTINGS.transactionTimeoutMs + ACCESS_SETTINGS.silenceGraceMs, {
          close: () => { silent = true; cancel.dispose(); return close(); },
        })) as Session['executeRead'];
      }
      return session;
    },
    get executeQueryBookmarkManager() {
      return driver.executeQueryBookmarkManager;
    },
  };
  return facade as unknown as Driver; // @neo4j/graphql calls only these two members of its executionContext
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One read statement as an auto-commit query: a single Bolt round trip (RUN with PULL) instead of
 * a managed transaction's three. The driver does not retry auto-commit queries, so a transient
 * failure is tried again here with a doubling pause, as `executeRead` would, for at most
 * `ACCESS_SETTINGS.readRetryMs`. Only for reads: a statement that writes must not be replayed
 * outside a transaction function.
 */
async function autoCommitRead<Row extends RecordShape>(graph: GraphContext, name: string, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  const started = performance.now();
  let delay = ACCESS_SETTINGS.readRetryDelayMs;
  try {
    for (;;) {
      const session = openSession(graph, 'READ', name);
      const cancel = cancelOnAbort(graph.signal, session);
      try {
        const config = transactionConfig(graph, name, undefined);
        const result = await unlessSilent(session.run<Row>(cypher, params, config), config.timeout + ACCESS_SETTINGS.silenceGraceMs, session);
        if (graph.signal?.aborted) throw new QueryCancelledError(name); // a cancelled read may end with part of its rows
        return result.records.map((record) => record.toObject());
      } catch (error) {
        if (graph.signal?.aborted) throw new QueryCancelledError(name);
        if (!isRetryableError(error) || performance.now() + delay - started > ACCESS_SETTINGS.readRetryMs) throw translateNeo4jError(error) ?? error;
      } finally {
        cancel.dispose();
        await session.close();
      }
      await sleep(delay * (0.8 + Math.random() * 0.4));
      delay *= 2;
    }
  } finally {
    logDuration(graph, name, started);
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

/** Runs one named, parameterized statement in its own transaction (a read: an auto-commit query) and returns its rows. */
export function runQuery<Row extends RecordShape>(
  graph: GraphContext,
  name: string,
  cypher: string,
  params: Record<string, unknown>,
  mode: AccessMode = 'READ',
): Promise<Row[]> {
  if (mode === 'READ') return autoCommitRead<Row>(graph, name, cypher, params);
  return inTransaction(graph, mode, name, (tx) => rowsOf<Row>(tx, cypher, params));
}
