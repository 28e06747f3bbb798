/**
 * `npm run --silent ingest -- --dry-run --offline --format json FILE|FOLDER|URL`
 *
 * Dry run: prints the extraction contract as JSON on stdout — one object for a file or URL, one
 * object per line for a folder (read one article at a time) — and nothing else; logs and errors
 * go to stderr. Exit codes: 0 done, 1 an article failed (bad input), 2 bad usage.
 * Options:
 *   --dry-run   extract and print, write nothing (required for now: commit mode is not wired yet)
 *   --offline   use seed/knowledge/ as the gazetteer, no Neo4j (the only gazetteer for now)
 *   --format    json (default; the only format)
 * Environment: CHIPGRAPH_ALLOW_PRIVATE_URLS=1 lets URLs point at private or loopback addresses.
 */
import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGazetteer, type Gazetteer } from '../../seed/ingest/build-gazetteer.ts';
import { extractArticle } from '../../seed/ingest/extract-article.ts';
import { fetchArticle } from '../../seed/ingest/fetch-article.ts';
import { isIngestError } from '../../seed/ingest/ingest-errors.ts';
import { loadGazetteerEntries } from '../../seed/ingest/load-gazetteer.ts';
import { readArticle, type ArticleInput } from '../../seed/ingest/read-article.ts';

const USAGE = 'usage: npm run --silent ingest -- --dry-run --offline [--format json] FILE|FOLDER|URL';
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
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stderr.write(`${USAGE}\n`); return 0; }
  if (!values['dry-run']) fail('commit mode is not available yet: run with --dry-run to see what would be extracted.', 2);
  if (values.format !== 'json') fail(`unknown --format "${values.format}": only json is available.`, 2);
  if (positionals.length !== 1) fail(`expected exactly one FILE, FOLDER or URL.\n${USAGE}`, 2);
  if (!values.offline) process.stderr.write('note: the Neo4j gazetteer is not wired yet; using seed/knowledge/ as with --offline.\n');
  const target = positionals[0] ?? '';
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
