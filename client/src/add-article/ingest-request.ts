/**
 * The ingestArticle mutation; a commit is sent with the write token, a dry run with whatever token the
 * browser holds (none is needed unless the server guards reads). Answers and errors (with codes) come back as data.
 */
import type { ArticleInput, IngestArticleMutation, ReviewCorrections } from '../api/generated.ts';
import { runOperation, type OperationError } from '../console/run-operation.ts';
import ingestDocument from './ingest-article.graphql?raw';

export type IngestResult = IngestArticleMutation['ingestArticle'];
export type { ArticleInput, ReviewCorrections };

export type IngestAnswer = { ok: true; result: IngestResult } | { ok: false; error: OperationError };

/** Error codes that mean "the token is missing or wrong": ask for it again. */
export const TOKEN_ERRORS: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

export async function ingest(input: ArticleInput, dryRun: boolean, token: string | null): Promise<IngestAnswer> {
  const answer = await runOperation(ingestDocument, { input, dryRun }, { token });
  const error = answer.errors[0];
  if (error) return { ok: false, error };
  const data = answer.data as IngestArticleMutation | null;
  if (!data?.ingestArticle) return { ok: false, error: { message: 'The server gave no answer.', code: 'INTERNAL_SERVER_ERROR' } };
  return { ok: true, result: data.ingestArticle };
}
