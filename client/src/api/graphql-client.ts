/**
 * The client's one transport to the server: `postGraphQL` POSTs `{ query, variables }` to /graphql
 * with a time limit and returns the whole answer (data and errors); `requestGraphQL` builds on it
 * for typed documents and throws a `GraphQLRequestError` carrying the server's error code
 * (ENTITY_NOT_FOUND, LIMIT_EXCEEDED, DATABASE_UNAVAILABLE…) or the transport failure
 * (NETWORK_ERROR, TIMEOUT, HTTP_ERROR). The query console and the add-article view use
 * `postGraphQL` through `runOperation`; everything else uses `requestGraphQL`.
 */

import type { CLIENT_ERROR_CODES, ErrorCode as ServerErrorCode } from '../../../schema/error-codes.ts';
import type { TypedDocumentString } from './generated.ts';

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
    /** The first error's `extensions.code`, or HTTP_ERROR / NETWORK_ERROR / TIMEOUT. */
    readonly code: ErrorCode,
    /** HTTP status of the response, when there was one. */
    readonly status?: number,
    /** Seconds to wait before trying again, when the server said (`extensions.retryAfter`). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** One error of a GraphQL answer, as the server sent it. */
export interface RawGraphQLError {
  message?: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: Array<string | number>;
  locations?: Array<{ line: number; column: number }>;
}

/** What came back: the HTTP status and the parsed body (undefined when it was not JSON). */
export interface GraphQLExchange {
  status: number;
  statusText: string;
  body: { data?: unknown; errors?: RawGraphQLError[] } | undefined;
}

export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Milliseconds a request may take before it is given up with TIMEOUT: a little more than the
 * server's own 30 s per statement, so the server's answer (or its error) wins when it comes.
 */
export const DEFAULT_TIMEOUT_MS = 35_000;

export interface RequestOptions {
  /** Cancels the request: the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** Bearer token (writes, or reads when the server guards them). */
  token?: string | null;
  /** Time limit in milliseconds; DEFAULT_TIMEOUT_MS when absent, none when 0. */
  timeoutMs?: number;
}

/**
 * Sends an operation and returns the HTTP answer. Rejects with NETWORK_ERROR when the server cannot
 * be reached, TIMEOUT past the time limit, and the caller's AbortError when it cancels.
 */
export async function postGraphQL(query: string, variables: object, options: RequestOptions = {}): Promise<GraphQLExchange> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : null;
  const signals = [options.signal, timeout].filter((signal): signal is AbortSignal => signal != null);
  const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
  try {
    const response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
    let body: GraphQLExchange['body'];
    try {
      body = (await response.json()) as GraphQLExchange['body'];
    } catch (error) {
      if (signal?.aborted) throw error;
      body = undefined;
    }
    return { status: response.status, statusText: response.statusText, body };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout?.aborted) throw new GraphQLRequestError(`The server did not answer within ${Math.round(timeoutMs / 1000)} s.`, 'TIMEOUT');
    throw new GraphQLRequestError('The server cannot be reached. Check that Chipgraph is running.', 'NETWORK_ERROR');
  }
}

/** The seconds an error asks to wait (`extensions.retryAfter`), when it gives a positive number. */
export function retryAfterOf(error: RawGraphQLError): number | undefined {
  const seconds = error.extensions?.retryAfter;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

/** The error an answer without data stands for. */
export function exchangeError(exchange: GraphQLExchange): GraphQLRequestError {
  const first = exchange.body?.errors?.[0];
  if (first) return new GraphQLRequestError(first.message ?? 'Unknown error', first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', exchange.status, retryAfterOf(first));
  const code = exchange.status === 503 ? 'DATABASE_UNAVAILABLE' : 'HTTP_ERROR';
  return new GraphQLRequestError(`The server answered ${exchange.status} ${exchange.statusText}.`.replace(' .', '.'), code, exchange.status);
}

/** Sends a typed document (or a query string) and returns its `data`, or throws the first error. */
export async function requestGraphQL<TData, TVariables extends object>(
  document: TypedDocumentString<TData, TVariables> | string,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TData> {
  const exchange = await postGraphQL(document.toString(), variables, options);
  const data = exchange.body?.data as TData | null | undefined;
  if (exchange.body?.errors?.length || exchange.status >= 400 || !data) throw exchangeError(exchange);
  return data;
}

/** Any failure as a GraphQLRequestError, for error states. */
export function asRequestError(error: unknown): GraphQLRequestError {
  return error instanceof GraphQLRequestError ? error : new GraphQLRequestError((error as Error).message ?? String(error), 'INTERNAL_SERVER_ERROR');
}
