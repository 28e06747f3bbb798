/**
 * Expected failures of one article. Their codes come from the one catalogue
 * (`schema/error-codes.ts`), so the GraphQL mutation passes them through unchanged; the CLI prints
 * the message and exits non-zero.
 */
import type { ErrorCode } from '../../schema/error-codes.ts';

/** The codes an article itself can fail with, from the one catalogue (`schema/error-codes.ts`). */
export type IngestErrorCode = Extract<ErrorCode, 'ARTICLE_EMPTY' | 'ARTICLE_TOO_LARGE' | 'ARTICLE_NOT_TEXT' | 'URL_REFUSED'>;

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
