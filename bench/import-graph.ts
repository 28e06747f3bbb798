/**
 * Loads a generated benchmark graph with `neo4j-admin database import full` instead of Cypher over
 * Bolt: the graph is written as CSV files (one per entity type and per relationship type), imported
 * into the benchmark database while Neo4j is stopped, and the schema's constraints and indexes are
 * then built over the imported data. This is what makes a graph of a million entities fit in the
 * benchmark's own run (the Bolt loader takes minutes for 200,000).
 *
 * The import writes what loadGeneratedGraph (generate-graph.ts) writes, rank keys included: they are
 * computed here as setEdgeRanks computes them in Cypher, and a sample is checked against that Cypher
 * once Neo4j runs (checkImportedRanks). The curated entities that synthetic edges reach are imported
 * as stubs (id, name, labels); the knowledge base is then merged onto them by id.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { ENTITY_TYPES, MENTIONS, PREDICATE_NAMES } from '../schema/vocabulary.ts';
import type { Knowledge } from '../seed/knowledge/load-knowledge.ts';
import { EDGE_ID_SEPARATOR, setEdgeRanks } from '../server/graph/cypher-fragments.ts';
import { resolveClasspath } from '../server/neo4j/local-neo4j.ts';
import type { GraphContext } from '../server/graph/access.ts';
import { applyDatabaseSchema, databaseSchemaStatements } from '../server/graph/apply-database-schema.ts';
import { ingestSampleArticles } from '../server/graph/writes/ingest-sample-articles.ts';
import { loadKnowledgeBase } from '../server/graph/writes/load-knowledge-base.ts';
import type { BenchNeo4j } from './bench-neo4j.ts';
import type { EdgeRow, GeneratedGraph } from './generate-graph.ts';

/** Between the elements of an array in a CSV field: no name, alias or mention text holds it. */
const ARRAY_DELIMITER = '\u001f';
/**
 * Stands for a line break in an article's text in the CSV, put back once imported
 * (restoreLineBreaks): neo4j-admin's reader of multi-line fields fails on these files ("found CR
 * outside a text cell" at a buffer boundary), and one line per row is its fast path.
 */
const LINE_BREAK = '\u001e';
const STATES = 'STATES';

/** A rank from its parts, as rankFrom (server/graph/cypher-fragments.ts) writes it in Cypher. */
export function rankKey(sources: number, confidence: number, otherId: string): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0').slice(-width);
  return [pad(999_999_999 - sources, 9), pad(1000 - Math.round(confidence * 1000), 4), otherId].join(EDGE_ID_SEPARATOR);
}

/** The two rank keys of a generated edge, as setEdgeRanks sets them. */
export function edgeRanks(edge: Pick<EdgeRow, 'subject' | 'object' | 'sources' | 'confidence'>): { outRank: string; inRank: string } {
  return {
    outRank: `${edge.subject}${EDGE_ID_SEPARATOR}${rankKey(edge.sources, edge.confidence, edge.object)}`,
    inRank: `${edge.object}${EDGE_ID_SEPARATOR}${rankKey(edge.sources, edge.confidence, edge.subject)}`,
  };
}

/** A CSV field: null as an empty unquoted field (no property), strings quoted (RFC 4180), arrays joined. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return field(value.join(ARRAY_DELIMITER));
  if (typeof value === 'string') return `"${value.replaceAll('"', '""')}"`;
  return String(value);
}

/** One CSV file written row by row, in chunks, waiting when the stream's buffer is full. */
class CsvFile {
  private readonly out: WriteStream;
  private chunk: string[] = [];
  rows = 0;
  constructor(readonly path: string, header: readonly string[]) {
    this.out = createWriteStream(path);
    this.out.write(`${header.join(',')}\n`);
  }

  async write(values: readonly unknown[]): Promise<void> {
    this.rows++;
    this.chunk.push(`${values.map(field).join(',')}\n`);
    if (this.chunk.length >= 2000) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.chunk.join('');
    this.chunk = [];
    if (!this.out.write(text)) await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

/** A header column of a property: its name with the import's type when it is not a string. */
function column(name: string, sample: unknown): string {
  if (Array.isArray(sample)) return `${name}:string[]`;
  if (typeof sample === 'boolean') return `${name}:boolean`;
  if (typeof sample === 'number') return Number.isInteger(sample) ? `${name}:long` : `${name}:double`;
  return name;
}

export interface CsvFiles {
  folder: string;
  /** neo4j-admin arguments naming the files: --nodes=… and --relationships=… */
  arguments: string[];
  rows: { nodes: number; relationships: number };
}

/** Writes the generated graph (and stubs of the curated entities it reaches) as CSV files for neo4j-admin. */
export async function writeGraphCsv(graph: GeneratedGraph, knowledge: Knowledge, folder: string): Promise<CsvFiles> {
  mkdirSync(folder, { recursive: true });
  const args: string[] = [];
  const rows = { nodes: 0, relationships: 0 };
  const done = async (file: CsvFile, kind: 'nodes' | 'relationships', labelOrType: string): Promise<void> => {
    await file.close();
    rows[kind] += file.rows;
    args.push(`--${kind}=${labelOrType}=${file.path}`);
  };

  for (const type of ENTITY_TYPES) {
    const entities = graph.entities.filter((e) => e.type === type);
    // Every entity of a type has the same properties (generate-graph.ts), some of them optional: the union, typed from any value.
    const samples = new Map<string, unknown>();
    for (const entity of entities) {
      for (const [name, value] of Object.entries(entity.properties)) {
        if (name !== 'id' && value !== null && value !== undefined && (!samples.has(name) || (Array.isArray(value) && value.length > 0))) samples.set(name, value);
      }
    }
    const names = [...samples.keys()];
    const file = new CsvFile(join(folder, `entity-${type}.csv`), ['id:ID(Entity)', ...names.map((name) => column(name, samples.get(name)))]);
    for (const entity of entities) await file.write([entity.id, ...names.map((name) => entity.properties[name] ?? null)]);
    await done(file, 'nodes', `Entity:${type}`);
  }
  // The curated entities synthetic edges reach: stubs the knowledge base is merged onto (by id).
  const curated = new Map(knowledge.entities.map((e) => [e.id, e]));
  const reached = new Set(graph.edges.flatMap((edge) => [edge.subject, edge.object]).filter((id) => curated.has(id)));
  for (const type of ENTITY_TYPES) {
    const file = new CsvFile(join(folder, `curated-${type}.csv`), ['id:ID(Entity)', 'name']);
    for (const id of reached) {
      const record = curated.get(id);
      if (record?.type === type) await file.write([id, record.name]);
    }
    await done(file, 'nodes', `Entity:${type}`);
  }

  const articles = new CsvFile(join(folder, 'articles.csv'), ['id:ID(Article)', 'title', 'url', 'language', 'publishedAt', 'source', 'text', 'contentHash', 'ingestedAt:datetime']);
  const now = new Date().toISOString();
  for (const a of graph.articles) {
    const p = a.properties;
    await articles.write([a.id, p['title'], p['url'], p['language'], p['publishedAt'], p['source'], String(p['text']).replaceAll('\n', LINE_BREAK), p['contentHash'], now]);
  }
  await done(articles, 'nodes', 'Article');
  const statementColumns = ['edgeId', 'predicate', 'subjectId', 'objectId', 'sentence', 'start:long', 'end:long', 'confidence:double', 'rule', 'date', 'validFrom', 'validTo'];
  const statements = new CsvFile(join(folder, 'statements.csv'), ['id:ID(Statement)', ...statementColumns, 'firstSeen:datetime']);
  for (const s of graph.statements) {
    await statements.write([s.id, ...statementColumns.map((c) => s.properties[c.split(':')[0] ?? ''] ?? null), now]);
  }
  await done(statements, 'nodes', 'Statement');

  const edgeHeader = [':START_ID(Entity)', ':END_ID(Entity)', 'id', 'confidence:double', 'sources:long', 'firstSeen:datetime', 'date', 'validFrom', 'validTo', 'outRank', 'inRank'];
  const byPredicate = new Map<string, EdgeRow[]>(PREDICATE_NAMES.map((p) => [p, []]));
  for (const edge of graph.edges) byPredicate.get(edge.predicate)?.push(edge);
  for (const [predicate, edges] of byPredicate) {
    const file = new CsvFile(join(folder, `rel-${predicate}.csv`), edgeHeader);
    for (const e of edges) {
      const { outRank, inRank } = edgeRanks(e);
      await file.write([e.subject, e.object, e.id, e.confidence, e.sources, e.firstSeen, e.date, e.validFrom, e.validTo, outRank, inRank]);
    }
    await done(file, 'relationships', predicate);
  }
  const states = new CsvFile(join(folder, 'rel-STATES.csv'), [':START_ID(Article)', ':END_ID(Statement)']);
  for (const s of graph.statements) await states.write([s.articleId, s.id]);
  await done(states, 'relationships', STATES);
  const mentions = new CsvFile(join(folder, 'rel-MENTIONS.csv'), [':START_ID(Article)', ':END_ID(Entity)', 'starts:long[]', 'ends:long[]', 'texts:string[]']);
  for (const a of graph.articles) {
    for (const m of a.mentions) await mentions.write([a.id, m.entity, m.starts, m.ends, m.texts]);
  }
  await done(mentions, 'relationships', MENTIONS);
  return { folder, arguments: args, rows };
}

export interface ImportSettings {
  /** JVM heap of neo4j-admin, e.g. "1g". */
  heap: string;
  /** Off-heap memory neo4j-admin may use for its caches, e.g. "2g". */
  offHeap: string;
}

/**
 * Runs `neo4j-admin database import full neo4j` (Neo4j's AdminTool from the same Maven jars as the
 * launcher) into the Neo4j home `home` (the launcher's data folder); Neo4j must not be running on it.
 */
export async function runNeo4jAdminImport(home: string, csv: CsvFiles, settings: ImportSettings, cacheDir: string, say: (m: string) => void): Promise<string> {
  mkdirSync(join(home, 'conf'), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), '');
  const classpath = resolveClasspath(cacheDir, say);
  const args = [
    `-Xmx${settings.heap}`, '-XX:+UseG1GC', '-cp', classpath, 'org.neo4j.cli.AdminTool',
    // The database first: the last --nodes or --relationships option takes every argument after it as a file.
    'database', 'import', 'full', 'neo4j', '--overwrite-destination=true', `--array-delimiter=U+${ARRAY_DELIMITER.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`,
    `--max-off-heap-memory=${settings.offHeap}`, `--report-file=${join(csv.folder, 'import.report')}`, ...csv.arguments,
  ];
  const child = spawn('java', args, { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`neo4j-admin import exited with ${code}:\n${output.split('\n').slice(-30).join('\n')}`);
  return output;
}

/** Puts the line breaks of the imported articles' text back (LINE_BREAK in the CSV). */
export async function restoreLineBreaks(driver: Driver): Promise<number> {
  const result = await driver.executeQuery(`
MATCH (a:Article) WHERE a.text CONTAINS $mark
SET a.text = replace(a.text, $mark, $lineBreak)
RETURN count(a) AS restored`, { mark: LINE_BREAK, lineBreak: '\n' }, { routing: neo4j.routing.WRITE });
  return Number(result.records[0]?.get('restored') ?? 0);
}

/** Throws unless a sample of imported edges carries the rank keys setEdgeRanks writes. */
export async function checkImportedRanks(driver: Driver, sample = 2000): Promise<void> {
  const result = await driver.executeQuery(`
MATCH ()-[r]->() WHERE r.outRank IS NOT NULL
WITH r LIMIT $sample
WITH r, r.outRank AS outRank, r.inRank AS inRank
SET ${setEdgeRanks('r')}
WITH r, outRank, inRank
RETURN count(r) AS checked, sum(CASE WHEN r.outRank = outRank AND r.inRank = inRank THEN 0 ELSE 1 END) AS wrong`, { sample: neo4j.int(sample) }, { routing: neo4j.routing.WRITE });
  const checked = Number(result.records[0]?.get('checked') ?? 0);
  const wrong = Number(result.records[0]?.get('wrong') ?? 0);
  if (checked === 0 || wrong > 0) throw new Error(`imported rank keys differ from setEdgeRanks on ${wrong} of ${checked} edges`);
}

/** Memory of neo4j-admin during the import (BENCH_IMPORT_HEAP, BENCH_IMPORT_OFF_HEAP). */
export const IMPORT_SETTINGS: ImportSettings = {
  heap: process.env['BENCH_IMPORT_HEAP'] ?? '1g',
  offHeap: process.env['BENCH_IMPORT_OFF_HEAP'] ?? '2g',
};

export interface ImportReport {
  /** Seconds: writing the CSV files, neo4j-admin, Neo4j's restart, building the schema's indexes, the knowledge base and sample articles. */
  csvSeconds: number;
  importSeconds: number;
  restartSeconds: number;
  indexSeconds: number;
  knowledgeBaseSeconds: number;
  csvMb: number;
  settings: ImportSettings;
}

/**
 * Loads the generated graph into the benchmark's Neo4j with neo4j-admin (the database is replaced),
 * then builds the schema over it and merges the knowledge base and the sample articles, as
 * prepareDatabase does on an empty database before the Bolt loader writes the synthetic graph.
 */
export async function importBenchGraph(neo: BenchNeo4j, graph: GeneratedGraph, knowledge: Knowledge, say: (m: string) => void): Promise<ImportReport> {
  const seconds = (since: number): number => Math.round((performance.now() - since) / 100) / 10;
  let t = performance.now();
  const folder = join(neo.home, '..', 'import-csv');
  const csv = await writeGraphCsv(graph, knowledge, folder);
  const csvSeconds = seconds(t);
  const csvMb = Math.round(readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0) / 2 ** 20);
  say(`wrote ${csv.rows.nodes} nodes and ${csv.rows.relationships} relationships as CSV (${csvMb} MB) in ${csvSeconds} s; importing with neo4j-admin (heap ${IMPORT_SETTINGS.heap}, off-heap ${IMPORT_SETTINGS.offHeap})…`);
  let importSeconds = 0;
  t = performance.now();
  await neo.restart(async (home) => {
    const started = performance.now();
    await runNeo4jAdminImport(home, csv, IMPORT_SETTINGS, neo.cacheDir, say);
    importSeconds = seconds(started);
    rmSync(folder, { recursive: true, force: true });
  });
  const restartSeconds = Math.round((seconds(t) - importSeconds) * 10) / 10;
  say(`imported in ${importSeconds} s; Neo4j restarted in ${restartSeconds} s; building indexes…`);
  t = performance.now();
  const driver = neo.driver;
  for (const statement of databaseSchemaStatements()) await driver.executeQuery(statement);
  await driver.executeQuery('CALL db.awaitIndexes($seconds)', { seconds: 3600 });
  const indexSeconds = seconds(t);
  await checkImportedRanks(driver);
  await restoreLineBreaks(driver);
  say(`indexes online in ${indexSeconds} s; merging the knowledge base and sample articles…`);
  t = performance.now();
  const ctx: GraphContext = { driver, database: undefined, timeoutMs: 300_000 };
  // The schema as every start applies it (backfilling rank keys finds none missing); not
  // prepareDatabase, whose backfill of publications would group the synthetic articles, which the
  // Bolt loader never did.
  await applyDatabaseSchema(ctx);
  await loadKnowledgeBase(ctx, knowledge);
  await ingestSampleArticles(ctx);
  const knowledgeBaseSeconds = seconds(t);
  return { csvSeconds, importSeconds, restartSeconds, indexSeconds, knowledgeBaseSeconds, csvMb, settings: IMPORT_SETTINGS };
}
