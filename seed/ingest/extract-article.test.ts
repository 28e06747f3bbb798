import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from './build-gazetteer.ts';
import { extractArticle } from './extract-article.ts';
import { loadGazetteerEntries } from './load-gazetteer.ts';
import { readArticle } from './read-article.ts';
import { testGazetteer } from './test-gazetteer.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('extractArticle', () => {
  const text = 'Les puces d’IA H20 de NVIDIA : victimes des tensions.\n\nLe gouvernement chinois a lancé une enquête sur les puces H20.\n';

  it('returns exactly the contract keys', () => {
    const result = extractArticle(readArticle({ bytes: bytes(text), name: 'a.txt' }), testGazetteer());
    assert.deepEqual(Object.keys(result).slice(0, 4), ['language', 'entities', 'relations', 'warnings']);
    for (const entity of result.entities) assert.deepEqual(Object.keys(entity).slice(0, 5), ['id', 'type', 'name', 'isNew', 'mentions']);
    for (const relation of result.relations) assert.deepEqual(Object.keys(relation).slice(0, 6), ['subject', 'predicate', 'object', 'confidence', 'rule', 'evidence']);
  });

  it('finds a new entity again wherever its name recurs, cue or not', () => {
    const article = 'Suppliers include NVIDIA and Zhaoxin Semiconductor.\n\nLater Zhaoxin Semiconductor said nothing.\n';
    const result = extractArticle(readArticle({ bytes: bytes(article), name: 'b.txt' }), testGazetteer());
    const zhaoxin = result.entities.find((e) => e.id === 'zhaoxin-semiconductor');
    assert.deepEqual(zhaoxin?.mentions.map((m) => article.slice(m.start, m.end)), ['Zhaoxin Semiconductor', 'Zhaoxin Semiconductor']);
  });

  it('gives offsets into the file text and relations between listed entities', () => {
    const result = extractArticle(readArticle({ bytes: bytes(text), name: 'a.txt' }), testGazetteer());
    const ids = new Set(result.entities.map((e) => e.id));
    for (const entity of result.entities) for (const m of entity.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const relation of result.relations) {
      assert.equal(text.slice(relation.evidence.start, relation.evidence.end), relation.evidence.text);
      assert.ok(ids.has(relation.subject) && ids.has(relation.object));
    }
  });

  it('is deterministic', () => {
    const gazetteer = testGazetteer();
    const a = JSON.stringify(extractArticle(readArticle({ bytes: bytes(text), name: 'a.txt' }), gazetteer));
    const b = JSON.stringify(extractArticle(readArticle({ bytes: bytes(text), name: 'a.txt' }), gazetteer));
    assert.equal(a, b);
  });

  it('extracts only names, with a warning, from an article in another language', () => {
    const german = 'Die chinesische Regierung hat eine Untersuchung gegen NVIDIA eingeleitet, weil dessen Prozessoren angeblich Sicherheitslücken enthalten und Peking besorgt ist.';
    const result = extractArticle(readArticle({ bytes: bytes(german), name: 'a.txt' }), testGazetteer());
    assert.equal(result.language, 'other');
    assert.deepEqual(result.relations, []);
    assert.ok(result.entities.some((e) => e.id === 'nvidia'));
    assert.ok(result.warnings.some((w) => w.code === 'LANGUAGE_NOT_SUPPORTED'));
  });

  it('reads the seed article’s ten entities with the knowledge base', async () => {
    const seed = join(dirname(fileURLToPath(import.meta.url)), '..', 'articles', 'seed-h20-china-fr.txt');
    const file = readFileSync(seed);
    const result = extractArticle(readArticle({ bytes: file, name: seed }), buildGazetteer(await loadGazetteerEntries()));
    const ids = new Set(result.entities.map((e) => e.id));
    for (const id of ['nvidia', 'h20', 'china-government', 'us-government', 'cambricon', 'huawei', 'jensen-huang', 'blackwell', 'us-h20-export-license-requirement-2025', 'china-cac-h20-security-inquiry-2025']) {
      assert.ok(ids.has(id), `missing ${id}`);
    }
  });
});
