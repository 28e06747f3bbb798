/**
 * `npm run --silent ingest -- --dry-run --offline --format json FILE|FOLDER|URL`
 *
 * Dry run: prints the extraction contract as JSON on stdout — one object for a file or URL, one
 * object per line for a folder (read one article at a time) — and nothing else; logs and errors
 * go to stderr. Exit codes: 0 done, 1 an article failed (bad input), 2 bad usage.
 *
 * Commit (without --dry-run): each article is extracted and committed to Neo4j in its own
 * transaction (seed/graph/ingest-article.ts, the same code as the GraphQL mutation); one JSON
 * line per article on stdout: {source, articleId, status, addedEntities, addedEdges,
 * retractedEdges, statements, warnings}. A folder is streamed one article at a time.
 * Options:
 *   --dry-run   extract and print, write nothing
 *   --offline   use seed/knowledge/ as the gazetteer (with --dry-run: no Neo4j at all); without
 *               it, a commit links against the graph's own names
 *   --replaces  ID of an article the (single) FILE is an edited version of
 *   --format    json (default; the only format)
 * Environment: CHIPGRAPH_ALLOW_PRIVATE_URLS=1 lets URLs point at private or loopback addresses;
 * NEO4J_URI (or the local Neo4j) for commits, as for `npm start`.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestArticle, type ArticleSource } from '../ingest/ingest-article.ts';
import { ReviewError } from '../../seed/ingest/review-extraction.ts';
import { buildGazetteer, type Gazetteer } from '../../seed/ingest/build-gazetteer.ts';
import { extractArticle } from '../../seed/ingest/extract-article.ts';
import { fetchArticle } from '../../seed/ingest/fetch-article.ts';
import { isIngestError } from '../../seed/ingest/ingest-errors.ts';
import { loadGazetteerEntries } from '../../seed/ingest/load-gazetteer.ts';
import { readArticle, type ArticleInput } from '../../seed/ingest/read-article.ts';
import { loadConfig } from '../config.ts';
import { connectNeo4j } from '../neo4j/connect-neo4j.ts';

const USAGE = 'usage: npm run --silent ingest -- [--dry-run] [--offline] [--replaces ID] [--format json] FILE|FOLDER|URL';
const ARTICLE_FILE = /\.(?:txt|md|markdown|html?|xhtml)$/i;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        offline: { type: 'boolean', default: false },
        format: { type: 'string', default: 'json' },
        replaces: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stderr.write(`${USAGE}\n`); return 0; }
  if (values.format !== 'json') fail(`unknown --format "${values.format}": only json is available.`, 2);
  if (positionals.length !== 1) fail(`expected exactly one FILE, FOLDER or URL.\n${USAGE}`, 2);
  const target = positionals[0] ?? '';
  if (!values['dry-run']) return commit(target, values.offline, values.replaces);
  if (!values.offline) process.stderr.write('note: a dry run reads seed/knowledge/ as with --offline; commits link against the graph.\n');
  const gazetteer = buildGazetteer(await loadGazetteerEntries());

  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    const fetched = await fetchArticle(target, { allowPrivate: process.env['CHIPGRAPH_ALLOW_PRIVATE_URLS'] === '1' });
    const article = readArticle({ bytes: fetched.bytes, name: fetched.url, contentType: fetched.contentType });
    article.url ??= fetched.url;
    print(extractArticle(article, gazetteer));
    return 0;
  }
  let info;
  try {
    info = await stat(target);
  } catch {
    fail(`cannot read "${target}": no such file or folder.`, 1);
  }
  if (!info.isDirectory()) {
    print(extractFile(await readFile(target), target, gazetteer));
    return 0;
  }
  // A folder: names sorted for a stable order, one article in memory at a time.
  const names: string[] = [];
  for await (const entry of await opendir(target)) if (entry.isFile() && ARTICLE_FILE.test(entry.name)) names.push(entry.name);
  names.sort();
  let failures = 0;
  for (const name of names) {
    const path = join(target, name);
    try {
      print({ ...extractFile(await readFile(path), name, gazetteer), source: name });
    } catch (error) {
      if (!isIngestError(error)) throw error;
      failures++;
      process.stderr.write(`${name}: error ${error.code}: ${error.message}\n`);
    }
  }
  process.stderr.write(`${names.length - failures} of ${names.length} articles extracted.\n`);
  return failures > 0 ? 1 : 0;
}

/** Commit mode: one transaction per article, a folder streamed one file at a time. */
async function commit(target: string, offline: boolean, replaces: string | undefined): Promise<number> {
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
  let files: string[] = [];
  if (!isUrl) {
    let info;
    try {
      info = await stat(target);
    } catch {
      fail(`cannot read "${target}": no such file or folder.`, 1);
    }
    if (info.isDirectory()) {
      for await (const entry of await opendir(target)) if (entry.isFile() && ARTICLE_FILE.test(entry.name)) files.push(join(target, entry.name));
      files.sort();
      if (replaces && files.length > 1) fail('--replaces names one article: give a single FILE.', 2);
    } else {
      files = [target];
    }
  }
  const config = loadConfig();
  const connection = await connectNeo4j(config, (message) => void process.stderr.write(`${message}\n`));
  const options = {
    dryRun: false,
    allowPrivateUrls: config.allowPrivateUrls || process.env['CHIPGRAPH_ALLOW_PRIVATE_URLS'] === '1',
    urlTimeoutMs: config.urlTimeoutMs,
    ...(offline ? { gazetteer: buildGazetteer(await loadGazetteerEntries()) } : {}),
  };
  let failures = 0;
  const counts: Record<string, number> = {};
  try {
    const sources = isUrl ? [target] : files;
    for (const item of sources) {
      const name = isUrl ? item : basename(item);
      try {
        const source: ArticleSource = isUrl ? { url: item } : { bytes: await readFile(item), fileName: name };
        if (replaces) source.replaces = replaces;
        const outcome = await ingestArticle({ driver: connection.driver, database: connection.database }, source, options);
        counts[outcome.status] = (counts[outcome.status] ?? 0) + 1;
        print({
          source: name, articleId: outcome.articleId, status: outcome.status, addedEntities: outcome.addedEntities,
          addedEdges: outcome.addedEdges, retractedEdges: outcome.retractedEdges, statements: outcome.statements.length,
          warnings: outcome.extraction.warnings,
        });
      } catch (error) {
        if (!isIngestError(error) && !(error instanceof ReviewError)) throw error;
        failures++;
        process.stderr.write(`${name}: error ${error.code}: ${error.message}\n`);
      }
    }
    const done = Object.entries(counts).map(([status, n]) => `${n} ${status}`).join(', ') || 'none';
    process.stderr.write(`${sources.length - failures} of ${sources.length} articles committed (${done}).\n`);
  } finally {
    await connection.close();
  }
  return failures > 0 ? 1 : 0;
}

function extractFile(bytes: Uint8Array, name: string, gazetteer: Gazetteer): ReturnType<typeof extractArticle> {
  const input: ArticleInput = { bytes, name };
  return extractArticle(readArticle(input), gazetteer);
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  if (isIngestError(error)) fail(`error ${error.code}: ${error.message}`, 1);
  process.stderr.write(`unexpected error: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
