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
import { LANGUAGES, isEntityType } from '../../schema/vocabulary.ts';
import {
  countWords, loadKnowledgeEntityTypes, misfitRelations, parseArticle, slugOf, textNotInBody, unknownEntities, type GoldFile,
} from './gold-files.ts';

const ARTICLES_DIR = fileURLToPath(new URL('.', import.meta.url));
const KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));

/** Words per article body (front matter excluded), inclusive. */
const MIN_WORDS = 150;
const MAX_WORDS = 600;
/** Articles required in each language. */
const MIN_PER_LANGUAGE = 6;

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

const articles = loadArticles();
const knowledge = loadKnowledgeEntityTypes(KNOWLEDGE_DIR);

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

test('every mention and evidence string in a gold file appears verbatim in its article body', () => {
  assert.deepEqual(articles.flatMap(({ file, body, gold }) => textNotInBody(body, gold).map((problem) => `${file}: ${problem}`)), []);
});

test('every gold entity has an entity type of the vocabulary and appears once per gold file', () => {
  for (const { file, gold } of articles) {
    const ids = gold.entities.map((entity) => entity.id);
    assert.equal(new Set(ids).size, ids.length, `${file}: duplicate entity ids`);
    for (const entity of gold.entities) assert.ok(isEntityType(entity.type), `${file}: ${entity.id} type ${entity.type}`);
  }
});

test('every gold relation uses a vocabulary predicate whose domain and range fit the entity types', () => {
  assert.deepEqual(articles.flatMap(({ file, gold }) => misfitRelations(gold).map((problem) => `${file}: ${problem}`)), []);
});

test('every gold entity not flagged isNew exists in the knowledge base with the same type', () => {
  assert.deepEqual(articles.flatMap(({ file, gold }) => unknownEntities(gold, knowledge).map((problem) => `${file}: ${problem}`)), []);
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
