/**
 * The backup format of `npm run export` / `npm run import`: JSON lines, one node or relationship a
 * line, every property kept with its Neo4j type.
 *
 *   {"backup":"chipgraph","version":1,"exportedAt":"…"}                                   header
 *   {"node":"Entity","labels":["Company","Entity"],"properties":{"id":"nvidia",…}}        nodes first, by kind then key
 *   {"rel":"MAKES","from":["Entity","nvidia"],"to":["Entity","h100"],"properties":{…}}   then relationships, by start node
 *   {"end":{"nodes":N,"relationships":M,"sha256":"…"}}                                    trailer
 *
 * Neo4j properties are scalars, temporal values or homogeneous lists of them (never maps), so a
 * JSON object inside `properties` is always a typed value: `{"$int":"42"}` (an integer, as a
 * string to keep 64 bits), `{"$float":"NaN"}` (a float JSON cannot write),
 * `{"$datetime":[y,m,d,h,mi,s,ns,offsetSeconds,zoneId]}`, `{"$date":[y,m,d]}`,
 * `{"$localdatetime":[…]}`, `{"$localtime":[h,mi,s,ns]}`, `{"$time":[h,mi,s,ns,offsetSeconds]}`,
 * `{"$duration":[months,days,seconds,nanoseconds]}`. Any other number is a float. Keys are
 * written sorted and lines in a fixed order, so two exports of equal graphs are byte-identical
 * and the trailer's SHA-256 (over every node and relationship line) is the graph's content hash.
 */
import { createHash, type Hash } from 'node:crypto';
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';
import { STORED_KINDS, STORED_LABELS, STORED_NODE_KINDS, STORED_RELATIONSHIP_TYPES, type StoredNodeKind } from '../../schema/storage.ts';

export const BACKUP_FORMAT = 'chipgraph';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  backup: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
}

export interface NodeLine {
  node: StoredNodeKind;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface RelationshipLine {
  rel: string;
  from: [StoredNodeKind, string];
  to: [StoredNodeKind, string];
  properties: Record<string, unknown>;
}

export interface BackupTotals {
  nodes: number;
  relationships: number;
  sha256: string;
}

export class BackupFormatError extends Error {}

/** The kind of a stored node: the first kind of `STORED_NODE_KINDS` among its labels. */
export function kindOf(labels: readonly string[]): StoredNodeKind | undefined {
  return STORED_KINDS.find((kind) => labels.includes(kind));
}

const num = (value: unknown): number => (isInt(value) ? value.toNumber() : Number(value));
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : num(value));

/** One property value as JSON; `integer` says whether Neo4j stores its numbers as integers. */
export function encodeValue(value: unknown, integer: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => encodeValue(item, integer));
  if (isInt(value)) return { $int: value.toString() };
  if (typeof value === 'number') {
    if (integer) {
      if (!Number.isSafeInteger(value)) throw new BackupFormatError(`integer ${value} is beyond 2^53 as read: export with a driver that keeps 64-bit integers`);
      return { $int: String(value) };
    }
    return Number.isFinite(value) ? value : { $float: String(value) };
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDateTime(value)) {
    return { $datetime: [value.year, value.month, value.day, value.hour, value.minute, value.second, value.nanosecond, numOrNull(value.timeZoneOffsetSeconds), value.timeZoneId ?? null].map((v) => (typeof v === 'string' || v === null ? v : num(v))) };
  }
  if (isLocalDateTime(value)) return { $localdatetime: [value.year, value.month, value.day, value.hour, value.minute, value.second, value.nanosecond].map(num) };
  if (isDate(value)) return { $date: [value.year, value.month, value.day].map(num) };
  if (isTime(value)) return { $time: [value.hour, value.minute, value.second, value.nanosecond, value.timeZoneOffsetSeconds].map(num) };
  if (isLocalTime(value)) return { $localtime: [value.hour, value.minute, value.second, value.nanosecond].map(num) };
  if (isDuration(value)) return { $duration: [value.months, value.days, value.seconds, value.nanoseconds].map(num) };
  if (isPoint(value)) throw new BackupFormatError('spatial values are not stored by Chipgraph and not backed up');
  throw new BackupFormatError(`cannot back up a value of type ${typeof value}`);
}

function numbers(value: unknown, length: number, tag: string): number[] {
  if (!Array.isArray(value) || value.length !== length || !value.every((v) => typeof v === 'number' && Number.isInteger(v))) {
    throw new BackupFormatError(`${tag} needs ${length} integers`);
  }
  return value as number[];
}

/** A JSON value of a backup back to what the driver sends (integers as neo4j Integers, temporal values as driver types). */
export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const [tag, content] = entries[0] ?? [];
  if (entries.length !== 1 || tag === undefined) throw new BackupFormatError(`not a typed value: ${JSON.stringify(value)}`);
  switch (tag) {
    case '$int':
      if (typeof content !== 'string' || !/^-?\d+$/.test(content)) throw new BackupFormatError(`$int needs a decimal string, not ${JSON.stringify(content)}`);
      return neo4j.int(content);
    case '$float':
      if (!['NaN', 'Infinity', '-Infinity'].includes(String(content))) throw new BackupFormatError(`$float is only for NaN and infinities, not ${JSON.stringify(content)}`);
      return Number(content);
    case '$datetime': {
      if (!Array.isArray(content) || content.length !== 9) throw new BackupFormatError('$datetime needs 9 parts');
      const [y, mo, d, h, mi, s, ns] = numbers(content.slice(0, 7), 7, '$datetime');
      const offset = content[7] as number | null;
      const zone = content[8] as string | null;
      return new neo4j.types.DateTime(y!, mo!, d!, h!, mi!, s!, ns!, offset ?? undefined, zone ?? undefined);
    }
    case '$localdatetime': {
      const [y, mo, d, h, mi, s, ns] = numbers(content, 7, tag);
      return new neo4j.types.LocalDateTime(y!, mo!, d!, h!, mi!, s!, ns!);
    }
    case '$date': {
      const [y, mo, d] = numbers(content, 3, tag);
      return new neo4j.types.Date(y!, mo!, d!);
    }
    case '$time': {
      const [h, mi, s, ns, offset] = numbers(content, 5, tag);
      return new neo4j.types.Time(h!, mi!, s!, ns!, offset!);
    }
    case '$localtime': {
      const [h, mi, s, ns] = numbers(content, 4, tag);
      return new neo4j.types.LocalTime(h!, mi!, s!, ns!);
    }
    case '$duration': {
      const [months, days, seconds, nanoseconds] = numbers(content, 4, tag);
      return new neo4j.types.Duration(months!, days!, seconds!, nanoseconds!);
    }
    default:
      throw new BackupFormatError(`unknown typed value ${tag}`);
  }
}

/** Properties as JSON, keys sorted; `integers` names the keys Neo4j holds as integers (or lists of them). */
export function encodeProperties(properties: Record<string, unknown>, integers: readonly string[] = []): Record<string, unknown> {
  const integerKeys = new Set(integers);
  return Object.fromEntries(Object.keys(properties).sort().map((key) => [key, encodeValue(properties[key], integerKeys.has(key))]));
}

export function decodeProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, decodeValue(value)]));
}

/** Keeps a running SHA-256 of the node and relationship lines and their counts. */
export class ContentHash {
  private readonly hash: Hash = createHash('sha256');
  nodes = 0;
  relationships = 0;

  add(line: string, kind: 'node' | 'rel'): void {
    this.hash.update(line).update('\n');
    if (kind === 'node') this.nodes++;
    else this.relationships++;
  }

  totals(): BackupTotals {
    return { nodes: this.nodes, relationships: this.relationships, sha256: this.hash.copy().digest('hex') };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function endpoint(value: unknown, where: string): [StoredNodeKind, string] {
  if (!Array.isArray(value) || value.length !== 2 || typeof value[1] !== 'string' || !Object.hasOwn(STORED_NODE_KINDS, String(value[0]))) {
    throw new BackupFormatError(`${where}: an end is [kind, key] with a kind among ${STORED_KINDS.join(', ')}`);
  }
  return value as [StoredNodeKind, string];
}

export type BackupLine =
  | { type: 'header'; header: BackupHeader }
  | { type: 'node'; line: NodeLine }
  | { type: 'rel'; line: RelationshipLine }
  | { type: 'end'; totals: BackupTotals };

/** Parses and checks one line of a backup: labels and types must be ones Chipgraph stores. */
export function parseBackupLine(text: string, lineNumber: number): BackupLine {
  const where = `line ${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupFormatError(`${where} is not JSON`);
  }
  if (!isRecord(value)) throw new BackupFormatError(`${where} is not a JSON object`);
  if ('backup' in value) {
    if (value['backup'] !== BACKUP_FORMAT || value['version'] !== BACKUP_VERSION) {
      throw new BackupFormatError(`${where}: not a Chipgraph backup of version ${BACKUP_VERSION}`);
    }
    return { type: 'header', header: value as unknown as BackupHeader };
  }
  if ('node' in value) {
    const { node, labels, properties } = value;
    if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string' && STORED_LABELS.includes(l))) {
      throw new BackupFormatError(`${where}: labels must be among ${STORED_LABELS.join(', ')}`);
    }
    if (typeof node !== 'string' || kindOf(labels) !== node) throw new BackupFormatError(`${where}: the node's kind ${String(node)} does not match its labels`);
    if (!isRecord(properties) || typeof properties[STORED_NODE_KINDS[node as StoredNodeKind]] !== 'string') {
      throw new BackupFormatError(`${where}: a ${node} needs its ${STORED_NODE_KINDS[node as StoredNodeKind]} property`);
    }
    return { type: 'node', line: { node: node as StoredNodeKind, labels: labels as string[], properties } };
  }
  if ('rel' in value) {
    const { rel, from, to, properties } = value;
    if (typeof rel !== 'string' || !STORED_RELATIONSHIP_TYPES.includes(rel)) {
      throw new BackupFormatError(`${where}: the relationship type ${String(rel)} is not one Chipgraph stores`);
    }
    if (!isRecord(properties)) throw new BackupFormatError(`${where}: properties must be an object`);
    return { type: 'rel', line: { rel, from: endpoint(from, where), to: endpoint(to, where), properties } };
  }
  if ('end' in value && isRecord(value['end'])) {
    const end = value['end'];
    if (typeof end['nodes'] !== 'number' || typeof end['relationships'] !== 'number' || typeof end['sha256'] !== 'string') {
      throw new BackupFormatError(`${where}: the trailer needs nodes, relationships and sha256`);
    }
    return { type: 'end', totals: end as unknown as BackupTotals };
  }
  throw new BackupFormatError(`${where} is neither a header, a node, a relationship nor the trailer`);
}

export type BackupEntry = { type: 'node'; line: NodeLine } | { type: 'rel'; line: RelationshipLine };

/**
 * The nodes and relationships of a backup, each line parsed and checked as it is read: the
 * header first, nodes before relationships, and at the end the trailer, present and equal to
 * the counts and SHA-256 of what was read (else it throws after the last entry: the backup is
 * truncated or altered). Returns the totals.
 */
export async function* readBackup(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<BackupEntry, BackupTotals> {
  const hash = new ContentHash();
  let lineNumber = 0;
  let sawHeader = false;
  let trailer: BackupTotals | undefined;
  for await (const text of lines) {
    lineNumber++;
    if (text.trim() === '') continue;
    if (trailer) throw new BackupFormatError(`line ${lineNumber} follows the trailer`);
    const parsed = parseBackupLine(text, lineNumber);
    if (!sawHeader && parsed.type !== 'header') throw new BackupFormatError(`line ${lineNumber} is not the header of a Chipgraph backup`);
    if (parsed.type === 'header') {
      if (sawHeader) throw new BackupFormatError(`line ${lineNumber} is a second header`);
      sawHeader = true;
    } else if (parsed.type === 'end') {
      trailer = parsed.totals;
    } else {
      if (parsed.type === 'node' && hash.relationships > 0) throw new BackupFormatError(`line ${lineNumber}: a node after the relationships`);
      hash.add(text, parsed.type);
      yield parsed;
    }
  }
  const totals = hash.totals();
  if (!trailer) throw new BackupFormatError(`the backup ends without its trailer after ${lineNumber} lines: it is truncated`);
  if (trailer.nodes !== totals.nodes || trailer.relationships !== totals.relationships || trailer.sha256 !== totals.sha256) {
    throw new BackupFormatError(`the backup does not match its trailer (read ${totals.nodes} nodes, ${totals.relationships} relationships, sha256 ${totals.sha256}): it was altered`);
  }
  return totals;
}

/** Reads a whole backup without writing anything, every typed value decoded once; returns its totals. */
export async function checkBackup(lines: AsyncIterable<string> | Iterable<string>): Promise<BackupTotals> {
  const entries = readBackup(lines);
  for (;;) {
    const next = await entries.next();
    if (next.done) return next.value;
    decodeProperties(next.value.line.properties);
  }
}
