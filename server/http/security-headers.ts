/**
 * Headers every response carries: a Content-Security-Policy suited to the page (the built
 * explorer loads only its own files; GraphiQL, served by graphql-yoga, loads its bundle from
 * unpkg and starts its editor workers from blob: URLs), no MIME sniffing, no framing by any other
 * page, and no referrer sent to other origins.
 */
import type { ServerResponse } from 'node:http';

const COMMON = [
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The explorer: its own scripts only; inline styles for CodeMirror and React; images from data: and blob: for the favicon and exports. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  ...COMMON,
].join('; ');

/** GraphiQL at /graphql: graphql-yoga's page with an inline bootstrap script and its bundle from unpkg. */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://unpkg.com",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "img-src 'self' data: blob: https://unpkg.com",
  "font-src 'self' data: https://unpkg.com",
  "connect-src 'self' https://unpkg.com",
  "worker-src 'self' blob:",
  ...COMMON,
].join('; ');

/** Sets the security headers of a response before anything writes its head. */
export function setSecurityHeaders(res: ServerResponse, path: string): void {
  res.setHeader('content-security-policy', path === '/graphql' || path.startsWith('/graphql/') ? GRAPHIQL_CSP : EXPLORER_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
}
