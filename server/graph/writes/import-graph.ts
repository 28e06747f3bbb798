/**
 * Restores a backup (server/graph/backup-format.ts) into an EMPTY database: nodes then
 * relationships, in batches, each batch one write transaction that creates exactly its lines or
 * nothing (a relationship whose end is missing fails its batch). A database that holds any node
 * is refused before anything is written. The lines' SHA-256 is checked against the trailer as
 * they are read; `npm run import` checks a file in full before it writes its first batch.
 *
 * Labels and types come from the lines only through the guards of cypher-fragments.ts: a backup
 * can hold nothing but what Chipgraph stores.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { StoredNodeKind } from '../../../schema/storage.ts';
import { inTransaction, runQuery, type GraphContext } from '../access.ts';
import { storedKey, storedLabel, storedRelType } from '../cypher-fragments.ts';
import { backfillMentionRanks } from './rank-edges.ts';
import { BackupFormatError, decodeProperties, readBackup, type BackupTotals, type NodeLine, type RelationshipLine } from '../backup-format.ts';

/** Lines per batch (one transaction each). */
export const IMPORT_BATCH = 5_000;

/** Transaction timeout of one batch, in ms. */
const BATCH_TIMEOUT_MS = 120_000;

const GRAPH_SIZE = `
MATCH (n)
RETURN count(n) AS nodes
`;

function createNodesCypher(labels: readonly string[]): string {
  return `
UNWIND $rows AS row
CREATE (n:${labels.map(storedLabel).join(':')})
SET n = row
RETURN count(n) AS created
`;
}

function createRelationshipsCypher(type: string, fromKind: StoredNodeKind, toKind: StoredNodeKind): string {
  return `
UNWIND $rows AS row
MATCH (a:${storedLabel(fromKind)} {${storedKey(fromKind)}: row.from})
MATCH (b:${storedLabel(toKind)} {${storedKey(toKind)}: row.to})
CREATE (a)-[r:${storedRelType(type)}]->(b)
SET r = row.properties
RETURN count(r) AS created
`;
}

/** The database is not empty: nothing was imported. */
export class ImportRefusedError extends Error {}

export interface ImportOptions {
  /** Lines per transaction (default `IMPORT_BATCH`). */
  batchSize?: number;
  onProgress?: (totals: { nodes: number; relationships: number }) => void;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function created(tx: ManagedTransaction, cypher: string, rows: unknown[]): Promise<number> {
  const result = await tx.run(cypher, { rows });
  return Number(result.records[0]?.get('created') ?? 0);
}

function writeNodes(graph: GraphContext, lines: NodeLine[]): Promise<void> {
  return inTransaction(graph, 'WRITE', 'import-nodes', async (tx) => {
    for (const group of groupBy(lines, (line) => line.labels.join(':')).values()) {
      const rows = group.map((line) => decodeProperties(line.properties));
      const count = await created(tx, createNodesCypher(group[0]!.labels), rows);
      if (count !== rows.length) throw new BackupFormatError(`created ${count} of ${rows.length} nodes labelled ${group[0]!.labels.join(':')}`);
    }
  }, { timeoutMs: BATCH_TIMEOUT_MS });
}

function writeRelationships(graph: GraphContext, lines: RelationshipLine[]): Promise<void> {
  return inTransaction(graph, 'WRITE', 'import-relationships', async (tx) => {
    for (const group of groupBy(lines, (line) => `${line.rel}|${line.from[0]}|${line.to[0]}`).values()) {
      const { rel, from, to } = group[0]!;
      const rows = group.map((line) => ({ from: line.from[1], to: line.to[1], properties: decodeProperties(line.properties) }));
      const count = await created(tx, createRelationshipsCypher(rel, from[0], to[0]), rows);
      if (count !== rows.length) {
        throw new BackupFormatError(`${rows.length - count} of ${rows.length} ${rel} relationships from ${from[0]} to ${to[0]} name an end the backup does not hold`);
      }
    }
  }, { timeoutMs: BATCH_TIMEOUT_MS });
}

/** How many nodes the database holds (0: an import may start). */
export async function graphSize(graph: GraphContext): Promise<number> {
  const [row] = await runQuery<{ nodes: number }>(graph, 'import-graph-size', GRAPH_SIZE, {});
  return Number(row?.nodes ?? 0);
}

/**
 * Imports backup lines into an empty database. Throws `ImportRefusedError` (nothing written)
 * when the database holds a node, and `BackupFormatError` on a malformed, altered or truncated
 * backup: the batches before the bad line stay written, so the database must be emptied again.
 */
export async function importGraph(graph: GraphContext, lines: AsyncIterable<string> | Iterable<string>, options: ImportOptions = {}): Promise<BackupTotals> {
  const batchSize = options.batchSize ?? IMPORT_BATCH;
  const existing = await graphSize(graph);
  if (existing > 0) {
    throw new ImportRefusedError(
      `The database is not empty (it holds ${existing} nodes): a backup is imported only into an empty database. Nothing was written.`,
    );
  }
  let nodes: NodeLine[] = [];
  let relationships: RelationshipLine[] = [];
  const written = { nodes: 0, relationships: 0 };
  const flushNodes = async (): Promise<void> => {
    if (nodes.length === 0) return;
    await writeNodes(graph, nodes);
    written.nodes += nodes.length;
    nodes = [];
    options.onProgress?.(written);
  };
  const flushRelationships = async (): Promise<void> => {
    if (relationships.length === 0) return;
    await writeRelationships(graph, relationships);
    written.relationships += relationships.length;
    relationships = [];
    options.onProgress?.(written);
  };
  const entries = readBackup(lines);
  for (;;) {
    // The trailer is checked when the entries end, before the last batches are written.
    const next = await entries.next();
    if (next.done) {
      await flushNodes();
      await flushRelationships();
      // A backup written before mentions had rank keys has none (a no-op otherwise).
      await backfillMentionRanks(graph);
      return next.value;
    }
    const entry = next.value;
    if (entry.type === 'node') {
      nodes.push(entry.line);
      if (nodes.length >= batchSize) await flushNodes();
    } else {
      await flushNodes();
      relationships.push(entry.line);
      if (relationships.length >= batchSize) await flushRelationships();
    }
  }
}
