/**
 * `npm test`: starts a throw-away Neo4j (own port, temporary folder; never the dev database),
 * loads the seed knowledge base into it, builds the client when browser tests exist, runs every
 * test file with node:test, stops Neo4j, and ends with `N passed, N failed, N skipped`.
 *
 * Test files: `*.test.ts` (pure, next to the code), `*.int.test.ts` (need Neo4j) and
 * `test/e2e/*.test.ts` (browser). Pass file paths or a substring to run a subset:
 * `npm test -- search` runs the files whose path contains "search".
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { buildClientIfNeeded } from '../server/build-client.ts';
import { startLocalNeo4j } from '../server/neo4j/local-neo4j.ts';
import { prepareDatabase } from '../server/prepare-database.ts';
import { freePort } from './support/free-port.ts';

const say = (message: string): void => void process.stderr.write(`[test] ${message}\n`);

const TEST_ROOTS = ['schema', 'seed', 'server', 'client', 'test'];

function testFiles(filters: string[]): string[] {
  const files = TEST_ROOTS.filter((root) => existsSync(root))
    .flatMap((root) => readdirSync(root, { recursive: true, encoding: 'utf8' }).map((file) => join(root, file)))
    .filter((file) => /\.test\.tsx?$/.test(file) && !file.includes('node_modules') && !file.includes('dist'))
    .sort();
  return filters.length === 0 ? files : files.filter((file) => filters.some((filter) => file.includes(filter)));
}

async function main(): Promise<number> {
  const files = testFiles(process.argv.slice(2));
  if (files.length === 0) {
    say('no test file matches');
    return 1;
  }
  const needsNeo4j = files.some((file) => file.endsWith('.int.test.ts') || file.startsWith('test/e2e/'));
  const needsClient = files.some((file) => file.startsWith('test/e2e/'));
  if (needsClient) buildClientIfNeeded(say);

  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' };
  let stopNeo4j = async (): Promise<void> => {};
  const dataDir = mkdtempSync(join(tmpdir(), 'chipgraph-test-'));
  if (needsNeo4j) {
    const port = await freePort();
    const started = performance.now();
    const local = await startLocalNeo4j({
      dataDir: join(dataDir, 'neo4j'),
      port,
      heap: '768m',
      pageCache: '128m',
      cacheDir: join(process.cwd(), '.chipgraph'),
      onProgress: say,
    });
    say(`Neo4j ready at ${local.uri} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    stopNeo4j = () => local.stop();
    const driver = neo4j.driver(local.uri, undefined, { disableLosslessIntegers: true });
    await prepareDatabase({ driver, database: undefined }, { skipSeed: false }, say);
    await driver.close();
    Object.assign(env, { NEO4J_URI: local.uri, NEO4J_DATABASE: '', CHIPGRAPH_DATA_DIR: dataDir });
    delete env['NEO4J_DATABASE'];
    delete env['NEO4J_PASSWORD'];
  }

  const started = performance.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import', 'tsx',
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec', '--test-reporter-destination=stdout',
        '--test-reporter=./test/summary-reporter.mjs', '--test-reporter-destination=stdout',
        ...files,
      ],
      { stdio: 'inherit', env },
    );
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  say(`tests took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await stopNeo4j();
  rmSync(dataDir, { recursive: true, force: true });
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`could not run the tests: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
