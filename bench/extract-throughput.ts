/**
 * Extraction throughput, run by ingest.bench.ts in a child pinned to one core (taskset): generated
 * 500-word articles (English and French) read and extracted in a loop with the offline gazetteer.
 * Prints one JSON object on stdout. Usage: extract-throughput.ts COUNT
 */
import { buildGazetteer } from '../seed/ingest/build-gazetteer.ts';
import { extractArticle } from '../seed/ingest/extract-article.ts';
import { loadGazetteerEntries } from '../seed/ingest/load-gazetteer.ts';
import { readArticle } from '../seed/ingest/read-article.ts';
import { articleGenerator } from './generate-articles.ts';
import { summarize } from './stats.ts';

/** Distinct articles cycled through (generated before the clock starts). */
const DISTINCT = 200;
const WARMUP = 40;

const count = Number(process.argv[2] ?? '1000');
const entries = await loadGazetteerEntries();
const gazetteer = buildGazetteer(entries);
const generate = articleGenerator(entries, 7);
const encoder = new TextEncoder();
const articles = Array.from({ length: DISTINCT }, (_, i) => generate(i));
const inputs = articles.map((a) => ({ bytes: encoder.encode(a.markdown), name: a.name }));
const words = articles.reduce((sum, a) => sum + a.words, 0) / articles.length;

let entities = 0;
let relations = 0;
for (let i = 0; i < WARMUP; i++) extractArticle(readArticle(inputs[i % DISTINCT] ?? { bytes: new Uint8Array() }), gazetteer);
const latencies: number[] = [];
const cpu = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < count; i++) {
  const t = performance.now();
  const result = extractArticle(readArticle(inputs[i % DISTINCT] ?? { bytes: new Uint8Array() }), gazetteer);
  latencies.push(performance.now() - t);
  entities += result.entities.length;
  relations += result.relations.length;
}
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
process.stdout.write(`${JSON.stringify({
  articles: count,
  averageWords: Math.round(words),
  languages: { en: articles.filter((a) => a.language === 'en').length, fr: articles.filter((a) => a.language === 'fr').length },
  seconds,
  cpuSeconds,
  perSecond: count / seconds,
  perCpuSecond: count / cpuSeconds,
  latencyMs: summarize(latencies),
  entitiesPerArticle: entities / count,
  relationsPerArticle: relations / count,
})}\n`);
