/**
 * `npm run --silent export -- [--out FILE]`: writes the whole graph with its provenance (entities,
 * relationships, statements, articles, aliases, curated sources, saved views, audit log) as JSON
 * lines (server/graph/backup-format.ts) to FILE, or to stdout. A file is written under a
 * temporary name and renamed once complete, so FILE is never a half backup. The last line holds
 * the counts and the SHA-256 of the content; progress and the summary go to stderr.
 * Exit codes: 0 done, 1 failed, 2 bad usage. Neo4j as for `npm start` (NEO4J_URI or the local one).
 */
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { connectNeo4j } from '../neo4j/connect-neo4j.ts';
import { Neo4jSetupError } from '../neo4j/local-neo4j.ts';
import { BackupFormatError } from '../graph/backup-format.ts';
import { exportGraph } from '../graph/reads/export-graph.ts';

const USAGE = 'usage: npm run --silent export -- [--out FILE]';
const say = (message: string): void => void process.stderr.write(`${message}\n`);

async function writeLine(stream: NodeJS.WritableStream | WriteStream, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await once(stream, 'drain');
}

async function main(): Promise<number> {
  let out: string | undefined;
  try {
    ({ values: { out } } = parseArgs({ options: { out: { type: 'string' } }, strict: true }));
  } catch (error) {
    say(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const connection = await connectNeo4j(config, say);
  const partial = out === undefined ? undefined : `${out}.partial`;
  const stream = partial === undefined ? process.stdout : createWriteStream(partial);
  try {
    let reported = 0;
    const totals = await exportGraph({ driver: connection.driver, database: connection.database }, (line) => writeLine(stream, line), {
      onProgress: ({ nodes, relationships }) => {
        if (nodes + relationships - reported >= 50_000) {
          reported = nodes + relationships;
          say(`… ${nodes} nodes, ${relationships} relationships`);
        }
      },
    });
    if (partial !== undefined && out !== undefined) {
      (stream as WriteStream).end();
      await once(stream, 'finish');
      renameSync(partial, out);
    }
    say(`Exported ${totals.nodes} nodes and ${totals.relationships} relationships${out ? ` to ${out}` : ''} (sha256 ${totals.sha256}).`);
    return 0;
  } catch (error) {
    if (partial !== undefined) {
      (stream as WriteStream).destroy();
      rmSync(partial, { force: true });
    }
    throw error;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof Neo4jSetupError || error instanceof BackupFormatError;
    say(known ? `Export failed: ${(error as Error).message}` : `Export failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
