/**
 * The catalogue of expected ingestion errors. Each code matches the server's error catalogue
 * (server/errors.ts) so the GraphQL mutation can pass it through unchanged; the CLI prints the
 * message and exits non-zero.
 */
export const INGEST_ERROR_CODES = {
  ARTICLE_EMPTY: 'The article has no text once boilerplate and blank space are removed.',
  ARTICLE_TOO_LARGE: 'The article exceeds the size limit (1 MB by default).',
  ARTICLE_NOT_TEXT: 'The article is binary, holds NUL bytes, is not valid UTF-8, or is not a text format.',
  URL_REFUSED: 'The URL is not http(s), points at a private address, redirects too often, times out, is too large or is not text.',
} as const;

export type IngestErrorCode = keyof typeof INGEST_ERROR_CODES;

/** An expected failure of one article: it carries a code and a message a person can act on. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly detail: Readonly<Record<string, unknown>>;

  constructor(code: IngestErrorCode, message: string, detail: Record<string, unknown> = {}) {
    super(message);
    this.name = 'IngestError';
    this.code = code;
    this.detail = detail;
  }
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}
