/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelMessage, sourcesFromPublications, type PanelMessageKey } from './panel-messages.ts';

const en = (key: PanelMessageKey, values?: Record<string, string | number>): string => panelMessage('en', key, values);
const fr = (key: PanelMessageKey, values?: Record<string, string | number>): string => panelMessage('fr', key, values);

describe('the panels’ words', () => {
  it('counts sources by distinct publication, in both languages', () => {
    assert.equal(sourcesFromPublications(en, 6, 4), '6 sources from 4 publications');
    assert.equal(sourcesFromPublications(en, 5, 1), '5 sources from 1 publication');
    assert.equal(sourcesFromPublications(en, 1, 1), '1 source');
    assert.equal(sourcesFromPublications(fr, 6, 4), '6 sources issues de 4 publications');
    assert.equal(sourcesFromPublications(fr, 5, 1), '5 sources issues de 1 publication');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    assert.equal(fr('pathsSteps', { count: 3 }), '3 étapes');
    assert.equal(en('pathsSteps'), '{count} steps');
  });
});
