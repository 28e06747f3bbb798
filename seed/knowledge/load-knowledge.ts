/**
 * Reads the curated knowledge base (`seed/knowledge/*.json`) and checks the basic shape of every
 * record. A bad record throws an Error that names the file and the record, so a typo in a JSON
 * file is found at load time rather than in Neo4j.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { isEntityType, isPredicate } from '../../schema/vocabulary.ts';
import type { EntityRecord, RelationRecord, SourceRecord } from './records.ts';

export interface Knowledge {
  sources: SourceRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
}

/** Entity files and the record type each must hold. */
export const ENTITY_FILES = {
  'companies.json': 'Company',
  'governments.json': 'Government',
  'chips.json': 'Chip',
  'policies.json': 'Policy',
  'persons.json': 'Person',
} as const;

const DEFAULT_DIR = fileURLToPath(new URL('.', import.meta.url));

type Json = Record<string, unknown>;

function fail(file: string, index: number, record: unknown, problem: string): never {
  const id = typeof record === 'object' && record !== null && 'id' in record ? String((record as Json).id) : undefined;
  const label = id !== undefined ? `record #${index} (id "${id}")` : `record #${index}`;
  throw new Error(`${file}: ${label}: ${problem}`);
}

function isString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

async function readArray(dir: string, file: string): Promise<unknown[]> {
  const path = join(dir, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the file (${(error as Error).message})`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: invalid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of records`);
  return data;
}

function checkObject(file: string, index: number, record: unknown): Json {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) fail(file, index, record, 'is not an object');
  return record as Json;
}

function checkSource(file: string, index: number, raw: unknown): SourceRecord {
  const r = checkObject(file, index, raw);
  for (const key of ['id', 'publisher', 'title'] as const) {
    if (!isString(r[key])) fail(file, index, r, `"${key}" must be a non-empty string`);
  }
  for (const key of ['url', 'documentId', 'date'] as const) {
    if (r[key] !== undefined && !isString(r[key])) fail(file, index, r, `"${key}" must be a string when present`);
  }
  return r as unknown as SourceRecord;
}

function checkEntity(file: string, index: number, raw: unknown, expected: string): EntityRecord {
  const r = checkObject(file, index, raw);
  if (r.type !== expected) fail(file, index, r, `"type" must be "${expected}" in this file, got ${JSON.stringify(r.type)}`);
  if (!isString(r.type) || !isEntityType(r.type)) fail(file, index, r, `unknown entity type ${JSON.stringify(r.type)}`);
  for (const key of ['id', 'name', 'description', 'asOf'] as const) {
    if (!isString(r[key])) fail(file, index, r, `"${key}" must be a non-empty string`);
  }
  const aliases = r.aliases;
  if (typeof aliases !== 'object' || aliases === null || Array.isArray(aliases)) fail(file, index, r, '"aliases" must be an object of language -> names');
  for (const [lang, names] of Object.entries(aliases as Json)) {
    if (lang !== 'en' && lang !== 'fr') fail(file, index, r, `"aliases" has an unknown language "${lang}"`);
    if (!isStringArray(names)) fail(file, index, r, `"aliases.${lang}" must be an array of strings`);
  }
  if (!isStringArray(r.sources) || r.sources.length === 0) fail(file, index, r, '"sources" must be a non-empty array of source ids');
  return r as unknown as EntityRecord;
}

function checkRelation(file: string, index: number, raw: unknown): RelationRecord {
  const r = checkObject(file, index, raw);
  for (const key of ['subject', 'predicate', 'object', 'source', 'asOf'] as const) {
    if (!isString(r[key])) fail(file, index, r, `"${key}" must be a non-empty string`);
  }
  if (!isPredicate(r.predicate as string)) fail(file, index, r, `unknown predicate ${JSON.stringify(r.predicate)}`);
  for (const key of ['date', 'validFrom', 'validTo', 'amount', 'note'] as const) {
    if (r[key] !== undefined && !isString(r[key])) fail(file, index, r, `"${key}" must be a string when present`);
  }
  return r as unknown as RelationRecord;
}

/** Loads every knowledge file from `dir` (default: this module's folder). */
export async function loadKnowledge(dir: string = DEFAULT_DIR): Promise<Knowledge> {
  const sources = (await readArray(dir, 'sources.json')).map((r, i) => checkSource('sources.json', i, r));
  const entities: EntityRecord[] = [];
  for (const [file, type] of Object.entries(ENTITY_FILES)) {
    const records = await readArray(dir, file);
    records.forEach((r, i) => entities.push(checkEntity(file, i, r, type)));
  }
  const relations = (await readArray(dir, 'relations.json')).map((r, i) => checkRelation('relations.json', i, r));
  return { sources, entities, relations };
}
