/**
 * The real app on a free port, over the Neo4j that `npm test` started (NEO4J_URI). Tests talk to
 * it over HTTP like any client would.
 */
import { createServer, type Server } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../server/config.ts';
import { createApp } from '../../server/http/create-app.ts';
import { createLogger } from '../../server/logger.ts';
import { freePort } from './free-port.ts';

export const TEST_WRITE_TOKEN = 'test-write-token-0123456789abcdef';

export interface TestApp {
  url: string;
  driver: Driver;
  /** POSTs a GraphQL operation and returns the parsed JSON body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
  close(): Promise<void>;
}

export function testDriver(): Driver {
  const uri = process.env['NEO4J_URI'];
  if (!uri) throw new Error('NEO4J_URI is not set: run integration tests through `npm test`.');
  return neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
}

export async function startTestApp(options: { readToken?: string; clientDir?: string } = {}): Promise<TestApp> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const driver = testDriver();
  const app = await createApp({
    driver,
    database: undefined,
    config,
    logger: createLogger('silent'),
    tokens: { write: TEST_WRITE_TOKEN, read: options.readToken },
    ...(options.clientDir ? { clientDir: options.clientDir } : {}),
  });
  const server: Server = createServer((req, res) => app.handle(req, res));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    driver,
    async graphql(query, variables = {}, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
