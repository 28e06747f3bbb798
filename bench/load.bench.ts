/**
 * Load and soak: the real app (a child process, bench/serve-app.ts) on loopback, a mix of the
 * explorer's reads and article dry runs sent by 1, 8 and 32 concurrent clients, each level
 * bounded in requests (BENCH_LOAD_REQUESTS, default 400) and in time (BENCH_LOAD_SECONDS,
 * default 30 s). During each level a prober of its own polls /healthz (and a bare Node server, the floor), and the app's resident
 * memory is sampled. Reported per level: requests per second, p50/p95/p99 (overall and per
 * operation), errors by code, /healthz p50/p99, app RSS (start, peak, end), Neo4j heap used.
 *
 * The graph: the seed knowledge base and sample articles plus the synthetic graph at
 * BENCH_SCALE (default 0.05 here: a quick run). BENCH_LOAD_WITHOUT=dryRun (names, comma-separated)
 * leaves operations out of the mix. Every client shares one address (127.0.0.1), so
 * the per-address dry-run limit is off for this run; everything else is as configured by default.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { EntityType } from '../schema/vocabulary.ts';
import { DEFAULT_EXTRACTION_POOL } from '../server/ingest/extraction-pool.ts';
import { prepareDatabase } from '../server/prepare-database.ts';
import { loadKnowledge } from '../seed/knowledge/load-knowledge.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import type { BenchNeo4j } from './bench-neo4j.ts';
import type { AppMessage } from './serve-app.ts';
import { benchShape, generateGraph, loadGeneratedGraph } from './generate-graph.ts';
import { clientDocument, startApp, stopApp } from './graph-api.bench.ts';
import { prng } from './prng.ts';
import { percentile, round } from './stats.ts';

/** Concurrent clients of each level, in order. */
export const LOAD_LEVELS = [1, 8, 32] as const;
/** Requests per level at most (the level ends at this count or at the time bound, whichever first). */
const REQUESTS_PER_LEVEL = Number(process.env['BENCH_LOAD_REQUESTS'] ?? '400');
/** Seconds per level at most. */
const SECONDS_PER_LEVEL = Number(process.env['BENCH_LOAD_SECONDS'] ?? '30');
/** Operations left out of the mix (comma-separated names, e.g. `dryRun`), to find what slows the others. */
const WITHOUT = new Set((process.env['BENCH_LOAD_WITHOUT'] ?? '').split(',').filter(Boolean));
/** Scale of the synthetic graph (bench/generate-graph.ts) for this part. */
const LOAD_SCALE = Number(process.env['BENCH_SCALE'] ?? '0.05');
/** Pause between two /healthz probes of the poller, in ms. */
const HEALTHZ_INTERVAL_MS = 100;
/** Pause between two memory samples, in ms. */
const MEMORY_INTERVAL_MS = 500;
/** A request that takes longer than this is abandoned and counted as an error (TIMEOUT), in ms. */
const REQUEST_TIMEOUT_MS = 40_000;
/** Distinct inputs per operation, cycled through. */
const INPUTS = 40;

/** Seconds an extraction worker stays without an article before it exits (the report says so). */
export const EXTRACTION_IDLE_SECONDS = DEFAULT_EXTRACTION_POOL.idleMs / 1000;

/** The issue's targets for this machine. */
export const LOAD_TARGETS = { errors: 0, healthzP99Ms: 100, appRssMb: 400 } as const;

interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadOperationResult extends Percentiles {
  requests: number;
  errors: number;
}

export interface LoadLevelResult {
  concurrency: number;
  requests: number;
  seconds: number;
  perSecond: number;
  errors: number;
  /** Errors by GraphQL code, HTTP status or TIMEOUT/NETWORK. */
  errorCodes: Record<string, number>;
  latency: Percentiles;
  byOperation: Record<string, LoadOperationResult>;
  healthz: { probes: number; p50: number; p99: number; max: number; failures: number };
  /**
   * The floor: the same probe, at the same time, of a bare Node HTTP server (a process of its own
   * that does nothing else): what the machine alone makes a probe wait. Undefined in older results.
   */
  floorHealthz?: { probes: number; p50: number; p99: number; max: number };
  /**
   * CPU time of the app's main thread (the event loop) per request of the level, ms: what each
   * request costs the thread /healthz shares, whatever else the machine runs. Linux only (/proc);
   * undefined elsewhere and in older results.
   */
  mainThreadCpuMsPerRequest?: number;
  /** The app's event-loop delay during the level (perf_hooks), ms: how long a callback waited for the loop. */
  eventLoopDelay: { p99: number; max: number };
  rssMb: { start: number; peak: number; end: number };
  /** The machine's 1-minute load average at the end of the level (the machine is shared: other work counts too). */
  loadAverage: number;
  /** Heap used by Neo4j at the end of the level (JMX), MB; null when it cannot be read. */
  neo4jHeapMb: number | null;
}

export interface LoadBenchResult {
  graph: { nodes: number; relationships: number; scale: number };
  /**
   * After the last level: the app's RSS once its extraction workers have exited for want of work
   * (they do after a few idle seconds), and how long that took; undefined in older results.
   */
  after?: { seconds: number; rssMb: number; extractionWorkers: number };
  bounds: { requestsPerLevel: number; secondsPerLevel: number };
  mix: Array<{ name: string; weight: number; label: string }>;
  levels: LoadLevelResult[];
}

export interface MixOperation {
  name: string;
  label: string;
  weight: number;
  document: string;
  inputs: Array<Record<string, unknown>>;
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU time (user and system) the main thread of process `pid` has used, in ms; undefined without /proc. */
function mainThreadCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the third (state) on
    const ticks = Number(fields[11]) + Number(fields[12]); // utime and stime, in clock ticks of 10 ms
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** One GraphQL request; returns the error code when it failed, undefined when it succeeded. */
async function send(url: string, document: string, variables: Record<string, unknown>): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: document, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ extensions?: { code?: string } }> };
    if (body.errors?.length) return body.errors[0]?.extensions?.code ?? `HTTP_${response.status}`;
    return response.ok ? undefined : `HTTP_${response.status}`;
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK';
  }
}

async function neo4jHeapMb(neo: BenchNeo4j): Promise<number | null> {
  try {
    const result = await neo.driver.executeQuery(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.used AS used",
    );
    const used = Number(result.records[0]?.get('used'));
    return Number.isFinite(used) ? round(used / 1024 / 1024, 0) : null;
  } catch {
    return null;
  }
}

/** A bare Node HTTP server in a process of its own, answering every request with 200: the floor of a probe's latency on this machine. */
export async function startFloorServer(): Promise<{ url: string; stop(): void }> {
  const script = "const s=require('node:http').createServer((q,r)=>r.end('ok'));s.listen(0,'127.0.0.1',()=>console.log(s.address().port));process.stdin.on('end',()=>process.exit(0));process.stdin.resume();";
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the floor server exited (code ${code})`)));
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString('utf8').trim())));
  });
  return { url: `http://127.0.0.1:${port}/healthz`, stop: () => child.stdin.end() };
}

/**
 * The prober: a process of its own (so that the benchmark client's work, parsing the answers of
 * 32 clients, does not delay its probes) that polls each URL every `interval` ms, each on its own
 * loop, from `start` until `stop`, and answers `stop` with the latency of every probe, in ms.
 */
const PROBER = `
let running = false; const loops = [];
const probe = async (url, interval, out) => {
  while (running) {
    const t = performance.now();
    try { const r = await fetch(url, { signal: AbortSignal.timeout(10000) }); await r.arrayBuffer(); if (!r.ok) out.failures++; } catch { out.failures++; }
    out.samples.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
};
process.on('message', async (m) => {
  if (m.type === 'start') { running = true; loops.length = 0; for (const url of m.urls) { const out = { samples: [], failures: 0 }; loops.push({ out, done: probe(url, m.interval, out) }); } }
  if (m.type === 'stop') { running = false; await Promise.all(loops.map((l) => l.done)); process.send({ type: 'probes', results: loops.map((l) => l.out) }); }
});
process.on('disconnect', () => process.exit(0));
`;

interface Prober {
  start(urls: string[]): void;
  stop(): Promise<Array<{ samples: number[]; failures: number }>>;
  close(): void;
}

export function startProber(): Prober {
  const child = spawn(process.execPath, ['-e', PROBER], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    start: (urls) => void child.send({ type: 'start', urls, interval: HEALTHZ_INTERVAL_MS }),
    stop: () => new Promise((resolve) => {
      child.once('message', (message: { results: Array<{ samples: number[]; failures: number }> }) => resolve(message.results));
      child.send({ type: 'stop' });
    }),
    close: () => child.disconnect(),
  };
}

export async function runLevel(
  concurrency: number,
  app: Awaited<ReturnType<typeof startApp>>,
  neo: BenchNeo4j,
  mix: MixOperation[],
  seed: number,
  prober: Prober,
  floorUrl?: string,
): Promise<LoadLevelResult> {
  const rng = prng(seed);
  const totalWeight = mix.reduce((sum, op) => sum + op.weight, 0);
  const pick = (): MixOperation => {
    let x = rng() * totalWeight;
    for (const op of mix) if ((x -= op.weight) < 0) return op;
    return mix[mix.length - 1]!;
  };
  const healthzUrl = app.url.replace(/\/graphql$/, '/healthz');
  const latencies: number[] = [];
  const perOperation = new Map<string, { latencies: number[]; errors: number }>(mix.map((op) => [op.name, { latencies: [], errors: 0 }]));
  const errorCodes: Record<string, number> = {};
  let issued = 0;
  let running = true;
  const started = performance.now();
  const deadline = started + SECONDS_PER_LEVEL * 1000;

  const client = async (): Promise<void> => {
    while (issued < REQUESTS_PER_LEVEL && performance.now() < deadline) {
      issued++;
      const op = pick();
      const input = op.inputs[Math.floor(rng() * op.inputs.length)] ?? {};
      const t = performance.now();
      const code = await send(app.url, op.document, input);
      const ms = performance.now() - t;
      latencies.push(ms);
      const stats = perOperation.get(op.name)!;
      stats.latencies.push(ms);
      if (code !== undefined) {
        stats.errors++;
        errorCodes[code] = (errorCodes[code] ?? 0) + 1;
      }
    }
  };


  app.child.send({ type: 'loop-reset' });
  const startRss = (await app.memory()).rss;
  let peakRss = startRss;
  const sampler = async (): Promise<void> => {
    while (running) {
      peakRss = Math.max(peakRss, (await app.memory()).rss);
      await sleep(MEMORY_INTERVAL_MS);
    }
  };

  const cpuAtStart = mainThreadCpuMs(app.child.pid);
  prober.start(floorUrl ? [healthzUrl, floorUrl] : [healthzUrl]);
  const sampling = sampler();
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  const cpuAtEnd = mainThreadCpuMs(app.child.pid);
  running = false;
  const [[probes, floor]] = await Promise.all([prober.stop(), sampling]);
  const { samples: healthz, failures: healthzFailures } = probes ?? { samples: [], failures: 0 };
  const floorStats = floor ? percentiles(floor.samples) : undefined;
  const end = await app.memory();
  const endRss = end.rss;
  const mb = (bytes: number): number => round(bytes / 1024 / 1024, 0);
  const errors = Object.values(errorCodes).reduce((sum, n) => sum + n, 0);
  const healthzStats = percentiles(healthz);
  return {
    concurrency,
    requests: latencies.length,
    seconds: round(seconds),
    perSecond: round(latencies.length / seconds),
    errors,
    errorCodes,
    latency: percentiles(latencies),
    byOperation: Object.fromEntries([...perOperation].map(([name, s]) => [name, { requests: s.latencies.length, errors: s.errors, ...percentiles(s.latencies) }])),
    healthz: { probes: healthz.length, p50: healthzStats.p50, p99: healthzStats.p99, max: healthzStats.max, failures: healthzFailures },
    ...(floor && floorStats ? { floorHealthz: { probes: floor.samples.length, p50: floorStats.p50, p99: floorStats.p99, max: floorStats.max } } : {}),
    ...(cpuAtStart !== undefined && cpuAtEnd !== undefined && latencies.length > 0 ? { mainThreadCpuMsPerRequest: round((cpuAtEnd - cpuAtStart) / latencies.length, 2) } : {}),
    eventLoopDelay: { p99: round(end.loopDelayP99Ms), max: round(end.loopDelayMaxMs) },
    rssMb: { start: mb(startRss), peak: mb(Math.max(peakRss, endRss)), end: mb(endRss) },
    loadAverage: round(loadavg()[0] ?? Number.NaN),
    neo4jHeapMb: await neo4jHeapMb(neo),
  };
}

/** Loads the benchmark's graph into `neo` and builds the mix of operations with their inputs. */
export async function prepareLoad(neo: BenchNeo4j, say: (message: string) => void): Promise<{ mix: MixOperation[]; nodes: number; relationships: number }> {
  const driver = neo.driver;
  await prepareDatabase({ driver, database: undefined }, { skipSeed: false }, say);
  const generated = generateGraph(await loadKnowledge(), benchShape(LOAD_SCALE));
  say(`load: synthetic graph at scale ${LOAD_SCALE}: ${generated.entities.length} entities, ${generated.edges.length} edges; loading…`);
  await loadGeneratedGraph(driver, generated);
  const counts = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  const nodes = Number(counts.records[0]?.get('nodes') ?? 0);
  const relationships = Number(counts.records[0]?.get('relationships') ?? 0);
  const hubRows = await driver.executeQuery('MATCH (n:Entity) WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC LIMIT 5 RETURN n.id AS id');
  const hubs = hubRows.records.map((r) => String(r.get('id')));

  const rng = prng(7_001);
  const entities = generated.entities;
  const anyOf = (types?: EntityType[]): string => {
    const pool = types ? entities.filter((e) => types.includes(e.type)) : entities;
    return pool[Math.floor(rng() * pool.length)]?.id ?? 'nvidia';
  };
  const ordinary = Array.from({ length: INPUTS }, () => anyOf());
  // A fifth of the neighbourhoods and entity panels are hubs, as a newsroom opens the big names.
  const someIds = ordinary.map((id, i) => (i % 5 === 0 ? (hubs[i % hubs.length] ?? id) : id));
  const names = generated.names;
  const searchTexts = Array.from({ length: INPUTS }, (_, i) => {
    const name = names[Math.floor(rng() * names.length)]?.name ?? 'Nvidia';
    return i % 2 === 0 ? name.slice(0, 4) : name;
  });
  const articlesDir = join(process.cwd(), 'seed', 'articles');
  const articles = readdirSync(articlesDir).filter((file) => /\.(md|txt)$/.test(file)).sort().slice(0, 10)
    .map((file) => readFileSync(join(articlesDir, file), 'utf8'));
  const ingestDocument = readFileSync(join(process.cwd(), 'client', 'src', 'add-article', 'ingest-article.graphql'), 'utf8');

  const fullMix: MixOperation[] = [
    { name: 'search', label: 'search (prefixes and names, limit 10)', weight: 35, document: clientDocument('search.graphql'), inputs: searchTexts.map((text) => ({ text, limit: 10 })) },
    { name: 'neighborhood', label: 'neighbourhood depth 1 (a fifth hubs)', weight: 25, document: clientDocument('neighborhood.graphql'), inputs: someIds.map((id) => ({ ids: [id], depth: 1 })) },
    { name: 'entity', label: 'entity detail (a fifth hubs)', weight: 20, document: clientDocument('entity.graphql'), inputs: someIds.map((id) => ({ id })) },
    {
      name: 'paths', label: 'paths, maxLength 4', weight: 12, document: clientDocument('paths.graphql'),
      inputs: Array.from({ length: INPUTS }, () => ({ from: anyOf(['Company', 'Chip']), to: anyOf(['Government', 'Policy', 'Company']), maxLength: 4 })),
    },
    { name: 'dryRun', label: 'article dry run (a sample article)', weight: 8, document: ingestDocument, inputs: articles.map((text) => ({ input: { text }, dryRun: true })) },
  ];
  return { mix: fullMix.filter((op) => !WITHOUT.has(op.name)), nodes, relationships };
}

/** Unmeasured warm-up of a fresh app: every operation's first plans and the extraction worker's start. */
export async function warmUp(url: string, mix: MixOperation[]): Promise<void> {
  for (const op of mix) for (const input of op.inputs.slice(0, 3)) await send(url, op.document, input);
}

/** The app's own report (bench/serve-app.ts): memory, event-loop delay, extraction workers alive. */
function appState(child: ChildProcess): Promise<AppMessage> {
  return new Promise((resolve) => {
    const onMessage = (message: AppMessage): void => {
      if (message.type !== 'memory') return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.send({ type: 'memory' });
  });
}

/** Bound of the wait for the app's idle extraction workers to exit after the last level, in ms. */
const AFTER_WAIT_MS = 60_000;

/** Waits (bounded) until the app has no extraction worker left, then reports its RSS. */
async function afterLoad(child: ChildProcess): Promise<NonNullable<LoadBenchResult['after']>> {
  const started = performance.now();
  let state = await appState(child);
  while ((state.extractionWorkers ?? 0) > 0 && performance.now() - started < AFTER_WAIT_MS) {
    await sleep(MEMORY_INTERVAL_MS); // the interval of the poll
    state = await appState(child);
  }
  return { seconds: round((performance.now() - started) / 1000, 1), rssMb: round((state.rss ?? 0) / 1024 / 1024, 0), extractionWorkers: state.extractionWorkers ?? 0 };
}

export async function benchLoad(neo: BenchNeo4j, say: (message: string) => void): Promise<LoadBenchResult> {
  const { mix, nodes, relationships } = await prepareLoad(neo, say);
  // BENCH_APP_CPU_PROFILE=<file> (passed on to the app): a CPU profile of the app's main thread over the whole run (bench/serve-app.ts).
  const app = await startApp(neo.uri, { readCache: true, env: { CHIPGRAPH_DRY_RUNS_PER_MINUTE: '0' } });
  const floor = await startFloorServer();
  const prober = startProber();
  const levels: LoadLevelResult[] = [];
  let after: LoadBenchResult['after'];
  try {
    await warmUp(app.url, mix);
    prober.start([app.url.replace(/\/graphql$/, '/healthz'), floor.url]); // the prober's own first fetches, not counted
    await warmUp(app.url, mix.slice(0, 1));
    await prober.stop();
    for (const concurrency of LOAD_LEVELS) {
      const level = await runLevel(concurrency, app, neo, mix, 9_000 + concurrency, prober, floor.url);
      levels.push(level);
      say(`load c=${concurrency}: ${level.requests} requests in ${level.seconds} s, ${level.perSecond} req/s, p50 ${level.latency.p50} p95 ${level.latency.p95} p99 ${level.latency.p99} ms, `
        + `${level.errors} errors${level.errors ? ` ${JSON.stringify(level.errorCodes)}` : ''}; /healthz p99 ${level.healthz.p99} ms (bare Node's ${level.floorHealthz?.p99} ms); event-loop delay p99 ${level.eventLoopDelay.p99} ms; `
        + `main thread ${level.mainThreadCpuMsPerRequest ?? '?'} ms CPU a request; `
        + `RSS ${level.rssMb.start} → peak ${level.rssMb.peak} MB`);
    }
    after = await afterLoad(app.child);
    say(`load: after the levels, ${after.seconds} s later, app RSS ${after.rssMb} MB with ${after.extractionWorkers} extraction workers`);
  } finally {
    floor.stop();
    prober.close();
    await stopApp(app.child);
  }
  return {
    graph: { nodes, relationships, scale: LOAD_SCALE },
    ...(after ? { after } : {}),
    bounds: { requestsPerLevel: REQUESTS_PER_LEVEL, secondsPerLevel: SECONDS_PER_LEVEL },
    mix: mix.map(({ name, weight, label }) => ({ name, weight, label })),
    levels,
  };
}
