/**
 * `npm run neo4j`: runs the local Neo4j alone, in the foreground, with the dev data folder — for
 * a Neo4j client, cypher-shell or `npm run dev` against it. Ctrl-C stops it.
 */
import { ConfigError, loadConfig } from '../config.ts';
import { Neo4jSetupError, startLocalNeo4j } from '../neo4j/local-neo4j.ts';

const say = (message: string): void => void process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.kind !== 'local') throw new ConfigError('NEO4J_URI is set: there is no local Neo4j to run.');
  const local = await startLocalNeo4j({ ...config.neo4j, cacheDir: config.dataDir, onProgress: say });
  say(`Neo4j is running at ${local.uri}${local.owned ? '' : ' (already running: reused)'}. Ctrl-C stops it.`);
  const stop = (): void => void local.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (!local.owned) process.exit(0);
}

main().catch((error: unknown) => {
  say(error instanceof ConfigError || error instanceof Neo4jSetupError ? error.message : String(error));
  process.exit(1);
});
