/**
 * `npm run bench` runs every part; `npm run bench -- graph` (or ingest, client, load) runs one.
 * Results are merged into docs/benchmarks.json (a part not run keeps its figures, as written when
 * this run's part is saved: the file is read again then) and
 * rendered as the table in docs/benchmarks.md. Speed targets live here, never in timed tests.
 *
 * Parts:
 *   graph   synthetic graph (BENCH_SCALE=0.05 for a quick trial) + graph API latency, HTTP vs driver
 *   ingest  extraction throughput on one core, commit throughput, peak RSS of a 1,000-article folder
 *   client  headless Chromium: layout and draw time, expand time, payload, JS heap
 *   load    the app under a mix of reads and dry runs at 1, 8 and 32 concurrent clients (loopback,
 *           bounded by BENCH_LOAD_REQUESTS and BENCH_LOAD_SECONDS per level): req/s, p50/p95/p99,
 *           errors, /healthz p99 during the mix, app RSS (synthetic graph at BENCH_SCALE, default 0.05)
 *   report  (alone) re-renders docs/benchmarks.md from docs/benchmarks.json without measuring
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.ts';
import { describeMachine, type Machine } from './machine.ts';
import { renderReport } from './render-report.ts';

export const PARTS = ['graph', 'ingest', 'client', 'load'] as const;
export type Part = (typeof PARTS)[number];

export interface PartRecord<T = unknown> {
  date: string;
  command: string;
  machine: Machine;
  scale?: number;
  result: T;
}

export type BenchmarkFile = Partial<Record<Part, PartRecord>>;

const DOCS = join(process.cwd(), 'docs');
const JSON_FILE = join(DOCS, 'benchmarks.json');
const MD_FILE = join(DOCS, 'benchmarks.md');

const say = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);

function readResults(): BenchmarkFile {
  if (!existsSync(JSON_FILE)) return {};
  try {
    return JSON.parse(readFileSync(JSON_FILE, 'utf8')) as BenchmarkFile;
  } catch {
    return {};
  }
}

function save(results: BenchmarkFile): void {
  mkdirSync(DOCS, { recursive: true });
  writeFileSync(JSON_FILE, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(MD_FILE, renderReport(results));
}

async function main(): Promise<number> {
  const asked = process.argv.slice(2);
  if (asked.length === 1 && asked[0] === 'report') {
    save(readResults()); // re-render docs/benchmarks.md from docs/benchmarks.json, measuring nothing
    return 0;
  }
  const unknown = asked.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) {
    say(`unknown part ${unknown.join(', ')}: choose among ${PARTS.join(', ')}`);
    return 2;
  }
  const parts: Part[] = asked.length === 0 ? [...PARTS] : (asked as Part[]);
  const machine = describeMachine();
  const results = readResults();
  const record = <T>(part: Part, result: T, extra: Partial<PartRecord> = {}): void => {
    results[part] = {
      date: new Date().toISOString(),
      // The invocation as typed: the ingest part commits into the synthetic graph only when graph ran first.
      command: `${(parts.includes('graph') || part === 'load') && process.env['BENCH_SCALE'] ? `BENCH_SCALE=${process.env['BENCH_SCALE']} ` : ''}`
        + `${part === 'load' ? ['BENCH_LOAD_REQUESTS', 'BENCH_LOAD_SECONDS', 'BENCH_LOAD_WITHOUT'].filter((name) => process.env[name]).map((name) => `${name}=${process.env[name]} `).join('') : ''}`
        + `npm run bench${asked.length > 0 ? ` -- ${asked.join(' ')}` : ''}`,
      machine,
      ...extra,
      result,
    };
    // Re-read at write time: another benchmark run may have written its part since this one began.
    save({ ...readResults(), [part]: results[part] });
  };

  let neo: BenchNeo4j | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      say(`${signal}: stopping the benchmark Neo4j`);
      void (neo?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }
  try {
    if (parts.includes('graph') || parts.includes('ingest') || parts.includes('load')) {
      neo = await startBenchNeo4j(say);
      machine.neo4j = neo.version;
      say(`benchmark Neo4j ${neo.version} at ${neo.uri} (heap ${neo.heap}, page cache ${neo.pageCache})`);
    }
    if (parts.includes('graph') && neo) {
      const { benchGraphApi } = await import('./graph-api.bench.ts');
      const scale = Number(process.env['BENCH_SCALE'] ?? '1');
      record('graph', await benchGraphApi(neo, say), { scale });
    }
    if (parts.includes('ingest') && neo) {
      const { benchIngest } = await import('./ingest.bench.ts');
      record('ingest', await benchIngest(neo, say));
    }
    if (parts.includes('load') && neo) {
      // A database of its own: the graph part's graph is larger than the load part's.
      if (parts.includes('graph') || parts.includes('ingest')) {
        await neo.stop();
        neo = await startBenchNeo4j(say);
      }
      const { benchLoad } = await import('./load.bench.ts');
      const result = await benchLoad(neo, say);
      record('load', result, { scale: result.graph.scale });
    }
    if (parts.includes('client')) {
      const { benchClient } = await import('./client.bench.ts');
      record('client', await benchClient(say));
    }
  } finally {
    await neo?.stop();
  }
  say(`results written to docs/benchmarks.json and docs/benchmarks.md`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    say(`benchmark failed: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  },
);
