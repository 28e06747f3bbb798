/**
 * Reads the curated knowledge base (`seed/knowledge/*.json`) and checks every record against its
 * schema (`records.ts`). A bad record throws an Error that names the file, the record and the
 * field, so a typo in a JSON file is found at load time rather than in Neo4j.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  ENTITY_RECORDS, relationRecord, sourceRecord, type EntityRecord, type RelationRecord, type SourceRecord,
} from './records.ts';

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

async function readArray(dir: string, file: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(join(dir, file), 'utf8');
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

/** `record #3 (id "h20")`, or `record #3` when the record has no usable id. */
function recordLabel(index: number, record: unknown): string {
  const id = typeof record === 'object' && record !== null && 'id' in record ? record.id : undefined;
  return typeof id === 'string' ? `record #${index} (id "${id}")` : `record #${index}`;
}

/** `"aliases.en[0]"` for the path zod reports. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name === '' ? String(key) : `${name}.${String(key)}`), '');
}

/** One line per problem: `"field" message`, or the message alone for the record itself. */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return issue.path.length === 0 ? `unknown field ${keys}` : `"${fieldName(issue.path)}" has an unknown key ${keys}`;
    }
    if (issue.path.length === 0) return issue.code === 'invalid_type' ? 'is not an object' : issue.message;
    return `"${fieldName(issue.path)}" ${issue.message}`;
  }).join('; ');
}

/** Checks every record of `file` against `schema`; the first bad record throws. */
function checkRecords<T>(file: string, records: unknown[], schema: z.ZodType<T>): T[] {
  return records.map((record, index) => {
    const result = schema.safeParse(record);
    if (!result.success) throw new Error(`${file}: ${recordLabel(index, record)}: ${describeIssues(result.error)}`);
    return result.data;
  });
}

/** Loads every knowledge file from `dir` (default: this module's folder). */
export async function loadKnowledge(dir: string = DEFAULT_DIR): Promise<Knowledge> {
  const sources = checkRecords('sources.json', await readArray(dir, 'sources.json'), sourceRecord);
  const entities: EntityRecord[] = [];
  for (const [file, type] of Object.entries(ENTITY_FILES)) {
    entities.push(...checkRecords<EntityRecord>(file, await readArray(dir, file), ENTITY_RECORDS[type]));
  }
  const relations = checkRecords('relations.json', await readArray(dir, 'relations.json'), relationRecord);
  return { sources, entities, relations };
}
