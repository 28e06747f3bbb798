/**
 * Graph API latency on the synthetic graph: each explorer operation measured twice per iteration,
 * as GraphQL over HTTP (the real app in a child process, the client's own operation documents,
 * fetch with keep-alive) and as the same Cypher with the same parameters run directly through the
 * driver. The Cypher and parameters are captured from the explorer module itself (its function is
 * called once with a recording driver), so the comparison cannot drift from the module.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import type { Driver, ManagedTransaction, QueryConfig, SessionConfig } from 'neo4j-driver';
import type { EntityType } from '../schema/vocabulary.ts';
import { createLogger } from '../server/logger.ts';
import { findPaths } from '../server/graph/reads/find-paths.ts';
import { entityReadOptions, readEntity, type EntityReadOptions } from '../server/graph/reads/read-entity.ts';
import { readNeighborhood } from '../server/graph/reads/read-neighborhood.ts';
import { searchEntities } from '../server/graph/reads/search-entities.ts';
import type { GraphContext } from '../server/graph/access.ts';
import { prepareDatabase } from '../server/prepare-database.ts';
import { loadKnowledge } from '../seed/knowledge/load-knowledge.ts';
import type { BenchNeo4j } from './bench-neo4j.ts';
import { importBenchGraph, type ImportReport } from './import-graph.ts';
import { benchShape, DEFAULT_SHAPE, generateGraph, loadGeneratedGraph, type LoadReport } from './generate-graph.ts';
import { prng } from './prng.ts';
import { median, round, summarize, type LatencySummary } from './stats.ts';
import type { AppMessage } from './serve-app.ts';

/** Measured iterations per operation and mode (after the warm-up). */
const ITERATIONS = 200;
/** Unmeasured iterations per operation and mode first. */
const WARMUP = 25;
/** Distinct inputs per operation, cycled through. */
const INPUTS = 50;
/** A first call slower than this (ms) switches the operation to a bounded run. */
const SLOW_CALL_MS = 1_000;
/** Calls whose median decides whether a run is bounded (one call can be slow by chance). */
const PROBES = 3;
/** Inputs, least iterations and time (ms) of a bounded run. */
const SLOW_INPUTS = 5;
const MIN_SLOW_ITERATIONS = 5;
const OPERATION_BUDGET_MS = 150_000;
/** Time (ms) spent at most capturing inputs, and again warming up, per operation. */
const PREPARE_BUDGET_MS = 60_000;
/** No operation measures for longer than this (ms), slow or not. */
const HARD_BUDGET_MS = 300_000;

export interface OperationResult {
  name: string;
  /** What the operation does, for the table. */
  label: string;
  http: LatencySummary;
  driver: LatencySummary;
  /** HTTP p50 / driver p50. */
  ratio: number;
  /** HTTP mean / driver mean. */
  meanRatio: number;
  /** Average answer size over HTTP, in bytes. */
  httpBytes: number;
  /** Answers with GraphQL errors (should be 0). */
  errors: number;
  /** The latency target of the issue, on HTTP p95, in ms. */
  targetP95?: number;
  /** Why fewer than ITERATIONS were measured. */
  note?: string;
}

export interface GraphBenchResult {
  load: LoadReport & { knowledgeBaseSeconds: number; generateSeconds: number; loader?: 'import' | 'cypher'; imported?: ImportReport };
  database: { nodes: number; relationships: number; storeMb: number; hubs: Array<{ id: string; degree: number }> };
  /** The machine's 1-minute load average, lowest and highest sampled each second while the latency table was measured. */
  loadAverage?: { min: number; max: number };
  /** The floor on this machine at the time: a trivial query and a lookup by id, through the driver. */
  baseline?: { returnOne: LatencySummary; lookupById: LatencySummary };
  operations: OperationResult[];
  medianRatio: number;
  serverRss: { afterMb: number; heapUsedMb: number; peakSampledMb: number };
  /** Mixed reads by concurrent clients, on the app without and with its read cache. */
  crowd?: CrowdResult[];
  neo4j: { version: string; heap: string; pageCache: string };
}

interface Captured {
  cypher: string;
  params: Record<string, unknown>;
  config: QueryConfig;
  /** Run by the module as one auto-commit query (a single round trip), not in a managed transaction. */
  autoCommit?: boolean;
}

interface Operation {
  name: string;
  label: string;
  document: string;
  targetP95?: number;
  inputs: Array<Record<string, unknown>>;
  /** Calls the explorer module with these arguments (to capture its Cypher). */
  call(ctx: GraphContext, variables: Record<string, unknown>): Promise<unknown>;
  /** Measure only the first statement of a call (a paths search that runs out of time asks one more). */
  firstStatementOnly?: boolean;
}

const API_DIR = join(process.cwd(), 'client', 'src', 'api');

/** The client's operation document with the fragments it spreads. */
export function clientDocument(file: string): string {
  const operation = readFileSync(join(API_DIR, file), 'utf8');
  const fragments = readFileSync(join(API_DIR, 'fragments.graphql'), 'utf8')
    .split(/(?=^fragment )/m)
    .filter((fragment) => {
      const name = /^fragment (\w+)/.exec(fragment)?.[1];
      return name !== undefined && operation.includes(`...${name}`);
    });
  return [operation, ...fragments].join('\n');
}

/** What the resolver reads for the client's entity document (its selection decides whether evidence is read). */
function entityReadOptionsOf(document: string): EntityReadOptions {
  const ast = parse(document);
  const fragments = Object.fromEntries(ast.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
  const operation = ast.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === 'entity');
  if (!field || field.kind !== Kind.FIELD) throw new Error('the entity document selects no entity');
  return entityReadOptions({ fieldNodes: [field], fragments });
}

/**
 * Records the queries an explorer module runs through access.ts (auto-commit reads, sessions and
 * managed transactions), and runs them on the real driver.
 */
function recordingContext(driver: Driver, captured: Captured[]): GraphContext {
  const recorder = {
    session(options: SessionConfig) {
      const session = driver.session(options);
      const record = (work: (tx: ManagedTransaction) => Promise<unknown>) => (tx: ManagedTransaction) =>
        work({
          run(cypher: string, params: Record<string, unknown>) {
            captured.push({ cypher, params, config: {} });
            return tx.run(cypher, params);
          },
        } as ManagedTransaction);
      return {
        run(cypher: string, params: Record<string, unknown>, config?: Parameters<ReturnType<Driver['session']>['run']>[2]) {
          captured.push({ cypher, params, config: {}, autoCommit: true });
          return session.run(cypher, params, config);
        },
        executeRead: (work: (tx: ManagedTransaction) => Promise<unknown>, config?: Parameters<ReturnType<Driver['session']>['executeRead']>[1]) => session.executeRead(record(work), config),
        executeWrite: (work: (tx: ManagedTransaction) => Promise<unknown>, config?: Parameters<ReturnType<Driver['session']>['executeRead']>[1]) => session.executeWrite(record(work), config),
        lastBookmarks: () => session.lastBookmarks(),
        close: () => session.close(),
      };
    },
  } as unknown as Driver;
  return { driver: recorder, database: undefined, logger: createLogger('silent') };
}

export async function startApp(uri: string, options: { readCache: boolean; env?: Record<string, string> }): Promise<{ child: ChildProcess; url: string; memory(): Promise<{ rss: number; heapUsed: number; loopDelayP99Ms: number; loopDelayMaxMs: number }> }> {
  const child = fork(join(process.cwd(), 'bench', 'serve-app.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'error', CHIPGRAPH_DATA_DIR: join(process.cwd(), '.chipgraph'), BENCH_READ_CACHE: options.readCache ? '1' : '0', ...options.env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bench app exited (code ${code})`)));
    child.on('message', (message: AppMessage) => {
      if (message.type === 'listening' && message.port) resolve(message.port);
    });
  });
  return {
    child,
    url: `http://127.0.0.1:${port}/graphql`,
    memory: () =>
      new Promise((resolve) => {
        const onMessage = (message: AppMessage): void => {
          if (message.type !== 'memory') return;
          child.off('message', onMessage);
          resolve({ rss: message.rss ?? 0, heapUsed: message.heapUsed ?? 0, loopDelayP99Ms: message.loopDelayP99Ms ?? 0, loopDelayMaxMs: message.loopDelayMaxMs ?? 0 });
        };
        child.on('message', onMessage);
        child.send({ type: 'memory' });
      }),
  };
}

async function postGraphql(url: string, query: string, variables: Record<string, unknown>): Promise<{ bytes: number; errors: boolean }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { errors?: unknown[] };
  return { bytes: text.length, errors: !response.ok || (body.errors?.length ?? 0) > 0 };
}

/** The statements of one call as the module runs them: one auto-commit query, one through executeQuery, or several in one read transaction. */
async function runDirect(driver: Driver, statements: readonly Captured[]): Promise<number> {
  const [only] = statements;
  if (statements.length === 1 && only?.autoCommit) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      return (await session.run(only.cypher, only.params)).records.map((record) => record.toObject()).length;
    } finally {
      await session.close();
    }
  }
  if (statements.length > 1 && statements.every((statement) => statement.autoCommit)) {
    // Several auto-commit queries, one after the other (a hub's neighbourhood reads its group sizes first).
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      let rows = 0;
      for (const statement of statements) rows += (await session.run(statement.cypher, statement.params)).records.map((record) => record.toObject()).length;
      return rows;
    } finally {
      await session.close();
    }
  }
  if (statements.length === 1 && only) {
    const result = await driver.executeQuery(only.cypher, only.params, only.config);
    return result.records.map((record) => record.toObject()).length;
  }
  const session = driver.session();
  try {
    return await session.executeRead(async (tx) => {
      let rows = 0;
      for (const statement of statements) rows += (await tx.run(statement.cypher, statement.params)).records.map((record) => record.toObject()).length;
      return rows;
    });
  } finally {
    await session.close();
  }
}

/** Search texts: prefixes being typed, full names, typos, names without their accents, other languages. */
function searchTexts(names: Array<{ name: string; aliases: string[] }>, seed: number): string[] {
  const rng = prng(seed);
  const texts = ['Nvidia', 'Team Green', 'Huawie', 'Chine', 'Pékin', 'Beijing', 'nvid', 'Cambri', 'H2O', 'Department of Commerce'];
  while (texts.length < INPUTS) {
    const entry = names[Math.floor(rng() * names.length)];
    if (!entry) continue;
    const name = entry.name;
    switch (texts.length % 5) {
      case 0: texts.push(name.slice(0, 3 + Math.floor(rng() * 4))); break; // a prefix being typed
      case 1: texts.push(name); break;
      case 2: { // one letter wrong
        const i = 1 + Math.floor(rng() * Math.max(1, name.length - 2));
        texts.push(`${name.slice(0, i)}${name[i] === 'e' ? 'a' : 'e'}${name.slice(i + 1)}`);
        break;
      }
      case 3: texts.push(name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()); break;
      default: texts.push(entry.aliases[0] ?? name);
    }
  }
  return texts;
}

async function measure(op: Operation, driver: Driver, url: string, say: (m: string) => void): Promise<OperationResult> {
  // Capture the module's Cypher for each input (this also warms both the server's and our caches):
  // the statements of one call (a hub's neighbourhood reads its group sizes first).
  const captured: Captured[][] = [];
  const capture = async (input: Record<string, unknown>): Promise<number> => {
    const statements: Captured[] = [];
    const t = performance.now();
    await op.call(recordingContext(driver, statements), input);
    if (statements.length === 0) throw new Error(`${op.name}: expected a query per call, got none`);
    // A paths search that runs out of time asks one more query (whether both ends exist): the search is the one measured.
    captured.push(op.firstStatementOnly ? statements.slice(0, 1) : statements);
    return performance.now() - t;
  };
  await capture(op.inputs[0] ?? {});
  // The first call plans the query; the second says how long a call takes. A call slower than
  // SLOW_CALL_MS would take hours at 200 iterations: measure fewer, and say so.
  const probes: number[] = [];
  for (let i = 0; i < PROBES && (probes[0] ?? 0) <= OPERATION_BUDGET_MS / 20; i++) {
    const probeStarted = performance.now();
    await op.call({ driver, database: undefined, logger: createLogger('silent') }, op.inputs[i % op.inputs.length] ?? {});
    probes.push(performance.now() - probeStarted);
  }
  const first = median(probes);
  const slow = first > SLOW_CALL_MS;
  // Inputs are captured until PREPARE_BUDGET_MS has gone by: a very slow operation uses fewer of them.
  const prepareStarted = performance.now();
  let inputs = slow ? op.inputs.slice(0, SLOW_INPUTS) : op.inputs;
  for (let k = 1; k < inputs.length; k++) {
    if (performance.now() - prepareStarted > PREPARE_BUDGET_MS) {
      inputs = inputs.slice(0, k);
      break;
    }
    await capture(inputs[k] ?? {});
  }
  const warmup = slow ? 0 : WARMUP; // in a bounded run the captures above were the warm-up
  const planned = slow ? Math.max(MIN_SLOW_ITERATIONS, Math.min(ITERATIONS, Math.floor(OPERATION_BUDGET_MS / (2 * first)))) : ITERATIONS;
  if (slow) say(`${op.name}: one call took ${Math.round(first)} ms; measuring ${planned} iterations instead of ${ITERATIONS}`);
  const warmupStarted = performance.now();
  for (let i = 0; i < warmup && performance.now() - warmupStarted < PREPARE_BUDGET_MS; i++) {
    const k = i % inputs.length;
    await postGraphql(url, op.document, inputs[k] ?? {});
    await runDirect(driver, captured[k] ?? []);
  }
  const http: number[] = [];
  const direct: number[] = [];
  let bytes = 0;
  let errors = 0;
  const timeHttp = async (k: number): Promise<void> => {
    const t = performance.now();
    const answer = await postGraphql(url, op.document, inputs[k] ?? {});
    http.push(performance.now() - t);
    bytes += answer.bytes;
    if (answer.errors) errors++;
  };
  const timeDirect = async (k: number): Promise<void> => {
    const t = performance.now();
    await runDirect(driver, captured[k] ?? []);
    direct.push(performance.now() - t);
  };
  // Interleaved, alternating which goes first, so that load from other processes hits both alike.
  const started = performance.now();
  for (let i = 0; i < planned; i++) {
    const k = i % inputs.length;
    if (i % 2 === 0) {
      await timeHttp(k);
      await timeDirect(k);
    } else {
      await timeDirect(k);
      await timeHttp(k);
    }
    if (performance.now() - started > HARD_BUDGET_MS) break;
  }
  const h = summarize(http);
  const d = summarize(direct);
  const result: OperationResult = {
    name: op.name,
    label: op.label,
    http: h,
    driver: d,
    ratio: round(h.p50 / d.p50),
    meanRatio: round(h.mean / d.mean),
    httpBytes: Math.round(bytes / Math.max(1, http.length)),
    errors,
    ...(op.targetP95 !== undefined ? { targetP95: op.targetP95 } : {}),
    ...(http.length < ITERATIONS ? { note: `only ${http.length} iterations over ${inputs.length} inputs in the time budget (median of the first calls ${Math.round(first)} ms)` } : {}),
  };
  say(`${op.name}: HTTP p50 ${h.p50} p95 ${h.p95} ms; driver p50 ${d.p50} p95 ${d.p95} ms; ratio ${result.ratio}${errors ? `; ${errors} errors` : ''} (${http.length} iterations)`);
  return result;
}

/** How the synthetic graph is loaded: neo4j-admin import from CSV (the default), or Cypher batches over Bolt (BENCH_LOADER=cypher). */
export const BENCH_LOADER: 'import' | 'cypher' = process.env['BENCH_LOADER'] === 'cypher' ? 'cypher' : 'import';

export async function benchGraphApi(neo: BenchNeo4j, say: (message: string) => void): Promise<GraphBenchResult> {
  const knowledge = await loadKnowledge();
  let t = performance.now();
  const graph = generateGraph(knowledge, benchShape());
  const generateSeconds = (performance.now() - t) / 1000;
  say(`generated ${graph.entities.length} entities, ${graph.edges.length} edges, ${graph.statements.length} statements, ${graph.articles.length} articles in ${generateSeconds.toFixed(1)} s; loading with ${BENCH_LOADER === 'import' ? 'neo4j-admin import' : 'Cypher over Bolt'}…`);
  let load: LoadReport;
  let knowledgeBaseSeconds: number;
  let imported: ImportReport | undefined;
  if (BENCH_LOADER === 'import') {
    t = performance.now();
    imported = await importBenchGraph(neo, graph, knowledge, say);
    knowledgeBaseSeconds = imported.knowledgeBaseSeconds;
    const mentions = graph.articles.reduce((sum, a) => sum + a.mentions.length, 0);
    load = {
      entities: graph.entities.length, relationships: graph.edges.length, statements: graph.statements.length, articles: graph.articles.length, mentions,
      seconds: (performance.now() - t) / 1000 - knowledgeBaseSeconds,
    };
  } else {
    t = performance.now();
    await prepareDatabase({ driver: neo.driver, database: undefined }, { skipSeed: false }, say);
    knowledgeBaseSeconds = (performance.now() - t) / 1000;
    load = await loadGeneratedGraph(neo.driver, graph);
  }
  const driver = neo.driver;
  say(`loaded in ${load.seconds.toFixed(1)} s`);

  const counts = await driver.executeQuery('MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  const nodes = Number(counts.records[0]?.get('nodes') ?? 0);
  const relationships = Number(counts.records[0]?.get('relationships') ?? 0);
  const hubRows = await driver.executeQuery(`
MATCH (n:Entity)
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC LIMIT 5
RETURN n.id AS id, degree AS degree`);
  const hubs = hubRows.records.map((r) => ({ id: String(r.get('id')), degree: Number(r.get('degree')) }));
  say(`graph: ${nodes} nodes, ${relationships} relationships; hubs ${hubs.map((h) => `${h.id} (${h.degree})`).join(', ')}`);
  const storeMb = storeSize(neo.dataDir);

  // Inputs: ordinary entities drawn uniformly (most have a handful of edges), hubs by degree.
  const rng = prng(DEFAULT_SHAPE.seed + 1);
  const synthetic = graph.entities;
  const ordinary = Array.from({ length: INPUTS }, () => synthetic[Math.floor(rng() * synthetic.length)]?.id ?? '');
  const hubIds = hubs.map((h) => h.id);
  const hubInputs = Array.from({ length: INPUTS }, (_, i) => hubIds[i % hubIds.length] ?? '');
  const anyOf = (types: EntityType[]): string => {
    const pool = synthetic.filter((e) => types.includes(e.type));
    return pool[Math.floor(rng() * pool.length)]?.id ?? '';
  };
  const pathPairs = Array.from({ length: INPUTS }, (_, i) => ({
    from: anyOf(['Company', 'Chip']),
    to: i % 2 === 0 ? anyOf(['Government', 'Policy', 'Company']) : (hubIds[i % hubIds.length] ?? ''),
  }));

  const searchDoc = clientDocument('search.graphql');
  const neighborhoodDoc = clientDocument('neighborhood.graphql');
  const pathsDoc = clientDocument('paths.graphql');
  const entityDoc = clientDocument('entity.graphql');
  const entityOptions = entityReadOptionsOf(entityDoc);
  const neighborhood = (ctx: GraphContext, v: Record<string, unknown>) => readNeighborhood(ctx, v as unknown as Parameters<typeof readNeighborhood>[1]);
  const operations: Operation[] = [
    {
      name: 'search', label: 'search (prefixes, typos, accents; limit 10)', document: searchDoc, targetP95: 15,
      inputs: searchTexts(graph.names, DEFAULT_SHAPE.seed + 2).map((text) => ({ text, limit: 10 })),
      call: (ctx, v) => searchEntities(ctx, v as { text: string; limit: number }),
    },
    {
      name: 'neighborhood-d1', label: 'neighborhood depth 1, ordinary node', document: neighborhoodDoc, targetP95: 25,
      inputs: ordinary.map((id) => ({ ids: [id], depth: 1 })), call: neighborhood,
    },
    {
      name: 'neighborhood-d1-hub', label: 'neighborhood depth 1, hub', document: neighborhoodDoc, targetP95: 50,
      inputs: hubInputs.map((id) => ({ ids: [id], depth: 1 })), call: neighborhood,
    },
    {
      name: 'neighborhood-d2', label: 'neighborhood depth 2, ordinary node', document: neighborhoodDoc,
      inputs: ordinary.map((id) => ({ ids: [id], depth: 2 })), call: neighborhood,
    },
    {
      name: 'neighborhood-d2-hub', label: 'neighborhood depth 2, hub', document: neighborhoodDoc, targetP95: 150,
      inputs: hubInputs.map((id) => ({ ids: [id], depth: 2 })), call: neighborhood,
    },
    {
      name: 'paths', label: 'paths, maxLength 4 (half to a hub)', document: pathsDoc, targetP95: 300,
      inputs: pathPairs.map((pair) => ({ ...pair, maxLength: 4 })),
      call: (ctx, v) => findPaths(ctx, v as { from: string; to: string; maxLength: number }), firstStatementOnly: true,
    },
    {
      name: 'entity', label: 'entity detail, ordinary node', document: entityDoc,
      inputs: ordinary.map((id) => ({ id })), call: (ctx, v) => readEntity(ctx, v as { id: string }, entityOptions),
    },
    {
      name: 'entity-hub', label: 'entity detail, hub', document: entityDoc, targetP95: 50,
      inputs: hubInputs.map((id) => ({ id })), call: (ctx, v) => readEntity(ctx, v as { id: string }, entityOptions),
    },
  ];

  // The latency table measures the Cypher behind each answer: the app's read cache is off.
  const app = await startApp(neo.uri, { readCache: false });
  let peakSampled = 0;
  const machineLoad = { min: Infinity, max: 0 };
  const sampler = setInterval(() => {
    void app.memory().then((m) => { peakSampled = Math.max(peakSampled, m.rss); });
    const [oneMinute = 0] = loadavg();
    machineLoad.min = Math.min(machineLoad.min, oneMinute);
    machineLoad.max = Math.max(machineLoad.max, oneMinute);
  }, 1000);
  const floor = async (cypher: string, params: Record<string, unknown>): Promise<LatencySummary> => {
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      const t = performance.now();
      await driver.executeQuery(cypher, params);
      if (i >= WARMUP) samples.push(performance.now() - t);
    }
    return summarize(samples);
  };
  const baseline = {
    returnOne: await floor('RETURN 1 AS one', {}),
    lookupById: await floor('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: ordinary[0] ?? '' }),
  };
  say(`floor: RETURN 1 p50 ${baseline.returnOne.p50} ms, lookup by id p50 ${baseline.lookupById.p50} ms`);
  const results: OperationResult[] = [];
  try {
    for (const op of operations) results.push(await measure(op, driver, app.url, say));
  } finally {
    clearInterval(sampler);
  }
  let crowdPeak = 0;
  const crowdSampler = setInterval(() => {
    void app.memory().then((m) => { crowdPeak = Math.max(crowdPeak, m.rss); });
  }, 1000);
  const crowd: CrowdResult[] = [];
  try {
    crowd.push(await measureCrowd(app.url, operations, false, say));
  } finally {
    clearInterval(crowdSampler);
  }
  const memory = await app.memory();
  await stopApp(app.child);
  // The same crowd on an app with its read cache on (as users run it).
  const cachedApp = await startApp(neo.uri, { readCache: true });
  let cachedPeak = 0;
  const cachedSampler = setInterval(() => {
    void cachedApp.memory().then((m) => { cachedPeak = Math.max(cachedPeak, m.rss); });
  }, 1000);
  try {
    crowd.push({ ...(await measureCrowd(cachedApp.url, operations, true, say)), peakRssMb: 0 });
  } finally {
    clearInterval(cachedSampler);
  }
  const cachedMemory = await cachedApp.memory();
  const last = crowd.at(-1);
  if (last) last.peakRssMb = round(Math.max(cachedPeak, cachedMemory.rss) / 2 ** 20, 1);
  await stopApp(cachedApp.child);

  return {
    load: {
      ...load, knowledgeBaseSeconds: round(knowledgeBaseSeconds), generateSeconds: round(generateSeconds), seconds: round(load.seconds),
      loader: BENCH_LOADER, ...(imported ? { imported } : {}),
    },
    database: { nodes, relationships, storeMb, hubs },
    baseline,
    ...(machineLoad.max > 0 ? { loadAverage: { min: round(machineLoad.min, 2), max: round(machineLoad.max, 2) } } : {}),
    operations: results,
    medianRatio: round(median(results.map((r) => r.ratio))),
    crowd: crowd.map((c, i) => (i === 0 ? { ...c, peakRssMb: round(Math.max(crowdPeak, memory.rss) / 2 ** 20, 1) } : c)),
    serverRss: { afterMb: round(memory.rss / 2 ** 20, 1), heapUsedMb: round(memory.heapUsed / 2 ** 20, 1), peakSampledMb: round(Math.max(peakSampled, memory.rss) / 2 ** 20, 1) },
    neo4j: { version: neo.version, heap: neo.heap, pageCache: neo.pageCache },
  };
}

/** Concurrent clients of the crowd measure, and how long it runs (ms). */
const CROWD_CONCURRENCY = 8;
const CROWD_MS = 20_000;

export interface CrowdResult {
  readCache: boolean;
  concurrency: number;
  requests: number;
  perSecond: number;
  errors: number;
  latency: LatencySummary;
  /** Largest answer seen, in bytes. */
  maxBytes: number;
  peakRssMb: number;
}

/**
 * Mixed reads (every operation's inputs in turn) by CROWD_CONCURRENCY clients for CROWD_MS, as a
 * newsroom opening the same hubs: requests per second, latency and errors.
 */
async function measureCrowd(url: string, operations: Operation[], readCache: boolean, say: (m: string) => void): Promise<CrowdResult> {
  const mix = operations.flatMap((op) => op.inputs.map((input) => ({ document: op.document, input })));
  const latencies: number[] = [];
  let errors = 0;
  let maxBytes = 0;
  let next = 0;
  const started = performance.now();
  const client = async (): Promise<void> => {
    while (performance.now() - started < CROWD_MS) {
      const request = mix[next++ % mix.length];
      if (!request) return;
      const t = performance.now();
      try {
        const answer = await postGraphql(url, request.document, request.input);
        if (answer.errors) errors++;
        maxBytes = Math.max(maxBytes, answer.bytes);
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CROWD_CONCURRENCY }, client));
  const seconds = (performance.now() - started) / 1000;
  const result: CrowdResult = {
    readCache, concurrency: CROWD_CONCURRENCY, requests: latencies.length, perSecond: round(latencies.length / seconds), errors,
    latency: summarize(latencies), maxBytes, peakRssMb: 0,
  };
  say(`crowd of ${CROWD_CONCURRENCY}, read cache ${readCache ? 'on' : 'off'}: ${result.perSecond} req/s, p50 ${result.latency.p50} p95 ${result.latency.p95} max ${result.latency.max} ms, ${errors} errors`);
  return result;
}

export async function stopApp(child: ChildProcess): Promise<void> {
  child.disconnect();
  await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/** Size of the database folder, in MB. */
function storeSize(folder: string): number {
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return round(bytes / 2 ** 20, 0);
}
