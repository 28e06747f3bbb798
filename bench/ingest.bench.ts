/**
 * Ingestion benchmark (issue 4):
 * - extraction throughput offline on one core: a child pinned to one CPU (taskset) extracts
 *   generated 500-word articles in a loop (bench/extract-throughput.ts);
 * - commit throughput: generated articles extracted beforehand, then committed one by one with
 *   `commitArticle` into the benchmark Neo4j (the synthetic graph when the graph part ran first);
 * - memory: a folder of 1,000 generated articles through the CLI's streaming folder path
 *   (server/cli/ingest.ts) in a child process; its peak RSS (VmHWM) read at exit.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitArticle } from '../server/graph/writes/commit-article.ts';
import { buildGazetteer } from '../seed/ingest/build-gazetteer.ts';
import { extractArticle } from '../seed/ingest/extract-article.ts';
import { loadGazetteerEntries } from '../seed/ingest/load-gazetteer.ts';
import { readArticle } from '../seed/ingest/read-article.ts';
import { prepareDatabase } from '../server/prepare-database.ts';
import type { BenchNeo4j } from './bench-neo4j.ts';
import { articleGenerator } from './generate-articles.ts';
import { round, summarize, type LatencySummary } from './stats.ts';

/** Articles extracted in the timed loop. */
const EXTRACT_COUNT = 1_000;
/** Articles committed in the timed loop (after COMMIT_WARMUP unmeasured ones). */
const COMMIT_COUNT = 200;
const COMMIT_WARMUP = 10;
/** Articles in the folder given to the CLI. */
const FOLDER_COUNT = 1_000;

export interface IngestBenchResult {
  extraction: {
    articles: number;
    averageWords: number;
    languages: { en: number; fr: number };
    pinnedToOneCore: boolean;
    seconds: number;
    cpuSeconds: number;
    perSecond: number;
    perCpuSecond: number;
    latencyMs: LatencySummary;
    entitiesPerArticle: number;
    relationsPerArticle: number;
  };
  commit: {
    articles: number;
    seconds: number;
    perSecond: number;
    latencyMs: LatencySummary;
    statementsPerArticle: number;
    graphNodesBefore: number;
  };
  folder: {
    articles: number;
    extracted: number;
    seconds: number;
    peakRssMb: number;
    peakSampledRssMb: number;
    command: string;
  };
}

function runChild(command: string, args: string[], onStdoutLine?: (line: string) => void): Promise<{ code: number; stdout: string; stderr: string; peakSampledKb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'error' } });
    let stdout = '';
    let stderr = '';
    let pending = '';
    let peakSampledKb = 0;
    const sample = setInterval(() => {
      try {
        peakSampledKb = Math.max(peakSampledKb, residentKb(child.pid));
      } catch {
        // the process is gone
      }
    }, 100);
    child.stdout.on('data', (chunk: Buffer) => {
      if (!onStdoutLine) {
        stdout += chunk.toString('utf8');
        return;
      }
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onStdoutLine(line);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(sample);
      resolve({ code: code ?? 1, stdout, stderr, peakSampledKb });
    });
  });
}

/** VmRSS of a live process, in kB. */
function residentKb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  return Number(/^VmRSS:\s*(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '0');
}

export async function benchIngest(neo: BenchNeo4j, say: (message: string) => void): Promise<IngestBenchResult> {
  // 1. Extraction on one core.
  const pinned = process.platform === 'linux';
  const extractArgs = ['--import', 'tsx', join('bench', 'extract-throughput.ts'), String(EXTRACT_COUNT)];
  const extracted = pinned
    ? await runChild('taskset', ['-c', '0', process.execPath, ...extractArgs])
    : await runChild(process.execPath, extractArgs);
  if (extracted.code !== 0) throw new Error(`extraction benchmark failed:\n${extracted.stderr}`);
  const extraction = { ...(JSON.parse(extracted.stdout) as Omit<IngestBenchResult['extraction'], 'pinnedToOneCore'>), pinnedToOneCore: pinned };
  say(`extraction: ${extraction.perSecond.toFixed(0)} articles/s wall, ${extraction.perCpuSecond.toFixed(0)} per CPU second (one core)`);

  // 2. Commit throughput into Neo4j.
  await prepareDatabase({ driver: neo.driver, database: undefined }, { skipSeed: false }, say);
  const entries = await loadGazetteerEntries();
  const gazetteer = buildGazetteer(entries);
  const generate = articleGenerator(entries, 11);
  const encoder = new TextEncoder();
  const prepared = Array.from({ length: COMMIT_WARMUP + COMMIT_COUNT }, (_, i) => {
    const article = generate(i);
    const text = readArticle({ bytes: encoder.encode(article.markdown), name: article.name });
    return { article, extraction: extractArticle(text, gazetteer), text: text.text };
  });
  const countResult = await neo.driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
  const graphNodesBefore = Number(countResult.records[0]?.get('nodes') ?? 0);
  const latencies: number[] = [];
  let statements = 0;
  let started = 0;
  for (let i = 0; i < prepared.length; i++) {
    if (i === COMMIT_WARMUP) started = performance.now();
    const { article, extraction: result, text } = prepared[i] as (typeof prepared)[number];
    const t = performance.now();
    const summary = await commitArticle({ driver: neo.driver, database: undefined }, result, {
      text,
      title: article.title,
      url: `https://example.org/bench/${i}`,
      publishedAt: article.date,
      language: article.language,
      source: 'benchmark',
    });
    if (i >= COMMIT_WARMUP) {
      latencies.push(performance.now() - t);
      statements += summary.statements.length;
    }
  }
  const commitSeconds = (performance.now() - started) / 1000;
  const commit = {
    articles: COMMIT_COUNT,
    seconds: round(commitSeconds),
    perSecond: round(COMMIT_COUNT / commitSeconds, 1),
    latencyMs: summarize(latencies),
    statementsPerArticle: round(statements / COMMIT_COUNT, 1),
    graphNodesBefore,
  };
  say(`commit: ${commit.perSecond} articles/s (p50 ${commit.latencyMs.p50} ms, p95 ${commit.latencyMs.p95} ms)`);

  // 3. A folder of 1,000 articles through the CLI's streaming path, peak RSS of that process.
  const folder = mkdtempSync(join(tmpdir(), 'chipgraph-bench-articles-'));
  try {
    for (let i = 0; i < FOLDER_COUNT; i++) {
      const article = generate(10_000 + i);
      writeFileSync(join(folder, article.name), article.markdown);
    }
    const cliArgs = ['--import', 'tsx', '--import', './bench/peak-rss-on-exit.ts', join('server', 'cli', 'ingest.ts'), '--dry-run', '--offline', folder];
    let lines = 0;
    const t = performance.now();
    const run = await runChild(process.execPath, cliArgs, () => {
      lines++;
    });
    const seconds = (performance.now() - t) / 1000;
    const peakKb = Number(/CHIPGRAPH_PEAK_RSS_KB (\d+)/.exec(run.stderr)?.[1] ?? '0');
    if (peakKb === 0) throw new Error(`the CLI did not report its peak memory (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
    say(`folder: ${lines} of ${FOLDER_COUNT} articles through the CLI in ${seconds.toFixed(1)} s, peak RSS ${(peakKb / 1024).toFixed(0)} MB`);
    return {
      extraction: {
        ...extraction,
        seconds: round(extraction.seconds),
        cpuSeconds: round(extraction.cpuSeconds),
        perSecond: round(extraction.perSecond, 1),
        perCpuSecond: round(extraction.perCpuSecond, 1),
        entitiesPerArticle: round(extraction.entitiesPerArticle, 1),
        relationsPerArticle: round(extraction.relationsPerArticle, 1),
      },
      commit,
      folder: {
        articles: FOLDER_COUNT,
        extracted: lines,
        seconds: round(seconds),
        peakRssMb: round(peakKb / 1024, 1),
        peakSampledRssMb: round(run.peakSampledKb / 1024, 1),
        command: 'node --import tsx server/cli/ingest.ts --dry-run --offline FOLDER',
      },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
