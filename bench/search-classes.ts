/**
 * Search latency per kind of input, for two rules side by side on the same graph: `before` is
 * the rule of server/graph/reads/search-entities.ts (TYPO_RULE) with every word a prefix, `after`
 * TYPO_RULE itself, where only the last word is a prefix (`lastWordPrefix`); SEARCH_CLASSES_COMPARE=typo-length
 * compares instead the rule of 2 December with the one it replaced (every word of three letters or
 * more within one edit, all words required). Each input runs the search's Cypher through the driver
 * with one rule then the other, interleaved, so that a busy shared machine weighs on both alike;
 * each class also says how often the entity the input was made from is among the 10 hits.
 *
 *   BENCH_SCALE=1 node --import tsx bench/search-classes.ts   (prints a Markdown table)
 *   SEARCH_CLASSES_URI=bolt://… reuses a Neo4j that holds the benchmark graph at that scale.
 */
import neo4j from 'neo4j-driver';
import { ENTITY_NAMES_INDEX } from '../server/graph/apply-database-schema.ts';
import { luceneQuery, SEARCH, TYPO_RULE, type TypoRule } from '../server/graph/reads/search-entities.ts';
import { integer } from '../server/graph/reads/integer-parameter.ts';
import { prepareDatabase } from '../server/prepare-database.ts';
import { loadKnowledge } from '../seed/knowledge/load-knowledge.ts';
import { startBenchNeo4j } from './bench-neo4j.ts';
import { benchShape, generateGraph, loadGeneratedGraph } from './generate-graph.ts';
import { prng } from './prng.ts';
import { round, summarize } from './stats.ts';

const PER_CLASS = 40;
const ROUNDS = 5;
const CLASSES = ['prefix', 'full name', 'typo', 'no accents', 'alias', 'model code'] as const;
type InputClass = (typeof CLASSES)[number];

/** The rule in use against a candidate (SEARCH_CLASSES_COMPARE=typo-length: the three-letter rule it replaced against it). */
const RULES: Record<'before' | 'after', TypoRule> = process.env['SEARCH_CLASSES_COMPARE'] === 'typo-length'
  ? { before: { fuzzyMinLength: 3, shortWordsOptional: false }, after: TYPO_RULE }
  : { before: { ...TYPO_RULE, lastWordPrefix: false }, after: TYPO_RULE };

const say = (message: string): void => void process.stderr.write(`[search-classes] ${message}\n`);

/** Inputs of each class made from the generated names (the same rules as the graph benchmark's search texts). */
function inputs(names: Array<{ id: string; name: string; aliases: string[] }>): Array<{ cls: InputClass; text: string; id: string }> {
  const rng = prng(20261202);
  const out: Array<{ cls: InputClass; text: string; id: string }> = [];
  const pick = () => names[Math.floor(rng() * names.length)] as (typeof names)[number];
  for (const cls of CLASSES) {
    let made = 0;
    for (let guard = 0; made < PER_CLASS && guard < 100_000; guard++) {
      const entry = pick();
      const name = entry.name;
      let text: string | undefined;
      if (cls === 'prefix') text = name.slice(0, 3 + Math.floor(rng() * 4));
      else if (cls === 'full name') text = name;
      else if (cls === 'typo') {
        const i = 1 + Math.floor(rng() * Math.max(1, name.length - 2));
        text = `${name.slice(0, i)}${name[i] === 'e' ? 'a' : 'e'}${name.slice(i + 1)}`;
      } else if (cls === 'no accents') {
        const folded = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        if (folded !== name.toLowerCase()) text = folded;
      } else if (cls === 'alias') text = entry.aliases[0];
      else if (/\d/.test(name)) text = name; // model codes: names with a digit
      if (text === undefined) continue;
      out.push({ cls, text, id: entry.id });
      made++;
    }
  }
  return out;
}

async function main(): Promise<void> {
  // SEARCH_CLASSES_URI: a Neo4j that already holds the benchmark graph at this BENCH_SCALE (nothing is loaded).
  const existing = process.env['SEARCH_CLASSES_URI'];
  const neo = existing ? undefined : await startBenchNeo4j(say);
  const driver = neo?.driver ?? neo4j.driver(existing ?? '', undefined, { disableLosslessIntegers: true });
  try {
    const graph = generateGraph(await loadKnowledge(), benchShape());
    if (neo) {
      await prepareDatabase({ driver, database: undefined }, { skipSeed: false }, say);
      const load = await loadGeneratedGraph(driver, graph);
      say(`${graph.entities.length} synthetic entities loaded in ${load.seconds.toFixed(1)} s`);
    }
    const cases = inputs(graph.names);
    const samples = new Map<string, number[]>();
    const found = new Map<string, number>();
    const run = async (rule: keyof typeof RULES, text: string, id: string, cls: InputClass, record: boolean) => {
      const lucene = luceneQuery(text, RULES[rule]);
      const t = performance.now();
      const result = await driver.executeQuery(SEARCH, { index: ENTITY_NAMES_INDEX, lucene, types: null, candidates: integer(40) });
      const ms = performance.now() - t;
      if (!record) return;
      const key = `${cls}\u0000${rule}`;
      samples.set(key, [...(samples.get(key) ?? []), ms]);
      const ids = result.records.slice(0, 10).map((r) => String(r.get('id')));
      if (ids.includes(id)) found.set(key, (found.get(key) ?? 0) + 1);
    };
    for (const c of cases) for (const rule of ['before', 'after'] as const) await run(rule, c.text, c.id, c.cls, false); // warm-up
    for (let pass = 0; pass < ROUNDS; pass++) {
      for (const c of cases) {
        const order = pass % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
        for (const rule of order) await run(rule, c.text, c.id, c.cls, true);
      }
    }
    const lines = [
      `Search Cypher through the driver, ${graph.entities.length.toLocaleString('en')} synthetic entities, ${PER_CLASS} inputs per class × ${ROUNDS} rounds, rules interleaved; ms; found = the entity the input was made from among the 10 hits.`,
      '',
      '| input class | before p50 | before p95 | after p50 | after p95 | found before | found after |',
      '|---|---:|---:|---:|---:|---:|---:|',
    ];
    for (const cls of CLASSES) {
      const b = summarize(samples.get(`${cls}\u0000before`) ?? []);
      const a = summarize(samples.get(`${cls}\u0000after`) ?? []);
      const share = (rule: string) => `${Math.round((100 * (found.get(`${cls}\u0000${rule}`) ?? 0)) / (PER_CLASS * ROUNDS))} %`;
      lines.push(`| ${cls} | ${round(b.p50, 1)} | ${round(b.p95, 1)} | ${round(a.p50, 1)} | ${round(a.p95, 1)} | ${share('before')} | ${share('after')} |`);
    }
    const all = (rule: string) => summarize(CLASSES.flatMap((cls) => samples.get(`${cls}\u0000${rule}`) ?? []));
    lines.push(`| **all** | ${round(all('before').p50, 1)} | ${round(all('before').p95, 1)} | ${round(all('after').p50, 1)} | ${round(all('after').p95, 1)} | | |`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (neo) await neo.stop();
    else await driver.close();
  }
}

main().catch((error: unknown) => {
  say((error as Error).stack ?? String(error));
  process.exit(1);
});
