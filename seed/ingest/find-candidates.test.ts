import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCandidates } from './find-candidates.ts';
import { sentenceOfTokens } from './link-entities.ts';
import { splitSentences } from './split-sentences.ts';
import { tokenize } from './tokenize.ts';

function candidates(text: string, language: 'en' | 'fr' = 'en'): Array<[string, string]> {
  const tokens = tokenize(text);
  const sentenceOfToken = sentenceOfTokens(tokens, splitSentences(text, language));
  return findCandidates({ text, tokens, sentenceOfToken, covered: new Set(), knownIds: new Set() }).map((c) => [c.entityId, c.type]);
}

describe('findCandidates', () => {
  it('proposes a person named after a role', () => {
    assert.deepEqual(candidates('Le concurrent, dirigé par Lisa Su, recule.', 'fr'), [['lisa-su', 'Person']]);
  });

  it('proposes a person who speaks', () => {
    assert.deepEqual(candidates('Yesterday Howard Lutnick said the deal was done.'), [['howard-lutnick', 'Person']]);
  });

  it('leaves a capitalised title out of the name', () => {
    assert.deepEqual(candidates('NVIDIA founder and CEO Jensen Huang visited the site.'), [['jensen-huang', 'Person']]);
  });

  it('proposes a company named with a legal suffix', () => {
    assert.deepEqual(candidates('Shares of Zhaoxin Semiconductor rose.'), [['zhaoxin-semiconductor', 'Company']]);
  });

  it('proposes an unknown model code in chip context', () => {
    assert.deepEqual(candidates('The new B40 chip is slower.'), [['b40', 'Chip']]);
  });

  it('does not propose news outlets, months or cities without a cue', () => {
    assert.deepEqual(candidates('According to the Financial Times, in August the firm moved to Santa Clara. Reuters said so.'), []);
  });
});
