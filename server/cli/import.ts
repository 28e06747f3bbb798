/**
 * `npm run import -- FILE` (or `-` for stdin): restores a backup written by `npm run export` into
 * an EMPTY database, in batches of one transaction each. A database that holds any node is
 * refused and nothing is written. A file is read and checked in full first (every line, the
 * counts and SHA-256 of its trailer), so a damaged file writes nothing; from stdin the check
 * ends with the last batch, and a damaged stream leaves the batches before it written (empty
 * the database before importing again). Constraints and indexes are created first.
 * Exit codes: 0 done, 1 failed or refused, 2 bad usage. Neo4j as for `npm start`; start the app
 * only after the import (an empty database is seeded at start unless CHIPGRAPH_SKIP_SEED=1).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { applyDatabaseSchema } from '../graph/apply-database-schema.ts';
import { BackupFormatError, checkBackup } from '../graph/backup-format.ts';
import { graphSize, ImportRefusedError, importGraph } from '../graph/writes/import-graph.ts';
import { connectNeo4j } from '../neo4j/connect-neo4j.ts';
import { Neo4jSetupError } from '../neo4j/local-neo4j.ts';

const USAGE = 'usage: npm run import -- FILE   (FILE written by npm run export; - reads stdin)';
const say = (message: string): void => void process.stderr.write(`${message}\n`);

function linesOf(path: string): AsyncIterable<string> {
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  return createInterface({ input, crlfDelay: Infinity });
}

async function main(): Promise<number> {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ allowPositionals: true, strict: true, options: {} }));
  } catch (error) {
    say(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [path] = positionals;
  if (path === undefined || positionals.length !== 1) {
    say(USAGE);
    return 2;
  }
  if (path !== '-') {
    const checked = await checkBackup(linesOf(path));
    say(`Backup checked: ${checked.nodes} nodes, ${checked.relationships} relationships (sha256 ${checked.sha256}).`);
  }
  const config = loadConfig();
  const connection = await connectNeo4j(config, say);
  try {
    const graph = { driver: connection.driver, database: connection.database };
    // Refused before the schema is applied: applying it to a used database may backfill rank keys.
    const existing = await graphSize(graph);
    if (existing > 0) throw new ImportRefusedError(`The database at ${connection.uri} is not empty (it holds ${existing} nodes): a backup is imported only into an empty database. Nothing was written.`);
    await applyDatabaseSchema(graph);
    let reported = 0;
    const totals = await importGraph(graph, linesOf(path), {
      onProgress: ({ nodes, relationships }) => {
        if (nodes + relationships - reported >= 50_000) {
          reported = nodes + relationships;
          say(`… ${nodes} nodes, ${relationships} relationships`);
        }
      },
    });
    say(`Imported ${totals.nodes} nodes and ${totals.relationships} relationships into ${connection.uri} (sha256 ${totals.sha256}).`);
    return 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof Neo4jSetupError || error instanceof BackupFormatError || error instanceof ImportRefusedError
      || (error as NodeJS.ErrnoException).code === 'ENOENT';
    say(known ? `Import failed: ${(error as Error).message}` : `Import failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
