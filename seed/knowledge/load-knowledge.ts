/**
 * Reads the curated knowledge base from seed/knowledge/*.json and checks the basic shape of
 * every record, naming the file and record of anything malformed.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEntityType, isPredicate } from '../../schema/vocabulary.ts';
import type { EntityRecord, RelationRecord, SourceRecord } from './records.ts';

export interface Knowledge {
  sources: SourceRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const ENTITY_FILES = ['companies.json', 'governments.json', 'chips.json', 'policies.json', 'persons.json'] as const;

async function readArray(dir: string, file: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(join(dir, file), 'utf8');
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array`);
  return parsed as Record<string, unknown>[];
}

function requireString(file: string, record: Record<string, unknown>, key: string): void {
  if (typeof record[key] !== 'string' || (record[key] as string).length === 0) {
    throw new Error(`${file}: record ${JSON.stringify(record['id'] ?? record)} lacks the text field "${key}"`);
  }
}

export async function loadKnowledge(dir: string = HERE): Promise<Knowledge> {
  const sources = await readArray(dir, 'sources.json');
  for (const source of sources) for (const key of ['id', 'publisher', 'title']) requireString('sources.json', source, key);
  const entities: Record<string, unknown>[] = [];
  for (const file of ENTITY_FILES) {
    for (const record of await readArray(dir, file)) {
      for (const key of ['id', 'name', 'type']) requireString(file, record, key);
      if (!isEntityType(record['type'] as string)) throw new Error(`${file}: record ${String(record['id'])} has unknown type ${String(record['type'])}`);
      if (typeof record['aliases'] !== 'object' || record['aliases'] === null) throw new Error(`${file}: record ${String(record['id'])} lacks "aliases"`);
      entities.push(record);
    }
  }
  const relations = await readArray(dir, 'relations.json');
  for (const relation of relations) {
    for (const key of ['subject', 'predicate', 'object', 'source']) requireString('relations.json', relation, key);
    if (!isPredicate(relation['predicate'] as string)) throw new Error(`relations.json: unknown predicate ${String(relation['predicate'])}`);
  }
  return {
    sources: sources as unknown as SourceRecord[],
    entities: entities as unknown as EntityRecord[],
    relations: relations as unknown as RelationRecord[],
  };
}
