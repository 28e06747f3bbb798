/**
 * The whole graph as backup lines (server/graph/backup-format.ts): every stored node, kind by
 * kind in key order, then every relationship from its start node, read in pages of their own
 * read transactions (a page read again after a transient error is written once). Each page
 * seeks the kind's uniquely constrained key, so a page costs the same at the start and the end
 * of a large graph. At the end, the lines written are checked against the graph's own counts:
 * a node or relationship the export could not place (an unknown label, a missing key) makes it
 * fail rather than write a backup that silently lacks it.
 *
 * Pages are separate transactions: an export taken while someone writes may mix before and
 * after; stop writes (or the app) for a backup that must be exact.
 */
import { STORED_KINDS, STORED_NODE_KINDS, type StoredNodeKind } from '../../../schema/storage.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { storedKey, storedLabel } from '../cypher-fragments.ts';
import {
  BACKUP_FORMAT, BACKUP_VERSION, BackupFormatError, ContentHash, encodeProperties, kindOf,
  type BackupHeader, type BackupTotals, type NodeLine, type RelationshipLine,
} from '../backup-format.ts';
import { integer } from './integer-parameter.ts';

/** Nodes read per page. */
export const EXPORT_PAGE = 2_000;

/**
 * A page of nodes of one kind after key `$after`, with the keys of the properties Neo4j holds as
 * integers (the driver may read integers and floats alike as JavaScript numbers).
 */
function nodePageCypher(kind: StoredNodeKind): string {
  return `
MATCH (n:${storedLabel(kind)})
WHERE $after IS NULL OR n.${storedKey(kind)} > $after
WITH n ORDER BY n.${storedKey(kind)} LIMIT $limit
RETURN n.${storedKey(kind)} AS key, labels(n) AS labels, properties(n) AS properties,
       [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'INTEGER' OR valueType(n[k]) STARTS WITH 'LIST<INTEGER']
`;
}

/** A page of nodes of one kind with their outgoing relationships, each with its end's labels and key. */
function relationshipPageCypher(kind: StoredNodeKind): string {
  return `
MATCH (n:${storedLabel(kind)})
WHERE $after IS NULL OR n.${storedKey(kind)} > $after
WITH n ORDER BY n.${storedKey(kind)} LIMIT $limit
CALL (n) {
  MATCH (n)-[r]->(m)
  RETURN collect({
    type: type(r), labels: labels(m), id: m.id, key: m.key, properties: properties(r),
    integers: [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'INTEGER' OR valueType(r[k]) STARTS WITH 'LIST<INTEGER']
  }) AS relationships
}
RETURN n.${storedKey(kind)} AS key, labels(n) AS labels, relationships
`;
}

/** Everything at rest: transient lock nodes (held only inside a commit) are left out. */
const GRAPH_TOTALS = `
CALL () { MATCH (n) WHERE NOT n:CommitLock RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
`;

const LABEL_COUNTS = `
MATCH (n) WHERE NOT n:CommitLock
RETURN labels(n) AS labels, count(*) AS count
`;

interface NodeRow extends Record<string, unknown> {
  key: string;
  labels: string[];
  properties: Record<string, unknown>;
  integers: string[];
}

interface RelationshipRow extends Record<string, unknown> {
  key: string;
  labels: string[];
  relationships: Array<{ type: string; labels: string[]; id: unknown; key: unknown; properties: Record<string, unknown>; integers: string[] }>;
}

/** Where the lines go; resolves once the line may be followed by the next (backpressure). */
export type LineSink = (line: string) => Promise<void> | void;

export interface ExportOptions {
  /** Nodes per page (default `EXPORT_PAGE`). */
  pageSize?: number;
  /** Called after each page with the lines written so far. */
  onProgress?: (totals: { nodes: number; relationships: number }) => void;
}

async function pages<Row extends { key: string }>(graph: GraphContext, name: string, cypher: string, pageSize: number, each: (rows: Row[]) => Promise<void>): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const rows: Row[] = await runQuery<Row & Record<string, unknown>>(graph, name, cypher, { after, limit: integer(pageSize) });
    if (rows.length === 0) return;
    await each(rows);
    after = rows[rows.length - 1]!.key;
    if (rows.length < pageSize) return;
  }
}

/** Writes the header, every node, every relationship and the trailer; returns the trailer's totals. */
export async function exportGraph(graph: GraphContext, sink: LineSink, options: ExportOptions = {}): Promise<BackupTotals> {
  const pageSize = options.pageSize ?? EXPORT_PAGE;
  const hash = new ContentHash();
  const header: BackupHeader = { backup: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString() };
  await sink(JSON.stringify(header));
  const progress = (): void => options.onProgress?.({ nodes: hash.nodes, relationships: hash.relationships });

  for (const kind of STORED_KINDS) {
    await pages<NodeRow>(graph, 'export-nodes', nodePageCypher(kind), pageSize, async (rows) => {
      for (const row of rows) {
        if (kindOf(row.labels) !== kind) continue; // a node of two kinds is written under its first
        const line: NodeLine = { node: kind, labels: [...row.labels].sort(), properties: encodeProperties(row.properties, row.integers) };
        const text = JSON.stringify(line);
        hash.add(text, 'node');
        await sink(text);
      }
      progress();
    });
  }

  for (const kind of STORED_KINDS) {
    await pages<RelationshipRow>(graph, 'export-relationships', relationshipPageCypher(kind), pageSize, async (rows) => {
      for (const row of rows) {
        if (kindOf(row.labels) !== kind) continue;
        const lines = row.relationships.map((r): string => {
          const toKind = kindOf(r.labels);
          const toKey = toKind === undefined ? undefined : STORED_NODE_KINDS[toKind] === 'key' ? r.key : r.id;
          if (toKind === undefined || typeof toKey !== 'string') {
            throw new BackupFormatError(`a ${r.type} relationship from ${kind} ${row.key} ends at a node that is not stored (labels ${r.labels.join(', ')})`);
          }
          const line: RelationshipLine = { rel: r.type, from: [kind, row.key], to: [toKind, toKey], properties: encodeProperties(r.properties, r.integers) };
          return JSON.stringify(line);
        });
        // A fixed order within a node: relationships come back from Neo4j in storage order.
        lines.sort();
        for (const text of lines) {
          hash.add(text, 'rel');
          await sink(text);
        }
      }
      progress();
    });
  }

  const [graphTotals] = await runQuery<{ nodes: number; relationships: number }>(graph, 'export-totals', GRAPH_TOTALS, {});
  const nodes = Number(graphTotals?.nodes ?? 0);
  const relationships = Number(graphTotals?.relationships ?? 0);
  if (nodes !== hash.nodes || relationships !== hash.relationships) {
    const labels = await runQuery<{ labels: string[]; count: number }>(graph, 'export-label-counts', LABEL_COUNTS, {});
    const unplaced = labels.filter((row) => kindOf(row.labels) === undefined).map((row) => `${Number(row.count)} × [${row.labels.join(', ')}]`);
    throw new BackupFormatError(
      `the graph holds ${nodes} nodes and ${relationships} relationships but ${hash.nodes} and ${hash.relationships} were exported`
      + (unplaced.length > 0 ? `; nodes of no stored kind: ${unplaced.join('; ')}` : '; was the graph written during the export? Export again with writes stopped'),
    );
  }
  const totals = hash.totals();
  await sink(JSON.stringify({ end: totals }));
  return totals;
}
