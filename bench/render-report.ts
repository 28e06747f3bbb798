/** docs/benchmarks.md from docs/benchmarks.json: one section per part, targets with pass/miss marks. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientBenchResult } from './client.bench.ts';
import type { GraphBenchResult } from './graph-api.bench.ts';
import type { IngestBenchResult } from './ingest.bench.ts';
import { EXTRACTION_IDLE_SECONDS, LOAD_TARGETS, type LoadBenchResult } from './load.bench.ts';
import type { Machine } from './machine.ts';
import type { BenchmarkFile, PartRecord } from './run.ts';
import { LARGE_GRAPH_NODES } from '../client/src/graph/layouts.ts';

const mark = (ok: boolean): string => (ok ? 'pass' : '**MISS**');
const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function machineLine(record: PartRecord): string {
  const m: Machine = record.machine;
  return `Measured ${record.date.slice(0, 16).replace('T', ' ')} UTC with \`${record.command}\` on ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM; Node ${m.node}, Java ${m.java}${m.neo4j ? `, Neo4j ${m.neo4j}` : ''}.`;
}

/** How the synthetic graph was loaded, with the time of each step. */
function loadedHow(r: GraphBenchResult): string {
  const imported = r.load.imported;
  if (!imported) {
    return `UNWIND batches of 10,000 rows, one transaction each; schema, knowledge base and sample articles through prepareDatabase ${fmt(r.load.knowledgeBaseSeconds)} s`;
  }
  return `\`neo4j-admin database import full\` from CSV (bench/import-graph.ts): CSV written in ${fmt(imported.csvSeconds)} s (${imported.csvMb} MB), ` +
    `imported in ${fmt(imported.importSeconds)} s (neo4j-admin heap ${imported.settings.heap}, off-heap ${imported.settings.offHeap}), Neo4j restarted in ${fmt(imported.restartSeconds)} s, ` +
    `the schema's constraints and indexes built in ${fmt(imported.indexSeconds)} s; then the knowledge base and sample articles ${fmt(r.load.knowledgeBaseSeconds)} s`;
}

function graphSection(record: PartRecord<GraphBenchResult>): string[] {
  const r = record.result;
  const lines: string[] = ['## Graph API (issue 3)', '', machineLine(record), ''];
  if (record.scale !== undefined && record.scale !== 1) lines.push(`**Run at BENCH_SCALE=${record.scale}: not the target size (200k entities, scale 1).**`, '');
  lines.push(
    `Synthetic graph (bench/generate-graph.ts, seeded): ${r.load.entities.toLocaleString('en')} synthetic entities + the curated knowledge base, ` +
      `${r.load.relationships.toLocaleString('en')} synthetic typed relationships, ${r.load.statements.toLocaleString('en')} statements, ` +
      `${r.load.articles.toLocaleString('en')} articles with ${r.load.mentions.toLocaleString('en')} MENTIONS; in the database ` +
      `${r.database.nodes.toLocaleString('en')} nodes and ${r.database.relationships.toLocaleString('en')} relationships, store ${r.database.storeMb} MB. ` +
      `Generated in ${fmt(r.load.generateSeconds)} s, loaded in ${fmt(r.load.seconds)} s (${loadedHow(r)}). ` +
      `Hubs by degree: ${r.database.hubs.map((h) => `${h.id} ${h.degree.toLocaleString('en')}`).join(', ')}.`,
    '',
    `Each operation: ${r.operations[0]?.http.iterations ?? 0} measured iterations per mode after a warm-up, HTTP and driver interleaved; ` +
      'HTTP = the client\'s GraphQL document POSTed to the real app (child process, keep-alive); driver = the same Cypher and parameters ' +
      '(captured from the explorer module) through neo4j-driver. Latencies in ms; ratio = HTTP p50 / driver p50.',
    '',
    '| operation | HTTP p50 | HTTP p95 | HTTP mean | driver p50 | driver p95 | driver mean | ratio | answer bytes | target | |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
  );
  for (const op of r.operations) {
    const target = op.targetP95 !== undefined ? `HTTP p95 ≤ ${op.targetP95} ms` : '';
    const status = op.targetP95 !== undefined ? mark(op.http.p95 <= op.targetP95) : '';
    lines.push(
      `| ${op.label}${op.errors ? ` (${op.errors} errors)` : ''}${op.note ? ` — ${op.note}` : ''} | ${fmt(op.http.p50)} | ${fmt(op.http.p95)} | ${fmt(op.http.mean)} | ${fmt(op.driver.p50)} | ${fmt(op.driver.p95)} | ${fmt(op.driver.mean)} | ${fmt(op.ratio, 2)} | ${op.httpBytes.toLocaleString('en')} | ${target} | ${status} |`,
    );
  }
  lines.push(
    `| **median ratio HTTP/driver** | | | | | | | **${fmt(r.medianRatio, 2)}** | | ≤ 1.3 | ${mark(r.medianRatio <= 1.3)} |`,
    '',
    ...(r.baseline
      ? [`Floor at the time (the machine is shared: other engineers' tests and Neo4j instances were running): a trivial \`RETURN 1\` through the driver p50 ${fmt(r.baseline.returnOne.p50)} ms / p95 ${fmt(r.baseline.returnOne.p95)} ms; an entity by id p50 ${fmt(r.baseline.lookupById.p50)} ms / p95 ${fmt(r.baseline.lookupById.p95)} ms${r.loadAverage ? `; the machine's load average (1 min) ${fmt(r.loadAverage.min)}–${fmt(r.loadAverage.max)} while the table was measured` : ''}.`, '']
      : []),
    `Server resident memory (the app process alone, Neo4j apart): ${fmt(r.serverRss.afterMb)} MB after the benchmark ` +
      `(peak sampled each second ${fmt(r.serverRss.peakSampledMb)} MB; JS heap used ${fmt(r.serverRss.heapUsedMb)} MB) — target ≤ 400 MB: ${mark(r.serverRss.peakSampledMb <= 400)}.`,
    `Neo4j ${r.neo4j.version}: heap ${r.neo4j.heap}, page cache ${r.neo4j.pageCache} (the store, ${r.database.storeMb} MB, ${r.database.storeMb <= megabytes(r.neo4j.pageCache) ? 'fits in' : 'is larger than'} the page cache).`,
    '',
  );
  if (r.crowd && r.crowd.length > 0) {
    lines.push(
      '**A crowd.** The latency table above runs with the app\'s read cache off (each answer costs its Cypher). Below, ' +
        `${r.crowd[0]?.concurrency ?? 0} clients send mixed reads (every operation's inputs in turn, hubs included) for 20 s, on the app without and with its read cache ` +
        '(server/graph/reads/read-cache.ts: 200 answers, dropped when a write transaction ends or after 5 s).',
      '',
      '| read cache | requests/s | p50 | p95 | max | errors | largest answer (bytes) | app peak RSS (MB) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...r.crowd.map((c) => `| ${c.readCache ? 'on' : 'off'} | ${fmt(c.perSecond)} | ${fmt(c.latency.p50)} | ${fmt(c.latency.p95)} | ${fmt(c.latency.max)} | ${c.errors} | ${c.maxBytes.toLocaleString('en')} | ${fmt(c.peakRssMb)} |`),
      '',
    );
  }
  return lines;
}

/** A Neo4j memory setting ("512m", "1g") in MB. */
function megabytes(setting: string): number {
  const match = /^(\d+(?:\.\d+)?)([kmg])?$/i.exec(setting.trim());
  if (!match) return Number.NaN;
  const unit = (match[2] ?? 'm').toLowerCase();
  return Number(match[1]) * (unit === 'g' ? 1024 : unit === 'k' ? 1 / 1024 : 1);
}

/** Hand-written, dated comparisons between runs, kept at the end of docs/benchmarks.md. */
const HISTORY_FILE = join(process.cwd(), 'docs', 'benchmarks-history.md');

export function renderReport(results: BenchmarkFile): string {
  const lines: string[] = [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (bench/run.ts) from docs/benchmarks.json; do not edit by hand. ' +
      '`npm run bench -- graph|ingest|client|load` runs one part and keeps the others\' last figures. ' +
      'A target that is missed is marked **MISS** with its likely cause below; the measurement is never bent to pass.',
    '',
  ];
  if (results.graph) lines.push(...graphSection(results.graph as PartRecord<GraphBenchResult>));
  if (results.ingest) lines.push(...ingestSection(results.ingest as PartRecord<IngestBenchResult>));
  if (results.client) lines.push(...clientSection(results.client as PartRecord<ClientBenchResult>));
  if (results.load) lines.push(...loadSection(results.load as PartRecord<LoadBenchResult>));
  const notes = notesFor(results);
  if (notes.length > 0) lines.push('## Misses and their causes', '', ...notes, '');
  // Dated comparisons between runs (figures of one run beside an earlier one's), written by hand.
  if (existsSync(HISTORY_FILE)) lines.push(readFileSync(HISTORY_FILE, 'utf8').trim(), '');
  return `${lines.join('\n')}\n`;
}

function loadSection(record: PartRecord<LoadBenchResult>): string[] {
  const r = record.result;
  const codes = (level: LoadBenchResult['levels'][number]): string =>
    level.errors === 0 ? '0' : `${level.errors} (${Object.entries(level.errorCodes).map(([code, n]) => `${code} ${n}`).join(', ')})`;
  const lines: string[] = [
    '## Load (issue 10)',
    '',
    machineLine(record),
    '',
    `The app in a child process on loopback (read cache on, dry-run limit per address off: every client shares 127.0.0.1), over the seed knowledge base and sample articles plus the synthetic graph at scale ${r.graph.scale} ` +
      `(${r.graph.nodes.toLocaleString('en')} nodes, ${r.graph.relationships.toLocaleString('en')} relationships). Each level stops after ${r.bounds.requestsPerLevel} requests or ${r.bounds.secondsPerLevel} s. ` +
      `Mix: ${r.mix.map((op) => `${op.label} ${op.weight} %`).join(', ')}. A process of its own polls /healthz every 100 ms during each level (the benchmark client's own work does not delay its probes); RSS sampled every 500 ms. ` +
      'The 2 cores are shared: with Neo4j, the benchmark client itself, and other people\'s work (the machine\'s load average at the end of each level is in the table). ' +
      'The floor: during each level the same prober also polls a bare Node HTTP server in a process of its own that does nothing else, so its p99 is what the machine alone makes a probe wait.',
    '',
    '| clients | requests | req/s | p50 (ms) | p95 (ms) | p99 (ms) | errors | /healthz p99 (ms) | bare Node /healthz p99, the floor (ms) | app event-loop delay p99 (ms) | app RSS start → peak (MB) | Neo4j heap used (MB) | machine load average |',
    '|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|---:|---:|',
    ...r.levels.map((l) => `| ${l.concurrency} | ${l.requests} | ${fmt(l.perSecond)} | ${fmt(l.latency.p50)} | ${fmt(l.latency.p95)} | ${fmt(l.latency.p99)} | ${codes(l)} | ${fmt(l.healthz.p99)} | ${l.floorHealthz ? fmt(l.floorHealthz.p99) : 'n/a'} | ${l.eventLoopDelay ? fmt(l.eventLoopDelay.p99) : 'n/a'} | ${l.rssMb.start} → ${l.rssMb.peak} | ${l.neo4jHeapMb ?? 'n/a'} | ${l.loadAverage ?? 'n/a'} |`),
    '',
    ...(r.after ? [`After the last level the app's RSS was ${r.after.rssMb} MB, ${fmt(r.after.seconds)} s later, with ${r.after.extractionWorkers} extraction workers left (they exit after ${EXTRACTION_IDLE_SECONDS} s without an article).`, ''] : []),
    'Per operation, p50 / p95 / p99 in ms (requests):',
    '',
    `| clients | ${r.mix.map((op) => op.name).join(' | ')} |`,
    `|---:|${r.mix.map(() => '---').join('|')}|`,
    ...r.levels.map((l) => `| ${l.concurrency} | ${r.mix.map((op) => {
      const o = l.byOperation[op.name];
      return o ? `${fmt(o.p50, 0)} / ${fmt(o.p95, 0)} / ${fmt(o.p99, 0)} (${o.requests}${o.errors ? `, ${o.errors} errors` : ''})` : '';
    }).join(' | ')} |`),
    '',
    '| target (this 2-core machine) | worst level | |',
    '|---|---:|---|',
  ];
  const worstErrors = Math.max(...r.levels.map((l) => l.errors));
  const worstHealthz = Math.max(...r.levels.map((l) => l.healthz.p99));
  const worstRss = Math.max(...r.levels.map((l) => l.rssMb.peak));
  lines.push(
    `| zero errors | ${worstErrors} | ${mark(worstErrors <= LOAD_TARGETS.errors)} |`,
    `| /healthz p99 ≤ ${LOAD_TARGETS.healthzP99Ms} ms during the mix | ${fmt(worstHealthz)} ms | ${mark(worstHealthz <= LOAD_TARGETS.healthzP99Ms)} |`,
    `| app RSS ≤ ${LOAD_TARGETS.appRssMb} MB during the mix | ${worstRss} MB | ${mark(worstRss <= LOAD_TARGETS.appRssMb)} |`,
    ...(r.after ? [`| app RSS ≤ ${LOAD_TARGETS.appRssMb} MB after it | ${r.after.rssMb} MB | ${mark(r.after.rssMb <= LOAD_TARGETS.appRssMb)} |`] : []),
    '',
  );
  return lines;
}

function ingestSection(record: PartRecord<IngestBenchResult>): string[] {
  const { extraction: e, commit: c, folder: f } = record.result;
  return [
    '## Ingestion (issue 4)',
    '',
    machineLine(record),
    '',
    `Articles generated from template sentences (bench/generate-articles.ts) in English and French (${e.languages.en} en / ${e.languages.fr} fr of every ${e.languages.en + e.languages.fr}), ` +
      `${e.averageWords} words on average, naming gazetteer entities by their names, nicknames and French forms; ${e.entitiesPerArticle} entities and ${e.relationsPerArticle} relations found per article.`,
    '',
    '| measure | figure | target | |',
    '|---|---:|---|---|',
    `| extraction, one core${e.pinnedToOneCore ? ' (taskset)' : ''}, articles per CPU second | ${fmt(e.perCpuSecond)} | ≥ 100 | ${mark(e.perCpuSecond >= 100)} |`,
    `| extraction, articles per wall-clock second (shared machine) | ${fmt(e.perSecond)} | | |`,
    `| extraction latency per article p50 / p95 (ms) | ${fmt(e.latencyMs.p50)} / ${fmt(e.latencyMs.p95)} | | |`,
    `| commit into Neo4j (commitArticle, one transaction each), articles/s | ${fmt(c.perSecond)} | ≥ 20 | ${mark(c.perSecond >= 20)} |`,
    `| commit latency p50 / p95 (ms) | ${fmt(c.latencyMs.p50)} / ${fmt(c.latencyMs.p95)} | | |`,
    `| folder of ${f.articles} articles through the CLI, peak RSS (VmHWM) | ${fmt(f.peakRssMb)} MB | ≤ 500 MB | ${mark(f.peakRssMb <= 500)} |`,
    '',
    `Extraction: ${e.articles} articles after a warm-up, ${fmt(e.cpuSeconds)} s of CPU over ${fmt(e.seconds)} s of wall clock (the target is judged on CPU time: ` +
      'the machine is shared, so wall clock includes waiting for the core). ' +
      `Commit: ${c.articles} articles (${c.statementsPerArticle} statements each) into a graph of ${c.graphNodesBefore.toLocaleString('en')} nodes. ` +
      `Folder: \`${f.command}\` extracted ${f.extracted} of ${f.articles} in ${fmt(f.seconds)} s, one article in memory at a time (sampled RSS peak ${fmt(f.peakSampledRssMb)} MB).`,
    '',
  ];
}

function clientSection(record: PartRecord<ClientBenchResult>): string[] {
  const r = record.result;
  const at1000 = r.draw.find((d) => d.nodes === 1_000);
  return [
    '## Client (issue 5)',
    '',
    machineLine(record),
    '',
    `Headless ${r.browser} (playwright-core, system browser). Draw and expand run on bench/client-page/, which uses the explorer's own ` +
      'stylesheet.ts, layouts.ts (`layoutFor` and `runExpansionLayout`, as in the app) and to-elements.ts on cytoscape; a draw runs from the JSON answer in hand ' +
      'to layoutstop plus two painted frames; an expansion until fcose has placed the new nodes (layoutready) and a frame shows them.',
    '',
    '| measure | p50 | p95 / max | target | |',
    '|---|---:|---:|---|---|',
    ...r.draw.map((d) => `| draw ${d.nodes.toLocaleString('en')} nodes, ${d.edges.toLocaleString('en')} edges (ms, ${d.ms.iterations} run${d.ms.iterations > 1 ? 's' : ''}) | ${fmt(d.ms.p50, 0)} | ${fmt(d.ms.max, 0)} | ${d.nodes === 1_000 ? '≤ 1,500 ms' : ''} | ${d.nodes === 1_000 && at1000 ? mark(at1000.ms.p50 <= 1_500) : ''} |`),
    `| expand a node with ${r.expand.neighbours} neighbours on a ${r.expand.canvasNodes}-node canvas, until they are visible (ms) | ${fmt(r.expand.ms.p50, 0)} | ${fmt(r.expand.ms.p95, 0)} | ≤ 300 ms | ${mark(r.expand.ms.p50 <= 300)} |`,
    ...(r.expand.settledMs ? [`| the same, until their 300 ms animation ends (ms) | ${fmt(r.expand.settledMs.p50, 0)} | ${fmt(r.expand.settledMs.p95, 0)} | | |`] : []),
    `| initial JS payload, gzipped (KB) | ${fmt(r.payload.jsGzipKb)} | | ≤ 350 KB | ${mark(r.payload.jsGzipKb <= 350)} |`,
    `| JS heap with 3,000 nodes drawn (MB) | ${fmt(r.heap.at3000Mb)} | | ≤ 300 MB | ${mark(r.heap.at3000Mb <= 300)} |`,
    `| JS heap over ${r.heap.cycles} expand/collapse cycles on the 200-node canvas (MB) | ${fmt(r.heap.beforeCyclesMb)} → ${fmt(r.heap.afterCyclesMb)} (${fmt(r.heap.growthPercent)} %) | | ≤ +10 % | ${mark(r.heap.growthPercent <= 10)} |`,
    '',
    `Payload: ${r.payload.entryFiles.map((f) => `${f.file} ${fmt(f.bytes / 1024)} KB → ${fmt(f.gzipBytes / 1024)} KB gzipped`).join('; ')} ` +
      `(JS ${fmt(r.payload.jsKb)} KB minified; lazily loaded chunks ${fmt(r.payload.lazyJsGzipKb)} KB gzipped, not counted). Heap: CDP Runtime.getHeapUsage after two forced GCs.`,
    '',
  ];
}

/**
 * What profiling (PROFILE of the captured Cypher on the benchmark graph) found behind a slow
 * operation; shown under the table whenever that operation is listed among the misses or slow ones.
 */
const KNOWN_CAUSES: Record<string, string> = {
  entity:
    'entity detail (server/graph/reads/read-entity.ts): the relationships shown (10 per predicate and direction, the best supported ' +
    'first) are read as in the neighbourhood: a hub\'s from its rank indexes, an ordinary node\'s by walking them; evidence and conflicts ' +
    'only when the operation selects them (the explorer\'s panel does not). The articles that name the entity, the newest 100, are read ' +
    'from a rank key on MENTIONS (`entityRank`: the entity\'s id, the article\'s date with its digits inverted, the article\'s id; indexed, ' +
    'written by the commit, backfilled at start and after a backup import) instead of expanding every mention and sorting: PROFILE on ' +
    'nvidia (2,434 mentions at 200k) 7,711 → 703 database hits for that part, 12,750 → 5,743 for the whole statement, and the part no ' +
    'longer grows with the entity\'s mentions (100 index entries and their articles whatever the count). The entity\'s own end of each ' +
    'relationship is returned once and put in place by the resolver (190 times in a hub\'s answer before). What remains for a hub (12:40 ' +
    'measurements on the 200k graph, load average 5–7, the statement\'s variants interleaved): about 5 ms for the 42 rank-index seeks and ' +
    'their ordering, and 6–10 ms for building and decoding the 190 relationships with their other ends (10 + 6 fields each: the same ' +
    'statement returning edge ids only takes 6–9 ms against 13–18); over HTTP the app adds about 6 ms in process (GraphQL execution ' +
    '2.2 ms p50 over the 110 KB answer, in the app\'s schema as in plain graphql-js; JSON and gzip under 1.5 ms) and the loopback ' +
    'hop and the client 3–6 ms more. Next steps: page the relationships (the panel shows all 10 per group; 5 would halve the answer), ' +
    'and measure on a quiet machine, where the floor does not take half the target.',
};
KNOWN_CAUSES['entity-hub'] = KNOWN_CAUSES['entity'] ?? '';
KNOWN_CAUSES['neighborhood-d1-hub'] =
  'neighbourhood (server/graph/reads/read-neighborhood.ts): each edge carries two rank keys kept by the writes ' +
  '(server/graph/writes/rank-edges.ts: the node\'s id, then most sources first, then confidence, then the other end\'s id), indexed per ' +
  'predicate. A hub\'s first hop reads the sizes of its groups first (Neo4j keeps a dense node\'s counts per type, and a LIMIT cannot ' +
  'vary per row), then reads from each group\'s index only what its turn needs (`entriesPerGroup`: 9 entries from each of nvidia\'s 19 ' +
  'groups instead of 151). The two statements are now two auto-commit queries instead of a read transaction (BEGIN and COMMIT were ' +
  'round trips of their own; nvidia p50 26.3 → 23.6 ms, an ordinary company 6.3 → 4.4 ms through the driver at load average 10). ' +
  'PROFILE on nvidia, depth 1: 12,978 database hits, and the time goes to the answer itself: the statement without the walk that finds ' +
  'the edges among the 141 kept nodes (from the 83 that are not hubs, 3,404 relationships) takes 8–9 ms instead of 16–20, and without ' +
  'the 513 edge maps 12–15 ms (12:40, load average 5–7, variants interleaved); the filters on those edges cost nothing measurable, and ' +
  'returning 450 edges instead of 600 at most saved 1 ms. Next step: keep the edges among a hub\'s usual neighbours with the rank ' +
  'keys (so the walk is an index read), or draw a hub\'s first hop with fewer edges between its neighbours; measure on a quiet machine.';
KNOWN_CAUSES['paths'] =
  'paths (server/graph/reads/find-paths.ts, pathSearchLevels in cypher-fragments.ts): Neo4j\'s `SHORTEST k` towards a hub took ' +
  '10–15 s on this machine with or without a degree cap on the nodes passed (the cap is inlined in the search, but the search keeps ' +
  'state for each of the hub\'s 20k neighbours). It is replaced by a breadth-first search written in Cypher from the end with fewer ' +
  'relationships, one level per hop, each node of a level reached once and never a hub (over 500 relationships); the other end is ' +
  'reached by asking, from each node of a level, whether it is joined to it (Neo4j checks from the small side, so a hub there costs ' +
  'nothing more); levels stop growing once `limit` paths are found, so paths come shortest first. A level is cut at 2,000 nodes and ' +
  'the whole search at 10 s (planning included); the answer says `cut: true` when a hub was left unwalked, a level was cut or time ran out. Next step: ' +
  'grow the other end too when it is not a hub (meet in the middle), so that fewer levels are cut at 2,000 nodes.';
KNOWN_CAUSES['neighborhood-d1'] = KNOWN_CAUSES['neighborhood-d1-hub'];
KNOWN_CAUSES['neighborhood-d2'] = KNOWN_CAUSES['neighborhood-d1-hub'];
KNOWN_CAUSES['neighborhood-d2-hub'] = KNOWN_CAUSES['neighborhood-d1-hub'];
KNOWN_CAUSES['search'] =
  'search (server/graph/reads/search-entities.ts): one full-text query, the phrase, the words with only the last one as a prefix (the one ' +
  'still being typed), and the words of four letters or more within one edit. The Cypher is small (5 database hits: the cost is ' +
  'Lucene\'s and the round trip\'s). Per input on the 200k graph (2 December 12:42, load average 7, 30 calls each, rules interleaved): ' +
  '1.9–5.4 ms p50 with the typo clause, 1.0–4.6 without it, 0.7–2.5 ms for `RETURN 1` at the same moments: the typo clause costs ' +
  '0.5–2 ms on the longest names and nothing on the rest (fuzzy only from five letters: within noise). In the app, the search ' +
  'request costs 1.8 ms more than its Cypher (app.fetch in process), and the loopback hop and the client 3 ms more. What sets the ' +
  'HTTP p95 is the machine: the floor\'s own p95 in the benchmark runs is 8.7–60 ms (8.4–17.0 in the four runs of 2 December ' +
  'afternoon). Next step: measure on a quiet machine; an ' +
  'edge-n-gram field of the names only if the prefix clause shows up there.';

/** Misses, each with what the figures say about its cause, and the causes profiling found. */
function notesFor(results: BenchmarkFile): string[] {
  const notes: string[] = [];
  const graph = results.graph?.result as GraphBenchResult | undefined;
  if (graph) {
    for (const op of graph.operations) {
      if (op.targetP95 !== undefined && op.http.p95 > op.targetP95) {
        notes.push(`- ${op.label}: HTTP p95 ${fmt(op.http.p95)} ms > ${op.targetP95} ms (driver p95 ${fmt(op.driver.p95)} ms: ${op.driver.p95 > op.targetP95 ? 'the Cypher itself is over the target' : 'the Cypher is within it; the overhead is GraphQL/HTTP'}).`);
      }
    }
    const missed = graph.operations.some((op) => op.targetP95 !== undefined && op.http.p95 > op.targetP95);
    if (missed && graph.baseline) {
      notes.push(`- the floor in the same run: \`RETURN 1\` through the driver p50 ${fmt(graph.baseline.returnOne.p50)} / p95 ${fmt(graph.baseline.returnOne.p95)} ms. ` +
        'Every call above pays it, and HTTP adds its own 5–10 ms; a p95 target near the floor\'s p95 is judged on a run where the machine is quiet (the dated section at the end gives the load of each run).');
    }
    if (graph.medianRatio > 1.3) notes.push(`- median HTTP/driver ratio ${fmt(graph.medianRatio, 2)} > 1.3.`);
    if (graph.serverRss.peakSampledMb > 400) {
      const largest = [...graph.operations].sort((a, b) => b.httpBytes - a.httpBytes)[0];
      notes.push(`- server resident memory peaked at ${fmt(graph.serverRss.peakSampledMb)} MB > 400 MB (${fmt(graph.serverRss.afterMb)} MB after the run, JS heap ${fmt(graph.serverRss.heapUsedMb)} MB): ` +
        `the peak comes with the largest answers, ${largest ? `${largest.label} at ${(largest.httpBytes / 1e6).toFixed(2)} MB of JSON on average` : ''} (at most 4 edges per node returned), built as objects by the resolver, GraphQL execution and serialization; memory is given back afterwards.`);
    }
    notes.push('- growth (the same operations at 20k, 200k and 1M entities): see the dated growth table at the end. The benchmark loads its graph ' +
      'with `neo4j-admin database import` from CSV (bench/import-graph.ts; `BENCH_LOADER=cypher` for the old UNWIND batches through Bolt, ' +
      'which took 90–469 s for 200k entities), so BENCH_SCALE=5 (about a million nodes and four million relationships) fits the run.');
    const explained = new Set<string>();
    for (const op of graph.operations) {
      const cause = KNOWN_CAUSES[op.name];
      const slow = op.note !== undefined || (op.targetP95 !== undefined && op.http.p95 > op.targetP95) || op.http.p50 > 250;
      if (cause && slow && !explained.has(cause)) {
        explained.add(cause);
        notes.push(`- ${cause}`);
      }
    }
  }
  const ingest = results.ingest?.result as IngestBenchResult | undefined;
  if (ingest) {
    if (ingest.extraction.perCpuSecond < 100) notes.push(`- extraction ${fmt(ingest.extraction.perCpuSecond)} articles per CPU second < 100 (p95 ${fmt(ingest.extraction.latencyMs.p95)} ms per article).`);
    if (ingest.commit.perSecond < 20) {
      notes.push(`- commit ${fmt(ingest.commit.perSecond)} articles/s < 20 (p50 ${fmt(ingest.commit.latencyMs.p50)} ms per article, ${ingest.commit.statementsPerArticle} statements each) into a graph of ` +
        `${ingest.commit.graphNodesBefore.toLocaleString('en')} nodes. Not profiled yet. Places to look first in seed/graph/commit-article.ts: the one large COMMIT_ARTICLE statement ` +
        '(21 statement blocks and 21 refresh blocks), `MERGE (subject)-[edge:PRED {id}]->(object)` when an end is a hub (thousands of relationships ' +
        'of that type to scan), and the MENTIONS merges onto hubs; `SETTLE_CREATED_ENTITIES` filters `n.createdBy` with no index (a scan of every entity) when it runs.');
    }
    if (ingest.folder.peakRssMb > 500) notes.push(`- the CLI peaked at ${fmt(ingest.folder.peakRssMb)} MB > 500 MB on a folder of ${ingest.folder.articles} articles.`);
  }
  const load = results.load?.result as LoadBenchResult | undefined;
  if (load) {
    const worst = [...load.levels].sort((a, b) => b.healthz.p99 - a.healthz.p99)[0];
    if (worst && worst.healthz.p99 > LOAD_TARGETS.healthzP99Ms) {
      const floor = worst.floorHealthz;
      notes.push(`- load: /healthz p99 ${fmt(worst.healthz.p99)} ms > ${LOAD_TARGETS.healthzP99Ms} ms with ${worst.concurrency} client${worst.concurrency === 1 ? '' : 's'} (machine load average ${worst.loadAverage} on 2 cores). ` +
        (floor
          ? `The floor at the same moment, a bare Node server doing nothing else, had a p99 of ${fmt(floor.p99)} ms${floor.p99 > LOAD_TARGETS.healthzP99Ms ? ': the machine alone was over the target' : ''}; `
          : '') +
        (worst.eventLoopDelay
          ? `the app's event-loop delay (perf_hooks, sampled every 10 ms) had a p99 of ${fmt(worst.eventLoopDelay.p99)} ms and a maximum of ${fmt(worst.eventLoopDelay.max)} ms: ` +
            'a probe\'s p99 counts the few long stalls that a p99 over 10 ms samples hides. '
          : '') +
        'What the main thread does under the mix (CPU profiles of the app over whole runs, `BENCH_APP_CPU_PROFILE`, 2 December 12:25 at load average 1.4–1.9 ' +
        'and 13:05 at 7–10): busy 38 % and 49 % of the wall-clock time (busy includes waiting for a core), in many short steps of the requests under way and no long one: ' +
        'yoga\'s Fetch-API adaptation of requests and answers 16–18 % of the busy time, socket writes of Bolt messages (one RUN with PULL per read) 10 % and of the ' +
        'HTTP answers 7–9 % (each write wakes the process at the other end, and on 2 cores the writer then often waits for a core), garbage collection 8 %, the driver ' +
        'unpacking records 6–7 % and capturing a stack trace for every result 5 % (tsx turns source maps on, which makes each capture about three times dearer: ' +
        '18 against 6 µs), compression 5 %, JSON 3 %, the operation budget 2 %; graphql-js\'s development checks (1 %) are gone since NODE_ENV defaults to production ' +
        '(server/runtime-tuning.ts). On a quiet machine the mix is within the target: at 12:25 (load average 1.4–1.9, before the changes below) /healthz p99 16, 47 and ' +
        '71 ms at 1, 8 and 32 clients (floor 28, 8 and 20 ms), 117, 215 and 259 requests/s. Three things keep the loop free, each measured with apps interleaved on one ' +
        'Neo4j: the queue in front of GraphQL (server/http/execution-gate.ts: 4 at once; without it 32 clients gave /healthz p99 858–1,147 ms at load average 10–14), ' +
        'extraction threads 5 points nicer than the server (an analysis waits for a free core instead of taking it from the loop and Neo4j), and a heap growth limit ' +
        'loose enough not to collect too often: at 13:22 (load average 3.3–3.9, two rounds, c=8 / c=32) V8\'s own rule gave an event-loop delay p99 of 32–56 / 32–51 ms ' +
        'and /healthz p99 38–73 / 33–60 ms, growth 30 % 36–41 / 40–42 and 62–75 / 63–79 ms, growth 60 % with the nicer extraction 38–42 / 30–35 and 62–72 / 25–110 ms ' +
        '(floor 9–28 ms); at load average 5–6, growth 30 % had been late more often than V8\'s rule (loop p99 74–82 against 44–59 ms at c=32). What remains is CPU ' +
        'contention: on 2 cores shared with Neo4j, the benchmark client and other people\'s work, a thread that is ready waits for a core, and the floor itself then ' +
        'reaches the target. Next steps: run the app without tsx at run time (a build step to JavaScript: no source-map cost per stack capture, 34 MB and a loader ' +
        'thread less), answer the explorer\'s operations without the Fetch-API adaptation, and measure on a quiet machine.');
    }
    const fat = [...load.levels].sort((a, b) => b.rssMb.peak - a.rssMb.peak)[0];
    if (fat && fat.rssMb.peak > LOAD_TARGETS.appRssMb) {
      notes.push(`- load: app RSS peaked at ${fat.rssMb.peak} MB > ${LOAD_TARGETS.appRssMb} MB with ${fat.concurrency} clients. It counts the extraction worker thread ` +
        '(its own V8 heap, modules, tsx loader and compiled gazetteer, about 100 MB while the dry runs of the mix keep it busy; it exits after ' +
        `${EXTRACTION_IDLE_SECONDS} s without an article), tsx's loader thread (34 MB), and the main thread's V8 heap, which V8's own rule lets grow up to fourfold ` +
        'past what is alive when collection is slow (270 MB reserved for 60–90 MB alive under the mix). server/runtime-tuning.ts limits that growth to ' +
        'CHIPGRAPH_HEAP_GROWTH_PERCENT (60 %: 368–378 MB at the peak against 368–507 MB, apps interleaved at 13:22, load average 3.3–3.9). Next step: the app ' +
        'without tsx at run time (34 MB in the main thread, 18 MB in each extraction worker).');
    }
    if (load.after && load.after.rssMb > LOAD_TARGETS.appRssMb) {
      notes.push(`- load: after the run the app's RSS stayed at ${load.after.rssMb} MB > ${LOAD_TARGETS.appRssMb} MB with ${load.after.extractionWorkers} extraction workers left.`);
    }
  }
  const client = results.client?.result as ClientBenchResult | undefined;
  if (client) {
    const at1000 = client.draw.find((d) => d.nodes === 1_000);
    if (at1000 && at1000.ms.p50 > 1_500) {
      notes.push(`- drawing 1,000 nodes takes ${fmt(at1000.ms.p50, 0)} ms > 1,500 ms. Above ${LARGE_GRAPH_NODES} nodes layoutFor (client/src/graph/layouts.ts) already keeps ` +
        "fcose's spectral step only; what remains is that step plus painting every node's label and glyph on a CPU renderer (--disable-gpu) of a shared 2-core machine.");
    }
    if (client.expand.ms.p50 > 300) notes.push(`- expanding 50 neighbours takes ${fmt(client.expand.ms.p50, 0)} ms > 300 ms until they are visible (runExpansionLayout runs fcose over the new nodes and their drawn neighbours).`);
    if (client.payload.jsGzipKb > 350) notes.push(`- initial JS ${fmt(client.payload.jsGzipKb)} KB gzipped > 350 KB.`);
    if (client.heap.at3000Mb > 300) notes.push(`- JS heap ${fmt(client.heap.at3000Mb)} MB with 3,000 nodes > 300 MB.`);
    if (client.heap.growthPercent > 10) notes.push(`- JS heap grew ${fmt(client.heap.growthPercent)} % over ${client.heap.cycles} expand/collapse cycles > 10 %.`);
  }
  return notes;
}
