/**
 * The client's only way to the server: POSTs `{ query, variables }` to /graphql and returns `data`,
 * or throws a `GraphQLRequestError` carrying the server's error code (ENTITY_NOT_FOUND,
 * LIMIT_EXCEEDED, DATABASE_UNAVAILABLE…) or the HTTP failure.
 */

import type { CLIENT_ERROR_CODES, ErrorCode as ServerErrorCode } from '../../../schema/error-codes.ts';

/**
 * Codes of the one catalogue (`schema/error-codes.ts`), the client's own for transport failures,
 * and those graphql-yoga itself gives (validation, masked errors).
 */
export type ErrorCode =
  | ServerErrorCode
  | keyof typeof CLIENT_ERROR_CODES
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    message: string,
    /** The first error's `extensions.code`, or HTTP_ERROR / NETWORK_ERROR. */
    readonly code: ErrorCode,
    /** HTTP status of the response, when there was one. */
    readonly status?: number,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export const GRAPHQL_ENDPOINT = '/graphql';

export async function requestGraphQL<TData, TVariables extends object>(
  query: string,
  variables: TVariables,
  options: { signal?: AbortSignal } = {},
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GraphQLRequestError('The server cannot be reached. Check that Chipgraph is running.', 'NETWORK_ERROR');
  }
  let body: GraphQLResponse<TData> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    body = undefined;
  }
  const first = body?.errors?.[0];
  if (first) {
    throw new GraphQLRequestError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', response.status);
  }
  if (!response.ok || !body?.data) {
    const code = response.status === 503 ? 'DATABASE_UNAVAILABLE' : 'HTTP_ERROR';
    throw new GraphQLRequestError(`The server answered ${response.status} ${response.statusText}.`.trim(), code, response.status);
  }
  return body.data;
}
