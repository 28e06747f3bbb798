/**
 * The annotated evaluation set: sample articles (`NN-slug.md`) and their hand-made readings
 * (`NN-slug.gold.json`) in the extraction contract's terms. These tests keep the set usable as a
 * yardstick: well-formed front matter, realistic lengths, both languages, gold annotations that
 * point at exact text, predicates that respect the vocabulary, and ids that agree with the
 * curated knowledge base in `seed/knowledge/`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, fitsPredicate, isEntityType, isPredicate } from '../../schema/vocabulary.ts';
import type { EntityType } from '../../schema/vocabulary.ts';

const ARTICLES_DIR = fileURLToPath(new URL('.', import.meta.url));
const KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));

/** Words per article body (front matter excluded), inclusive. */
const MIN_WORDS = 150;
const MAX_WORDS = 600;
/** Articles required in each language. */
const MIN_PER_LANGUAGE = 6;

interface GoldEntity {
  id: string;
  type: string;
  name: string;
  isNew?: boolean;
  mentions: string[];
}

interface GoldRelation {
  subject: string;
  predicate: string;
  object: string;
  evidence: string;
}

interface GoldFile {
  article: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

interface Article {
  file: string;
  frontMatter: Record<string, string>;
  body: string;
  gold: GoldFile;
}

interface NeededEntity {
  id: string;
  type: string;
  name: string;
  aliases: Partial<Record<string, string[]>>;
  description: string;
}

/** Splits `---\nkey: value\n---\nbody` into its fields and its body; quotes around values are dropped. */
function parseArticle(text: string): { frontMatter: Record<string, string>; body: string } {
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

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/** The lower-case dash slug of a display name, accents removed: "Strategic Trade Act 2010" -> "strategic-trade-act-2010". */
function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function loadArticles(): Article[] {
  return readdirSync(ARTICLES_DIR)
    .filter((file) => /^\d{2}-[a-z0-9-]+\.md$/.test(file))
    .sort()
    .map((file) => {
      const { frontMatter, body } = parseArticle(readFileSync(join(ARTICLES_DIR, file), 'utf8'));
      const goldPath = join(ARTICLES_DIR, file.replace(/\.md$/, '.gold.json'));
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
      return { file, frontMatter, body, gold };
    });
}

/** Entity id -> type, from every record of `seed/knowledge/*.json` that has an id and an entity type. */
function loadKnowledgeEntityTypes(): Map<string, EntityType> {
  const types = new Map<string, EntityType>();
  for (const file of readdirSync(KNOWLEDGE_DIR).filter((name) => name.endsWith('.json')).sort()) {
    const records: unknown = JSON.parse(readFileSync(join(KNOWLEDGE_DIR, file), 'utf8'));
    if (!Array.isArray(records)) continue;
    for (const record of records as unknown[]) {
      if (typeof record !== 'object' || record === null) continue;
      const { id, type } = record as { id?: unknown; type?: unknown };
      if (typeof id === 'string' && typeof type === 'string' && isEntityType(type)) types.set(id, type);
    }
  }
  return types;
}

const articles = loadArticles();
const knowledge = loadKnowledgeEntityTypes();

test('the set holds at least twelve articles, each with a gold file that names it', () => {
  assert.ok(articles.length >= 12, `only ${articles.length} articles`);
  for (const { file, gold } of articles) assert.equal(gold.article, file, `${file}: gold.article`);
});

test('every article has front matter with a title, an ISO date, a url and a language of en or fr', () => {
  for (const { file, frontMatter } of articles) {
    assert.ok((frontMatter.title ?? '').length > 0, `${file}: title`);
    assert.match(frontMatter.date ?? '', /^\d{4}-\d{2}-\d{2}$/, `${file}: date`);
    assert.match(frontMatter.url ?? '', /^https:\/\/\S+$/, `${file}: url`);
    assert.ok((LANGUAGES as readonly string[]).includes(frontMatter.language ?? ''), `${file}: language`);
  }
});

test('every article body is between 150 and 600 words long', () => {
  for (const { file, body } of articles) {
    const words = countWords(body);
    assert.ok(words >= MIN_WORDS && words <= MAX_WORDS, `${file}: ${words} words`);
  }
});

test('the set holds at least six articles in English and six in French', () => {
  for (const language of LANGUAGES) {
    const count = articles.filter((article) => article.frontMatter.language === language).length;
    assert.ok(count >= MIN_PER_LANGUAGE, `${language}: ${count} articles`);
  }
});

test('every mention in a gold file appears verbatim in its article body', () => {
  const missing: string[] = [];
  for (const { file, body, gold } of articles) {
    for (const entity of gold.entities) {
      assert.ok(entity.mentions.length > 0, `${file}: ${entity.id} has no mention`);
      for (const mention of entity.mentions) {
        if (!body.includes(mention)) missing.push(`${file}: ${entity.id} "${mention}"`);
      }
    }
  }
  assert.deepEqual(missing, []);
});

test('every evidence string in a gold file appears verbatim in its article body', () => {
  const missing: string[] = [];
  for (const { file, body, gold } of articles) {
    for (const relation of gold.relations) {
      if (!body.includes(relation.evidence)) missing.push(`${file}: "${relation.evidence}"`);
    }
  }
  assert.deepEqual(missing, []);
});

test('every gold entity has an entity type of the vocabulary and appears once per gold file', () => {
  for (const { file, gold } of articles) {
    const ids = gold.entities.map((entity) => entity.id);
    assert.equal(new Set(ids).size, ids.length, `${file}: duplicate entity ids`);
    for (const entity of gold.entities) assert.ok(isEntityType(entity.type), `${file}: ${entity.id} type ${entity.type}`);
  }
});

test('every gold relation uses a vocabulary predicate whose domain and range fit the entity types', () => {
  const wrong: string[] = [];
  for (const { file, gold } of articles) {
    const types = new Map(gold.entities.map((entity) => [entity.id, entity.type]));
    for (const { subject, predicate, object } of gold.relations) {
      const subjectType = types.get(subject);
      const objectType = types.get(object);
      const label = `${file}: ${subject} ${predicate} ${object}`;
      if (!isPredicate(predicate)) wrong.push(`${label} (unknown predicate)`);
      else if (subjectType === undefined || objectType === undefined) wrong.push(`${label} (entity not in gold file)`);
      else if (!isEntityType(subjectType) || !isEntityType(objectType)) wrong.push(`${label} (bad entity type)`);
      else if (!fitsPredicate(predicate, subjectType, objectType)) wrong.push(`${label} (${subjectType} -> ${objectType})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('every gold entity not flagged isNew exists in the knowledge base with the same type', () => {
  const gaps: string[] = [];
  for (const { file, gold } of articles) {
    for (const entity of gold.entities) {
      if (entity.isNew === true) continue;
      const known = knowledge.get(entity.id);
      if (known === undefined) gaps.push(`${file}: ${entity.id} is missing (see needed-entities.json)`);
      else if (known !== entity.type) gaps.push(`${file}: ${entity.id} is a ${known} in the knowledge base, ${entity.type} in gold`);
    }
  }
  assert.deepEqual(gaps, []);
});

test('entities flagged isNew are absent from the knowledge base and use the slug of their name as id', () => {
  const flagged = articles.flatMap(({ file, gold }) =>
    gold.entities.filter((entity) => entity.isNew === true).map((entity) => ({ file, entity })));
  assert.ok(flagged.length > 0, 'no entity exercises new-candidate detection');
  for (const { file, entity } of flagged) {
    assert.equal(entity.id, slugOf(entity.name), `${file}: ${entity.id}`);
    assert.equal(knowledge.has(entity.id), false, `${file}: ${entity.id} is flagged isNew but is in the knowledge base`);
  }
});

test('needed-entities.json lists well-formed entities that no gold file flags as new', () => {
  const needed = JSON.parse(readFileSync(join(ARTICLES_DIR, 'needed-entities.json'), 'utf8')) as NeededEntity[];
  assert.ok(Array.isArray(needed));
  const flaggedNew = new Set(articles.flatMap(({ gold }) =>
    gold.entities.filter((entity) => entity.isNew === true).map((entity) => entity.id)));
  for (const entity of needed) {
    assert.match(entity.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `needed id ${entity.id}`);
    assert.ok(isEntityType(entity.type), `needed ${entity.id}: type ${entity.type}`);
    assert.ok(entity.name.length > 0 && entity.description.length > 0, `needed ${entity.id}: name and description`);
    assert.equal(typeof entity.aliases, 'object', `needed ${entity.id}: aliases`);
    assert.equal(flaggedNew.has(entity.id), false, `needed ${entity.id} is also flagged isNew`);
  }
});
