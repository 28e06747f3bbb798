/**
 * The catalogue of expected errors: each code with its meaning and HTTP status. Resolvers throw
 * `appError(code, message)`; anything else is masked for clients and logged in full.
 */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

export const ERROR_CODES = {
  BAD_USER_INPUT: { status: 400, doc: 'An argument is malformed or out of range.' },
  ENTITY_NOT_FOUND: { status: 404, doc: 'No entity, edge or article has that id.' },
  LIMIT_EXCEEDED: { status: 400, doc: 'The request asks for more than a limit allows (depth, page size, cost).' },
  UNAUTHENTICATED: { status: 401, doc: 'The operation needs a token and none was given.' },
  FORBIDDEN: { status: 403, doc: 'The token given does not allow this operation.' },
  ARTICLE_EMPTY: { status: 400, doc: 'The article has no text.' },
  ARTICLE_TOO_LARGE: { status: 413, doc: 'The article exceeds the size limit.' },
  ARTICLE_NOT_TEXT: { status: 415, doc: 'The article is binary, not valid UTF-8, or not a text format.' },
  URL_REFUSED: { status: 400, doc: 'The URL is not http(s), points at a private address, or failed to load.' },
  DATABASE_UNAVAILABLE: { status: 503, doc: 'Neo4j cannot be reached; retry when it is back.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An expected error, shown to clients with its code. */
export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: ERROR_CODES[code].status }, ...extra } });
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Translates a Neo4j driver error into a catalogue error, or returns undefined when it is unexpected. */
export function translateNeo4jError(error: unknown): GraphQLError | undefined {
  if (error instanceof Neo4jError || (error instanceof Error && 'code' in error)) {
    const code = String((error as { code: unknown }).code);
    if (UNAVAILABLE.has(code) || /ECONNREFUSED|Connection was closed|Pool is closed/i.test(error.message)) {
      return appError('DATABASE_UNAVAILABLE', 'The graph database cannot be reached right now. Retry in a moment.');
    }
  }
  return undefined;
}
