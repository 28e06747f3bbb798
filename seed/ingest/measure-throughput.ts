/**
 * Extraction throughput offline on one core: articles of about 500 words (built from the
 * annotated articles) read and extracted in a loop. Run: `npx tsx seed/ingest/measure-throughput.ts [count]`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, type Gazetteer } from './build-gazetteer.ts';
import { findGoldPairs } from './evaluate-extraction.ts';
import { extractArticle } from './extract-article.ts';
import { loadGazetteerEntries } from './load-gazetteer.ts';
import { readArticle } from './read-article.ts';

/** Bodies of about `words` words, one per annotated article (short ones repeated). */
export function sampleArticles(words = 500): Uint8Array[] {
  return findGoldPairs().map(({ article }) => {
    const text = readFileSync(article, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    let body = text;
    while (body.split(/\s+/).length < words) body += `\n\n${text}`;
    return new TextEncoder().encode(body.split(/(?<=\s)/).slice(0, words).join(''));
  });
}

/** Wall-clock and CPU time: on a busy machine the CPU figure is the one-core throughput. */
export function measureThroughput(gazetteer: Gazetteer, count: number): { articles: number; seconds: number; perSecond: number; cpuSeconds: number; perCpuSecond: number } {
  const samples = sampleArticles();
  for (let i = 0; i < 20; i++) extractArticle(readArticle({ bytes: samples[i % samples.length] ?? new Uint8Array(), name: 'a.txt' }), gazetteer);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) extractArticle(readArticle({ bytes: samples[i % samples.length] ?? new Uint8Array(), name: 'a.txt' }), gazetteer);
  const used = process.cpuUsage(cpu);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { articles: count, seconds, perSecond: count / seconds, cpuSeconds, perCpuSecond: count / cpuSeconds };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const gazetteer = buildGazetteer(await loadGazetteerEntries());
  const result = measureThroughput(gazetteer, Number(process.argv[2] ?? 300));
  process.stdout.write(`${result.articles} articles of ~500 words in ${result.seconds.toFixed(2)} s wall (${result.perSecond.toFixed(0)} articles/s), ${result.cpuSeconds.toFixed(2)} s CPU (${result.perCpuSecond.toFixed(0)} articles per CPU second)\n`);
}
