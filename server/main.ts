/**
 * `npm start`: validates the configuration, builds the client if needed, starts or connects to
 * Neo4j, applies constraints and indexes, seeds an empty database, and serves on PORT.
 * Ctrl-C stops everything it started; the data stays in CHIPGRAPH_DATA_DIR.
 */
// First: NODE_ENV and V8's heap growth, before graphql-js and the rest load (runtime-tuning.ts).
import './runtime-tuning.ts';
import { createServer } from 'node:http';
import { buildClientIfNeeded, CLIENT_DIST } from './build-client.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createApp } from './http/create-app.ts';
import { createLogger } from './logger.ts';
import { connectNeo4j } from './neo4j/connect-neo4j.ts';
import { Neo4jSetupError } from './neo4j/local-neo4j.ts';
import { prepareDatabase } from './prepare-database.ts';
import { warmPlans } from './graph/warm-plans.ts';
import { resolveWriteToken } from './write-token.ts';

const say = (message: string): void => void process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const hasClient = buildClientIfNeeded(say);
  const connection = await connectNeo4j(config, say);
  let closing = false;
  const server = createServer();
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    say(`\n${signal}: stopping Chipgraph…`);
    server.close();
    server.closeAllConnections();
    await connection.close();
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await prepareDatabase(connection, config, say);
  const write = resolveWriteToken(config.writeToken, config.dataDir);
  const app = await createApp({
    driver: connection.driver,
    database: connection.database,
    config,
    logger,
    tokens: { write: write.token, read: config.readToken },
    ...(hasClient ? { clientDir: CLIENT_DIST } : {}),
  });
  server.on('request', (req, res) => app.handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new ConfigError(`Port ${config.port} is taken. Stop the other program or set PORT to another port.`) : error);
    });
    server.listen(config.port, config.host, resolve);
  });
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  say(
    [
      '',
      `Chipgraph is running on Neo4j at ${connection.uri}`,
      `  Explorer   ${base}/`,
      `  GraphQL    ${base}/graphql (GraphiQL in a browser)`,
      `  Health     ${base}/healthz  ${base}/readyz`,
      write.file
        ? `  Write token (for mutations and "Add article"): ${write.token}  (kept in ${write.file})`
        : '  Write token: the value of CHIPGRAPH_WRITE_TOKEN',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
  // Neo4j plans the large statements (a commit's takes 20 s on a busy machine) once, in the
  // background: /healthz and the first requests do not wait for it (graph/warm-plans.ts).
  void warmPlans({ driver: connection.driver, database: connection.database }).then((report) => {
    const failed = report.steps.filter((step) => step.error !== undefined);
    if (failed.length > 0 && !closing) logger.warn({ steps: report.steps }, 'some query plans were not warmed');
    else logger.info({ steps: report.steps, ms: report.ms }, 'query plans warmed');
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof Neo4jSetupError) say(`\n${error.message}`);
  else say(`\nChipgraph could not start: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
