/**
 * Expected errors at the GraphQL edge: codes from the one catalogue (`schema/error-codes.ts`),
 * thrown as `appError(code, message)`; anything else is masked for clients and logged in full.
 * Neo4j driver errors are translated here, in one place.
 */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ERROR_CODES, type ErrorCode } from '../schema/error-codes.ts';

export { ERROR_CODES, type ErrorCode };

/** An expected error, shown to clients with its code. */
export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: ERROR_CODES[code].status }, ...extra } });
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Translates a Neo4j driver error into a catalogue error, or returns undefined when it is unexpected. */
export function translateNeo4jError(error: unknown): GraphQLError | undefined {
  if (error instanceof Neo4jError || (error instanceof Error && 'code' in error)) {
    const code = String((error as { code: unknown }).code);
    // A connection not acquired in time: Neo4j accepts connections but does not answer them (paused, wedged).
    if (UNAVAILABLE.has(code) || /ECONNREFUSED|Connection was closed|Pool is closed|Connection acquisition timed out/i.test(error.message)) {
      return appError('DATABASE_UNAVAILABLE', 'The graph database cannot be reached right now. Retry in a moment.');
    }
  }
  return undefined;
}
