/**
 * Sends any operation the user wrote and returns the whole response (data AND errors, each with
 * its code), unlike the explorer's typed client which throws on the first error.
 */
import { GRAPHQL_ENDPOINT } from '../api/graphql-client.ts';

export interface OperationError {
  message: string;
  code: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
}

export interface OperationResult {
  /** HTTP status, 0 when the server could not be reached. */
  status: number;
  data: unknown;
  errors: OperationError[];
  /** Milliseconds from send to parsed answer. */
  ms: number;
}

interface RawError {
  message?: string;
  extensions?: { code?: string };
  path?: Array<string | number>;
  locations?: Array<{ line: number; column: number }>;
}

export async function runOperation(
  query: string,
  variables: Record<string, unknown>,
  options: { token?: string | null; signal?: AbortSignal } = {},
): Promise<OperationResult> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    return { status: 0, data: null, errors: [{ message: 'The server cannot be reached. Check that Chipgraph is running.', code: 'NETWORK_ERROR' }], ms: performance.now() - started };
  }
  let body: { data?: unknown; errors?: RawError[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  const errors: OperationError[] = (body?.errors ?? []).map((error) => ({
    message: error.message ?? 'Unknown error',
    code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
  }));
  if (!body) errors.push({ message: `The server answered ${response.status} ${response.statusText}`.trim(), code: response.status === 503 ? 'DATABASE_UNAVAILABLE' : 'HTTP_ERROR' });
  return { status: response.status, data: body?.data ?? null, errors, ms: performance.now() - started };
}
