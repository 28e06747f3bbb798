/**
 * Builds the HTTP app: GraphQL (with GraphiQL) at /graphql, health probes, and the built client at
 * /. It does not listen: `server/main.ts` does, and tests call `app.handle` in-process or over HTTP.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, maskError } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import sirv from 'sirv';
import type { Config } from '../config.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { buildSchema } from '../graphql/build-schema.ts';
import type { Logger } from '../logger.ts';
import { translateNeo4jError } from '../errors.ts';
import { ACCESS_SETTINGS, cancellableDriver, QueryCancelledError } from '../graph/access.ts';
import { accessOf, bearerToken, tokenFingerprint, useAccessControl, type Tokens } from './access-control.ts';
import { ExtractionPool } from '../ingest/extraction-pool.ts';
import { useAnswerLimit } from './answer-limit.ts';
import { clientAddressOf, parseTrustedProxies } from './client-address.ts';
import { useCompression } from './compression.ts';
import { createExecutionGate, EXECUTION_GATE, type ExecutionGate } from './execution-gate.ts';
import { useOperationBudget } from './operation-budget.ts';
import { createRateLimiter } from './rate-limit.ts';
import { corsOptionsFor, refuseGraphqlRequest } from './request-guards.ts';
import { setSecurityHeaders } from './security-headers.ts';

export interface AppDependencies {
  driver: Driver;
  database: string | undefined;
  config: Config;
  logger: Logger;
  tokens: Tokens;
  /** Folder of the built client; the app answers / with a hint when it is missing. */
  clientDir?: string;
  /** GraphQL requests handled at once and waiting (default `EXECUTION_GATE`); tests make it small. */
  gate?: { concurrency: number; queueLimit: number };
}

/** Limits per operation; each is documented with its unit. */
export const GRAPHQL_LIMITS = {
  maxDepth: 12, // nesting of selections
  maxCost: 20_000, // graphql-armor's cost units (objects 2, scalars 1, depth multiplies)
  maxAliases: 20, // aliases per operation
  maxDirectives: 30, // directives per operation
  maxTokens: 3_000, // lexer tokens per document
} as const;

/** /readyz gives Neo4j this long to answer before it reports 503, in ms (the probe answers within 2 s). */
export const READINESS_TIMEOUT_MS = 1_500;

export interface App {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** GraphQL requests being handled and waiting for a turn (execution-gate.ts). */
  readonly gate: ExecutionGate;
  /** The worker threads that analyse articles (they start on demand and exit when idle). */
  readonly extractionPool: ExtractionPool;
  /** Fetch API entry point, for tests that call the app in-process. */
  fetch(request: Request): Promise<Response>;
}

/** What the request's token allows, and the audit log's name for its writer: a fingerprint of the write token, never the token. */
function accessAndActor(request: Request, tokens: Tokens): { access: { read: boolean; write: boolean }; actor: string | undefined } {
  const access = accessOf(request, tokens);
  return { access, actor: access.write ? tokenFingerprint(bearerToken(request) ?? '') : undefined };
}

export async function createApp(deps: AppDependencies): Promise<App> {
  const { driver, database, config, logger, tokens } = deps;
  const schema = await buildSchema(driver);
  const extractionPool = new ExtractionPool({ size: config.extraction.workers, queueLimit: config.extraction.queueLimit, timeoutMs: config.extraction.timeoutMs });
  const dryRunLimiter = config.dryRunLimit.perMinute > 0 ? createRateLimiter(config.dryRunLimit) : undefined;
  const gate = createExecutionGate(deps.gate ?? EXECUTION_GATE);
  const trustedProxies = parseTrustedProxies(config.trustedProxies);
  const yoga = createYoga<{ req: IncomingMessage; res: ServerResponse }, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    cors: corsOptionsFor(config.corsOrigins),
    graphiql: { title: 'Chipgraph GraphiQL', defaultQuery: '{\n  stats { nodes { type count } }\n}\n' },
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error(args.map(String).join(' ')),
    },
    context: ({ request, req }) => ({
      driver,
      database,
      logger,
      config,
      request,
      ...accessAndActor(request, tokens),
      clientAddress: req ? clientAddressOf(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustedProxies) : 'in-process',
      // Reads, ours and the generated API's, are cancelled in Neo4j when the client leaves.
      signal: request.signal,
      extractionPool,
      dryRunLimiter,
      executionContext: cancellableDriver(driver, request.signal),
      sessionConfig: database ? { database } : {},
      // The generated API's statements get the same timeout as every other statement.
      transaction: { timeout: ACCESS_SETTINGS.transactionTimeoutMs, metadata: { app: 'chipgraph', query: 'generated' } },
    }),
    maskedErrors: {
      maskError(error, message, isDev) {
        const original = (error as { originalError?: unknown }).originalError;
        if (original instanceof QueryCancelledError) {
          logger.debug({ query: original.query }, 'a read was cancelled: its client left');
          return maskError(error, message, isDev); // nobody reads this answer
        }
        const translated = translateNeo4jError(original ?? error);
        if (translated) return translated;
        const masked = maskError(error, message, isDev);
        if (masked !== error) logger.error({ err: original ?? error }, 'unexpected error in a GraphQL operation');
        return masked;
      },
    },
    plugins: [
      useAccessControl(),
      useOperationBudget(),
      EnvelopArmorPlugin({
        maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
        costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
        maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
        maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
        maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
        blockFieldSuggestion: { enabled: false },
      }),
      useAnswerLimit(config.maxAnswerBytes),
      useCompression(),
    ],
  });

  const clientDir = deps.clientDir;
  const hasClient = clientDir !== undefined && existsSync(join(clientDir, 'index.html'));
  const serveClient = hasClient ? sirv(clientDir, { single: true, etag: true, brotli: true, gzip: true }) : undefined;

  async function readiness(): Promise<{ status: number; body: unknown }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
    });
    // A statement, not driver.getServerInfo(): on a connection fresh from its handshake that sends
    // nothing, and would report a paused Neo4j ready.
    const session = driver.session({ ...(database ? { database } : {}), defaultAccessMode: 'READ' });
    try {
      // A paused or overloaded Neo4j may accept the connection and never answer: the probe does not wait for it.
      await Promise.race([session.run('RETURN 1', {}, { timeout: READINESS_TIMEOUT_MS, metadata: { app: 'chipgraph', query: 'readiness' } }), timeout]);
      return { status: 200, body: { status: 'ready', neo4j: 'reachable' } };
    } catch (error) {
      return { status: 503, body: { status: 'unavailable', neo4j: (error as Error).message } };
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {}); // not awaited: a silent Neo4j never answers the close either
    }
  }

  function sendJson(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  }

  return {
    handle(req, res) {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      setSecurityHeaders(res, path);
      if (path === '/healthz') return sendJson(res, 200, { status: 'alive' });
      if (path === '/readyz') {
        void readiness().then(({ status, body }) => sendJson(res, status, body));
        return;
      }
      if (path === '/graphql' || path.startsWith('/graphql/')) {
        const refusal = refuseGraphqlRequest(req, config);
        if (refusal) {
          res.setHeader('connection', 'close'); // the body, if any, is not read
          return sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
        }
        // Past the requests handled at once, a request waits its turn; past the queue, it is told to retry.
        const gone = new AbortController();
        res.once('close', () => {
          if (!res.writableFinished) gone.abort(); // an answered request has nothing to abort (and an abort costs an exception)
        });
        const admitted = gate.enter(gone.signal);
        if (!admitted) {
          res.setHeader('connection', 'close'); // the body is not read
          res.setHeader('retry-after', String(EXECUTION_GATE.retryAfterSeconds));
          return sendJson(res, 503, {
            errors: [{
              message: `The server is handling as many requests as it can queue; retry in ${EXECUTION_GATE.retryAfterSeconds} seconds.`,
              extensions: { code: 'BUSY', retryAfter: EXECUTION_GATE.retryAfterSeconds },
            }],
          });
        }
        void admitted.then(async (release) => {
          if (res.closed) return release();
          // A dry run keeps its turn while its article is analysed: the queue also bounds the analyses
          // under way, so that they wait here instead of overflowing the extraction queue (BUSY).
          res.once('close', release);
          try {
            await yoga.handle(req, res, { req, res });
          } catch (error) {
            logger.error({ err: error }, 'a GraphQL request failed outside its operation');
            if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Unexpected error.' }] });
            else res.destroy();
          }
        });
        return;
      }
      if (serveClient) return serveClient(req, res);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Chipgraph</title><p>The client is not built yet: run <code>npm run build</code>. GraphQL answers at <a href="/graphql">/graphql</a>.</p>');
    },
    gate,
    extractionPool,
    fetch: (request) => Promise.resolve(yoga.fetch(request, {} as never)),
  };
}
