/**
 * The held-out set (`dev/` and `test/`) stays a fair yardstick: every gold file names an article beside
 * it, points at exact text, uses the vocabulary's predicates on entities of the right types, and
 * names known entities by their knowledge-base ids (new ones by the slug of their name; some of those
 * joined the knowledge base later, and scoring hides them again).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import {
  loadKnowledgeEntityTypes, misfitRelations, parseArticle, slugOf, textNotInBody, unknownEntities, type GoldFile,
} from '../gold-files.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const knowledge = loadKnowledgeEntityTypes(fileURLToPath(new URL('../../knowledge/', import.meta.url)));

for (const part of ['dev', 'test']) {
  const folder = join(HERE, part);
  const golds = readdirSync(folder).filter((name) => name.endsWith('.gold.json')).sort();
  const read = golds.map((name) => {
    const gold = JSON.parse(readFileSync(join(folder, name), 'utf8')) as GoldFile;
    const articlePath = join(folder, gold.article);
    const body = existsSync(articlePath) ? parseArticle(readFileSync(articlePath, 'utf8')).body : undefined;
    return { name, gold, body };
  });
  const each = (check: (gold: GoldFile, body: string) => string[]): string[] =>
    read.flatMap(({ name, gold, body }) => (body === undefined ? [] : check(gold, body).map((problem) => `${name}: ${problem}`)));

  describe(`the held-out ${part} set`, () => {
    it('pairs every gold file with its article, in both languages', () => {
      assert.deepEqual(read.filter(({ body }) => body === undefined).map(({ name }) => name), []);
      for (const language of ['en', 'fr']) {
        assert.ok(read.some(({ gold }) => gold.article.includes(`-${language}.`)), `no ${language} article in ${part}`);
      }
    });

    it('points every mention and evidence string at text of the article', () => {
      assert.deepEqual(each((gold, body) => textNotInBody(body, gold)), []);
    });

    it('uses vocabulary predicates on entities of the right types', () => {
      assert.deepEqual(each((gold) => misfitRelations(gold)), []);
    });

    it('names known entities by their knowledge-base ids and new ones by the slug of their name', () => {
      assert.deepEqual(each((gold) => unknownEntities(gold, knowledge)), []);
      assert.deepEqual(each((gold) => gold.entities.filter((e) => e.isNew === true && e.id !== slugOf(e.name)).map((e) => e.id)), []);
    });
  });
}
