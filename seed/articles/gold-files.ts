/**
 * Reading the annotated articles and checking their gold readings against the text, the vocabulary
 * and the knowledge base. Shared by the tests of the sample articles and of the held-out set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitsPredicate, isEntityType, isPredicate, type EntityType } from '../../schema/vocabulary.ts';

export interface GoldEntity {
  id: string;
  type: string;
  name: string;
  isNew?: boolean;
  mentions: string[];
}

export interface GoldRelation {
  subject: string;
  predicate: string;
  object: string;
  evidence: string;
}

export interface GoldFile {
  article: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** Splits `---\nkey: value\n---\nbody` into its fields and its body; quotes around values are dropped. */
export function parseArticle(text: string): { frontMatter: Record<string, string>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) return { frontMatter: {}, body: text };
  const frontMatter: Record<string, string> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim();
    let value = line.slice(colon + 1).trim();
    if (value.length >= 2 && (value.startsWith('"') || value.startsWith("'")) && value.endsWith(value[0] ?? '')) {
      value = value.slice(1, -1);
    }
    frontMatter[key] = value;
  }
  return { frontMatter, body: match[2] ?? '' };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/** The lower-case dash slug of a display name, accents removed: "Strategic Trade Act 2010" -> "strategic-trade-act-2010". */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Entity id -> type, from every record of the knowledge folder that has an id and an entity type. */
export function loadKnowledgeEntityTypes(knowledgeDir: string): Map<string, EntityType> {
  const types = new Map<string, EntityType>();
  for (const file of readdirSync(knowledgeDir).filter((name) => name.endsWith('.json')).sort()) {
    const records: unknown = JSON.parse(readFileSync(join(knowledgeDir, file), 'utf8'));
    if (!Array.isArray(records)) continue;
    for (const record of records as unknown[]) {
      if (typeof record !== 'object' || record === null) continue;
      const { id, type } = record as { id?: unknown; type?: unknown };
      if (typeof id === 'string' && typeof type === 'string' && isEntityType(type)) types.set(id, type);
    }
  }
  return types;
}

/** Mentions and evidence strings of the gold reading that are not verbatim in the body. */
export function textNotInBody(body: string, gold: GoldFile): string[] {
  const missing: string[] = [];
  for (const entity of gold.entities) {
    if (entity.mentions.length === 0) missing.push(`${entity.id} has no mention`);
    for (const mention of entity.mentions) if (!body.includes(mention)) missing.push(`${entity.id} "${mention}"`);
  }
  for (const relation of gold.relations) if (!body.includes(relation.evidence)) missing.push(`evidence "${relation.evidence}"`);
  return missing;
}

/** Gold relations whose predicate is unknown, or whose ends are absent or of the wrong types. */
export function misfitRelations(gold: GoldFile): string[] {
  const types = new Map(gold.entities.map((entity) => [entity.id, entity.type]));
  const wrong: string[] = [];
  for (const { subject, predicate, object } of gold.relations) {
    const subjectType = types.get(subject);
    const objectType = types.get(object);
    const label = `${subject} ${predicate} ${object}`;
    if (!isPredicate(predicate)) wrong.push(`${label} (unknown predicate)`);
    else if (subjectType === undefined || objectType === undefined) wrong.push(`${label} (entity not in gold file)`);
    else if (!isEntityType(subjectType) || !isEntityType(objectType)) wrong.push(`${label} (bad entity type)`);
    else if (!fitsPredicate(predicate, subjectType, objectType)) wrong.push(`${label} (${subjectType} -> ${objectType})`);
  }
  return wrong;
}

/** Gold entities not flagged new that the knowledge base lacks or knows under another type. */
export function unknownEntities(gold: GoldFile, knowledge: ReadonlyMap<string, EntityType>): string[] {
  const gaps: string[] = [];
  for (const entity of gold.entities) {
    if (entity.isNew === true) continue;
    const known = knowledge.get(entity.id);
    if (known === undefined) gaps.push(`${entity.id} is missing from the knowledge base`);
    else if (known !== entity.type) gaps.push(`${entity.id} is a ${known} in the knowledge base, ${entity.type} in gold`);
  }
  return gaps;
}
