/**
 * `npm run --silent ingest -- --dry-run --offline --format json FILE|FOLDER|URL`
 *
 * Dry run: prints the extraction contract as JSON on stdout — one object for a file or URL, one
 * object per line for a folder (read one article at a time) — and nothing else; logs and errors
 * go to stderr. Exit codes: 0 done, 1 an article failed (bad input), 2 bad usage.
 *
 * Commit (without --dry-run): each article is extracted and committed to Neo4j in its own
 * transaction (server/ingest/ingest-article.ts, the same code as the GraphQL mutation); one JSON
 * line per article on stdout: {source, articleId, status, addedEntities, addedEdges,
 * retractedEdges, statements, warnings}. A folder is streamed one article at a time.
 * Options:
 *   --dry-run   extract and print, write nothing
 *   --offline   use seed/knowledge/ as the gazetteer (with --dry-run: no Neo4j at all); without
 *               it, a commit links against the graph's own names. A dry run reads and extracts
 *               through the same intake as a commit (`loadArticleSource`, `extractInThread`)
 *   --replaces  ID of an article the (single) FILE is an edited version of
 *   --format    json (default; the only format)
 * Environment: CHIPGRAPH_ALLOW_PRIVATE_URLS=1 lets URLs point at private or loopback addresses;
 * NEO4J_URI (or the local Neo4j) for commits, as for `npm start`.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractInThread, ingestArticle, loadArticleSource, type ArticleSource, type IngestOptions } from '../ingest/ingest-article.ts';
import { ReviewError } from '../../seed/ingest/review-extraction.ts';
import { buildGazetteer, type Gazetteer } from '../../seed/ingest/build-gazetteer.ts';
import type { ExtractionResult } from '../../seed/ingest/extraction-contract.ts';
import { isIngestError } from '../../seed/ingest/ingest-errors.ts';
import { loadGazetteerEntries } from '../../seed/ingest/load-gazetteer.ts';
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
  if (values['dry-run'] && !values.offline) process.stderr.write('note: a dry run reads seed/knowledge/ as with --offline; commits link against the graph.\n');
  const target = await articlesOf(positionals[0] ?? '');
  if (!values['dry-run']) {
    if (values.replaces && target.folder && target.items.length > 1) fail('--replaces names one article: give a single FILE.', 2);
    return commit(target, values.offline, values.replaces);
  }
  const gazetteer = buildGazetteer(await loadGazetteerEntries());
  const options = { allowPrivateUrls: process.env['CHIPGRAPH_ALLOW_PRIVATE_URLS'] === '1' };
  if (!target.folder) {
    print(await extract(await target.items[0]!.source(), gazetteer, options));
    return 0;
  }
  // A folder: one article in memory at a time.
  let failures = 0;
  for (const item of target.items) {
    try {
      print({ ...await extract(await item.source(), gazetteer, options), source: item.name });
    } catch (error) {
      if (!isIngestError(error) && !(error instanceof ReviewError)) throw error;
      failures++;
      process.stderr.write(`${item.name}: error ${error.code}: ${error.message}\n`);
    }
  }
  process.stderr.write(`${target.items.length - failures} of ${target.items.length} articles extracted.\n`);
  return failures > 0 ? 1 : 0;
}

/** The articles a command names: a URL, a file, or the article files of a folder (sorted, read one at a time). */
interface Articles {
  folder: boolean;
  url: boolean;
  items: Array<{ name: string; source: () => Promise<ArticleSource> }>;
}

async function articlesOf(target: string): Promise<Articles> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return { folder: false, url: true, items: [{ name: target, source: () => Promise.resolve({ url: target }) }] };
  let info;
  try {
    info = await stat(target);
  } catch {
    fail(`cannot read "${target}": no such file or folder.`, 1);
  }
  const file = (path: string, name: string) => ({ name, source: async (): Promise<ArticleSource> => ({ bytes: await readFile(path), fileName: name }) });
  if (!info.isDirectory()) return { folder: false, url: false, items: [file(target, target)] };
  const names: string[] = [];
  for await (const entry of await opendir(target)) if (entry.isFile() && ARTICLE_FILE.test(entry.name)) names.push(entry.name);
  return { folder: true, url: false, items: names.sort().map((name) => file(join(target, name), name)) };
}

/**
 * Dry run: the same intake and extraction as `ingestArticle`, against the given gazetteer and
 * without Neo4j. A fetched page's URL is the article's when the page names none.
 */
async function extract(source: ArticleSource, gazetteer: Gazetteer, options: Pick<IngestOptions, 'allowPrivateUrls'>): Promise<ExtractionResult> {
  const loaded = await loadArticleSource(source, options);
  const { extraction } = await extractInThread(loaded.input, { declaredLanguage: source.language }, gazetteer);
  if (loaded.url === undefined || extraction.url !== undefined) return extraction;
  // The contract lists the url before the text.
  const { text, ...described } = extraction;
  return { ...described, url: loaded.url, ...(text !== undefined ? { text } : {}) };
}

/** Commit mode: one transaction per article, a folder streamed one file at a time. */
async function commit(target: Articles, offline: boolean, replaces: string | undefined): Promise<number> {
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
    for (const item of target.items) {
      const name = target.url ? item.name : basename(item.name);
      try {
        const source = await item.source();
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
    process.stderr.write(`${target.items.length - failures} of ${target.items.length} articles committed (${done}).\n`);
  } finally {
    await connection.close();
  }
  return failures > 0 ? 1 : 0;
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  if (isIngestError(error)) fail(`error ${error.code}: ${error.message}`, 1);
  process.stderr.write(`unexpected error: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
