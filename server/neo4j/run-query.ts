/**
 * Runs one named, parameterized Cypher query in a read or write transaction. Slow queries are
 * logged with their name; driver errors are translated in one place (server/errors.ts).
 */
import type { Driver, RecordShape } from 'neo4j-driver';
import { routing } from 'neo4j-driver';
import type { Logger } from '../logger.ts';
import { translateNeo4jError } from '../errors.ts';

export interface QueryContext {
  driver: Driver;
  database: string | undefined;
  logger: Logger;
}

/** Queries slower than this are logged at warn level, in ms. */
const SLOW_QUERY_MS = 200;

export async function runQuery<Row extends RecordShape>(
  ctx: QueryContext,
  name: string,
  cypher: string,
  params: Record<string, unknown>,
  mode: 'READ' | 'WRITE' = 'READ',
): Promise<Row[]> {
  const started = performance.now();
  try {
    const result = await ctx.driver.executeQuery(cypher, params, {
      ...(ctx.database ? { database: ctx.database } : {}),
      routing: mode === 'READ' ? routing.READ : routing.WRITE,
    });
    return result.records.map((record) => record.toObject() as Row);
  } catch (error) {
    throw translateNeo4jError(error) ?? error;
  } finally {
    const ms = performance.now() - started;
    if (ms > SLOW_QUERY_MS) ctx.logger.warn({ query: name, ms: Math.round(ms) }, 'slow query');
    else ctx.logger.debug({ query: name, ms: Math.round(ms) }, 'query');
  }
}
