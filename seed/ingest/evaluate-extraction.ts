/**
 * Runs the pipeline over every annotated article of a set and scores it: the sample articles
 * written with the rules (`seed/articles/`, the seed article among them) or the held-out set
 * (`seed/articles/held-out/dev` and `test`), which the rules were never written against. Used by `extraction-quality.test.ts`;
 * run directly (`npx tsx seed/ingest/evaluate-extraction.ts [--set=dev] [--details] [--by-predicate] [--by-family]`) it prints a
 * per-article table, and on request the figures per predicate and the precision per family of rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, type Gazetteer } from './build-gazetteer.ts';
import { extractArticle } from './extract-article.ts';
import type { ExtractionResult } from './extraction-contract.ts';
import { loadGazetteerEntries } from './load-gazetteer.ts';
import { readArticle } from './read-article.ts';
import { precisionRecall, relationKey, scoreExtraction, type ExtractionScore, type GoldReading } from './score-extraction.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The annotated sets, each a folder of articles with a `.gold.json` beside each. */
export const ARTICLE_SETS = {
  /** Written alongside the rules: an upper bound. */
  samples: [join(REPO, 'seed', 'articles')],
  /** Held out, part one: may be read and tuned on. */
  dev: [join(REPO, 'seed', 'articles', 'held-out', 'dev')],
  /** Held out, part two: scored, never opened to tune the rules. */
  test: [join(REPO, 'seed', 'articles', 'held-out', 'test')],
} as const;
export type ArticleSet = keyof typeof ARTICLE_SETS;

export interface ArticleEvaluation {
  name: string;
  result: ExtractionResult;
  score: ExtractionScore;
}

/** Gold files with their article beside them, in the folders that exist. */
export function findGoldPairs(folders: readonly string[] = ARTICLE_SETS.samples): Array<{ gold: string; article: string }> {
  const pairs: Array<{ gold: string; article: string }> = [];
  for (const folder of folders) {
    if (!existsSync(folder)) throw new Error(`The annotated article folder ${folder} is missing.`);
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.gold.json')) continue;
      const gold = join(folder, name);
      const articleName = (JSON.parse(readFileSync(gold, 'utf8')) as GoldReading).article;
      const article = join(folder, articleName ?? '');
      if (!articleName || !existsSync(article)) throw new Error(`${gold} names an article that is not beside it.`);
      pairs.push({ gold, article });
    }
  }
  return pairs;
}

/**
 * The gazetteer as it stood when an article was annotated: entities its gold marks new (absent from
 * the knowledge base then, added since) are hidden, so that finding them stays the new-candidate
 * detection's work and the figures stay comparable over time.
 */
function gazetteerAtAnnotation(gazetteer: Gazetteer, reading: GoldReading, cache: Map<string, Gazetteer>): Gazetteer {
  const hidden = reading.entities.filter((entity) => entity.isNew && gazetteer.entries.has(entity.id)).map((entity) => entity.id).sort();
  if (hidden.length === 0) return gazetteer;
  const key = hidden.join(' ');
  let older = cache.get(key);
  if (!older) {
    const hide = new Set(hidden);
    older = buildGazetteer([...gazetteer.entries.values()].filter((entry) => !hide.has(entry.id)));
    cache.set(key, older);
  }
  return older;
}

export function evaluate(gazetteer: Gazetteer, pairs = findGoldPairs()): ArticleEvaluation[] {
  const older = new Map<string, Gazetteer>();
  return pairs.map(({ gold, article }) => {
    const bytes = readFileSync(article);
    const read = readArticle({ bytes, name: article });
    const reading = JSON.parse(readFileSync(gold, 'utf8')) as GoldReading;
    const result = extractArticle(read, gazetteerAtAnnotation(gazetteer, reading, older));
    return { name: reading.article, result, score: scoreExtraction(result, reading, bytes.toString('utf8')) };
  });
}

export function totals(evaluations: readonly ArticleEvaluation[]): { entities: ReturnType<typeof precisionRecall>; relations: ReturnType<typeof precisionRecall>; offsetsValid: number; offsetsTotal: number } {
  const sum = (pick: (s: ExtractionScore) => { truePositives: number; predicted: number; gold: number }): ReturnType<typeof precisionRecall> => {
    let tp = 0; let predicted = 0; let gold = 0;
    for (const { score } of evaluations) { const x = pick(score); tp += x.truePositives; predicted += x.predicted; gold += x.gold; }
    return precisionRecall(tp, predicted, gold);
  };
  return {
    entities: sum((s) => s.entities),
    relations: sum((s) => s.relations),
    offsetsValid: evaluations.reduce((n, e) => n + e.score.offsets.valid, 0),
    offsetsTotal: evaluations.reduce((n, e) => n + e.score.offsets.total, 0),
  };
}

export function formatTable(evaluations: readonly ArticleEvaluation[], details = false): string {
  const pct = (x: number): string => (x * 100).toFixed(0).padStart(4);
  const lines = ['article                                    ent P   R   F1 | rel P   R   F1 | rel tp/gold'];
  for (const { name, score } of evaluations) {
    const e = precisionRecall(score.entities.truePositives, score.entities.predicted, score.entities.gold);
    const r = precisionRecall(score.relations.truePositives, score.relations.predicted, score.relations.gold);
    lines.push(`${name.padEnd(42).slice(0, 42)} ${pct(e.precision)}${pct(e.recall)}${pct(e.f1)} | ${pct(r.precision)}${pct(r.recall)}${pct(r.f1)} | ${score.relations.truePositives}/${score.relations.gold}`);
    if (details) {
      if (score.entities.missed.length) lines.push(`    missed entities: ${score.entities.missed.join(', ')}`);
      if (score.entities.extra.length) lines.push(`    extra entities:  ${score.entities.extra.join(', ')}`);
      if (score.relations.missed.length) lines.push(`    missed relations: ${score.relations.missed.join('; ')}`);
      if (score.relations.extra.length) lines.push(`    extra relations:  ${score.relations.extra.join('; ')}`);
    }
  }
  const t = totals(evaluations);
  lines.push(`${'TOTAL (micro)'.padEnd(42)} ${pct(t.entities.precision)}${pct(t.entities.recall)}${pct(t.entities.f1)} | ${pct(t.relations.precision)}${pct(t.relations.recall)}${pct(t.relations.f1)} | offsets ${t.offsetsValid}/${t.offsetsTotal} valid`);
  return lines.join('\n');
}

/** Relation precision and recall per predicate, summed over the articles. */
export function byPredicate(evaluations: readonly ArticleEvaluation[]): Map<string, { tp: number; predicted: number; gold: number }> {
  const table = new Map<string, { tp: number; predicted: number; gold: number }>();
  const row = (predicate: string): { tp: number; predicted: number; gold: number } => {
    let r = table.get(predicate);
    if (!r) { r = { tp: 0, predicted: 0, gold: 0 }; table.set(predicate, r); }
    return r;
  };
  for (const { score } of evaluations) {
    const extra = new Set(score.relations.extra);
    const missed = new Set(score.relations.missed);
    for (const key of extra) row(key.split(' ')[1] ?? '').predicted++;
    for (const key of missed) row(key.split(' ')[1] ?? '').gold++;
    for (const key of score.relations.found) { const r = row(key.split(' ')[1] ?? ''); r.tp++; r.predicted++; r.gold++; }
  }
  return table;
}

export function formatByPredicate(evaluations: readonly ArticleEvaluation[]): string {
  const pct = (x: number): string => (x * 100).toFixed(0).padStart(4);
  const lines = ['predicate               P   R   F1 | tp/gold'];
  for (const [predicate, r] of [...byPredicate(evaluations)].sort((a, b) => b[1].gold - a[1].gold)) {
    const pr = precisionRecall(r.tp, r.predicted, r.gold);
    lines.push(`${predicate.padEnd(22)}${pct(pr.precision)}${pct(pr.recall)}${pct(pr.f1)} | ${r.tp}/${r.gold}`);
  }
  return lines.join('\n');
}

/** Families of rules, by the start of their ids: the classes of issue 9 ("where the recall is lost"). */
const RULE_FAMILIES: ReadonlyArray<[string, RegExp]> = [
  ['policies in everyday words', /^(?:policy|government-(?:issues|verb|rescinds)|published-by|en\.government-possessive-policy|fr\.policy-of|en\.policy-rescinded|urges|exports?-)/],
  ['nationality and place', /^nationality/],
  ['competition', /compet|rival/],
  ['leaders and agencies', /lead|person|agency|role|state-possessive|head-of-state|minister|title/],
  ['trade: buys, sells, supplies, pays', /buys|sell|suppl|market|sales|pays|acquir|invest/],
  ['makers and chips', /make|design|fabricat|chip|maker|possessive|based|successor/],
];

/** Precision of each family of rules over the relations it produced (recall needs gold labelled by class, which the sets do not carry). */
export function formatByRuleFamily(evaluations: readonly ArticleEvaluation[]): string {
  const pct = (x: number): string => (x * 100).toFixed(0).padStart(4);
  const rows = new Map<string, { tp: number; predicted: number; rules: Set<string> }>();
  for (const { result, score } of evaluations) {
    const found = new Set(score.relations.found);
    const id = (entity: string): string => score.aligned[entity] ?? entity;
    for (const relation of result.relations) {
      const family = RULE_FAMILIES.find(([, pattern]) => pattern.test(relation.rule))?.[0] ?? 'other';
      const row = rows.get(family) ?? { tp: 0, predicted: 0, rules: new Set<string>() };
      row.predicted++;
      row.rules.add(relation.rule);
      if (found.has(relationKey(id(relation.subject), relation.predicate, id(relation.object)))) row.tp++;
      rows.set(family, row);
    }
  }
  const lines = ['family of rules                      P | tp/predicted | rules'];
  for (const [family, row] of [...rows].sort((a, b) => b[1].predicted - a[1].predicted)) {
    lines.push(`${family.padEnd(34)}${pct(row.predicted === 0 ? 1 : row.tp / row.predicted)} | ${`${row.tp}/${row.predicted}`.padEnd(12)} | ${row.rules.size}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const gazetteer = buildGazetteer(await loadGazetteerEntries());
  const set = (process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length) ?? 'samples') as ArticleSet;
  if (!(set in ARTICLE_SETS)) throw new Error(`--set must be one of ${Object.keys(ARTICLE_SETS).join(', ')}`);
  const evaluations = evaluate(gazetteer, findGoldPairs(ARTICLE_SETS[set]));
  process.stdout.write(`${formatTable(evaluations, process.argv.includes('--details'))}\n`);
  if (process.argv.includes('--by-predicate')) process.stdout.write(`\n${formatByPredicate(evaluations)}\n`);
  if (process.argv.includes('--by-family')) process.stdout.write(`\n${formatByRuleFamily(evaluations)}\n`);
}
