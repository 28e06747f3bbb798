/// <reference types="node" />
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LANGUAGES } from './language.ts';
import { message, sourceCount, sourcesFromPublications, typeLabel, type MessageKey } from './messages.ts';

const en = (key: MessageKey, values?: Record<string, string | number>): string => message('en', key, values);
const fr = (key: MessageKey, values?: Record<string, string | number>): string => message('fr', key, values);

/** The keys of the catalogue, in the order the English list writes them. */
const KEYS = ((): MessageKey[] => {
  const source = readFileSync(new URL('./messages.ts', import.meta.url), 'utf8');
  const english = source.slice(source.indexOf('const en = {'), source.indexOf('} as const;'));
  return [...english.matchAll(/^ {2}(\w+): /gm)].map((match) => match[1] as MessageKey);
})();

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

describe('the catalogue', () => {
  it('has every key once, with words in both languages', () => {
    assert.ok(KEYS.length > 300, `only ${KEYS.length} keys read`);
    assert.equal(new Set(KEYS).size, KEYS.length);
    for (const key of KEYS) for (const language of LANGUAGES) assert.notEqual(message(language, key).trim(), '', `${key} is empty in ${language}`);
  });

  it('gives both languages the same placeholders', () => {
    for (const key of KEYS) assert.deepEqual(placeholders(fr(key)), placeholders(en(key)), key);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    assert.equal(fr('pathsSteps', { count: 3 }), '3 étapes');
    assert.equal(en('pathsSteps'), '{count} steps');
    assert.equal(en('factsFromTo', { from: '1 Jan 2025', to: 'now' }), 'Facts from 1 Jan 2025 to now');
    assert.equal(en('detailsShownOfTotal', { shown: 0, total: 25 }), '0 of 25');
    assert.equal(fr('searchNothing', { text: '$1 {x}' }), 'Rien trouvé pour « $1 {x} ». Essayez une autre orthographe ou un surnom.');
  });

  it('counts sources by distinct publication, in both languages', () => {
    assert.equal(sourcesFromPublications(en, 6, 4), '6 sources from 4 publications');
    assert.equal(sourcesFromPublications(en, 5, 1), '5 sources from 1 publication');
    assert.equal(sourcesFromPublications(en, 1, 1), '1 source');
    assert.equal(sourcesFromPublications(fr, 6, 4), '6 sources issues de 4 publications');
    assert.equal(sourcesFromPublications(fr, 5, 1), '5 sources issues de 1 publication');
    assert.equal(sourceCount(fr, 2), '2 sources');
  });

  it('names node types', () => {
    assert.equal(typeLabel(en, 'Company'), 'Company');
    assert.equal(typeLabel(fr, 'Policy'), 'Mesure');
  });
});
