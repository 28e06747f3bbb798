/**
 * Sends any operation the user wrote and returns the whole response (data AND errors, each with
 * its code), unlike `requestGraphQL` which throws on the first error. Same transport.
 */
import { postGraphQL, retryAfterOf, type GraphQLRequestError } from '../api/graphql-client.ts';

export interface OperationError {
  message: string;
  code: string;
  /** Seconds to wait before trying again, when the server said (RATE_LIMITED). */
  retryAfter?: number;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
}

export interface OperationResult {
  /** HTTP status, 0 when the server could not be reached or did not answer in time. */
  status: number;
  data: unknown;
  errors: OperationError[];
  /** Milliseconds from send to parsed answer. */
  ms: number;
}

/** A user's operation may run longer than an explorer read: a minute. */
const OPERATION_TIMEOUT_MS = 60_000;

export async function runOperation(
  query: string,
  variables: Record<string, unknown>,
  options: { token?: string | null; signal?: AbortSignal } = {},
): Promise<OperationResult> {
  const started = performance.now();
  let exchange;
  try {
    exchange = await postGraphQL(query, variables, { ...options, timeoutMs: OPERATION_TIMEOUT_MS });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    const failure = error as GraphQLRequestError;
    return { status: 0, data: null, errors: [{ message: failure.message, code: failure.code }], ms: performance.now() - started };
  }
  const { body } = exchange;
  const errors: OperationError[] = (body?.errors ?? []).map((error) => {
    const retryAfter = retryAfterOf(error);
    return {
      message: error.message ?? 'Unknown error',
      code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      ...(retryAfter ? { retryAfter } : {}),
      ...(error.path ? { path: error.path } : {}),
      ...(error.locations ? { locations: error.locations } : {}),
    };
  });
  if (!body) errors.push({ message: `The server answered ${exchange.status} ${exchange.statusText}`.trim(), code: exchange.status === 503 ? 'DATABASE_UNAVAILABLE' : 'HTTP_ERROR' });
  return { status: exchange.status, data: body?.data ?? null, errors, ms: performance.now() - started };
}
