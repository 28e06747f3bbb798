/**
 * What is refused at the door of /graphql, before a body is read or parsed:
 * - a request from a page of another origin (the browser's `Origin` header differs from the
 *   app's own host and is not in `CHIPGRAPH_CORS_ORIGINS`): 403. A page elsewhere cannot make a
 *   visitor's browser run operations (dry runs need no token) against a Chipgraph it can reach.
 *   Clients that are not browsers send no Origin and are not affected;
 * - a body larger than `CHIPGRAPH_MAX_BODY_BYTES` (by its Content-Length): 413; a body without a
 *   length (chunked): 411, since it could not be bounded before reading.
 * CORS answers (`corsOptionsFor`) name only allow-listed origins and never allow credentials.
 */
import type { IncomingMessage } from 'node:http';

/** graphql-yoga's CORS options for one request (`false`: no CORS headers at all). */
export type CorsOptions = false | { origin: string[]; credentials: boolean; methods: string[]; allowedHeaders: string[]; maxAge: number };

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** True when `origin` is the app's own (same host and port as the request's Host header) or allow-listed. */
export function isAllowedOrigin(origin: string, host: string | undefined, allowList: readonly string[]): boolean {
  if (allowList.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && host !== undefined && url.host === host.toLowerCase();
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and anything unparsable
  }
}

/** The refusal of a request to /graphql, or undefined when it may go on. */
export function refuseGraphqlRequest(req: IncomingMessage, limits: { corsOrigins: readonly string[]; maxBodyBytes: number }): Refusal | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined && !isAllowedOrigin(origin, req.headers.host, limits.corsOrigins)) {
    return { status: 403, code: 'FORBIDDEN', message: `Requests from pages of ${origin} are not allowed; add the origin to CHIPGRAPH_CORS_ORIGINS to allow them.` };
  }
  const length = req.headers['content-length'];
  if (length !== undefined) {
    if (Number(length) > limits.maxBodyBytes) {
      return { status: 413, code: 'REQUEST_TOO_LARGE', message: `The request body is ${length} bytes; the limit is ${limits.maxBodyBytes} bytes (CHIPGRAPH_MAX_BODY_BYTES).` };
    }
  } else if (req.headers['transfer-encoding'] !== undefined) {
    return { status: 411, code: 'REQUEST_TOO_LARGE', message: 'Send the request body with a Content-Length header.' };
  }
  return undefined;
}

/** CORS for graphql-yoga: allow-listed origins only, without credentials; none for any other origin. */
export function corsOptionsFor(allowList: readonly string[]): (request: Request) => CorsOptions {
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowList.includes(origin)) return false;
    return { origin: [origin], credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['accept', 'authorization', 'content-type'], maxAge: 600 };
  };
}
