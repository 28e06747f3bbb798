/**
 * The one list of error codes Chipgraph shows: each with its HTTP status and what it means. The
 * server's GraphQL errors carry these codes in `extensions.code`; the ingestion pipeline and the
 * review throw errors with a subset of them; the client words each for its users and adds two of
 * its own for transport failures (`CLIENT_ERROR_CODES`).
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: { status: 400, doc: 'An argument is malformed or out of range, or a correction breaks the vocabulary.' },
  ENTITY_NOT_FOUND: { status: 404, doc: 'No entity, edge or article has that id.' },
  LIMIT_EXCEEDED: { status: 400, doc: 'The request asks for more than a limit allows (depth, page size, cost), or its answer would exceed CHIPGRAPH_MAX_ANSWER_BYTES (8 MiB of JSON by default).' },
  UNAUTHENTICATED: { status: 401, doc: 'The operation needs a token and none was given.' },
  FORBIDDEN: { status: 403, doc: 'The token given does not allow this operation.' },
  ARTICLE_EMPTY: { status: 400, doc: 'The article has no text once boilerplate and blank space are removed.' },
  ARTICLE_TOO_LARGE: { status: 413, doc: 'The article exceeds the size limit (1 MB by default).' },
  ARTICLE_NOT_TEXT: { status: 415, doc: 'The article is binary, holds NUL bytes, is not valid UTF-8, or is not a text format.' },
  URL_REFUSED: { status: 400, doc: 'The URL is not http(s), points at a private address, redirects too often, times out, is too large or is not text.' },
  PREVIEW_OUTDATED: { status: 409, doc: 'The graph changed since the preview the commit refers to: analyse the article again.' },
  DATABASE_UNAVAILABLE: { status: 503, doc: 'Neo4j cannot be reached; retry when it is back.' },
  REQUEST_TOO_LARGE: { status: 413, doc: 'The request body exceeds CHIPGRAPH_MAX_BODY_BYTES (2 MiB by default), or came without a length.' },
  RATE_LIMITED: { status: 429, doc: 'This client sent more dry runs than CHIPGRAPH_DRY_RUNS_PER_MINUTE allows; retry after the seconds in extensions.retryAfter.' },
  BUSY: { status: 503, doc: 'Every extraction worker is busy and its queue is full, or the server holds as many GraphQL requests as it queues; retry after the seconds in extensions.retryAfter when given, else in a few seconds.' },
  EXTRACTION_TIMEOUT: { status: 422, doc: 'The article took longer than CHIPGRAPH_EXTRACTION_TIMEOUT_MS to analyse and was stopped.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Codes the client adds for failures that never reached a GraphQL answer. */
export const CLIENT_ERROR_CODES = {
  HTTP_ERROR: 'The server answered with an HTTP error and no GraphQL errors.',
  NETWORK_ERROR: 'The server could not be reached.',
} as const;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}
