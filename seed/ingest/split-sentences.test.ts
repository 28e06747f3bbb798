import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './split-sentences.ts';

describe('splitSentences', () => {
  it('splits at a period glued to the next sentence', () => {
    const text = 'Les puces n’ont pas atteint le marché chinois.Étonnamment, ce n’est pas Washington.';
    const sentences = splitSentences(text, 'fr');
    assert.deepEqual(sentences.map((s) => s.text), ['Les puces n’ont pas atteint le marché chinois.', 'Étonnamment, ce n’est pas Washington.']);
  });

  it('does not split after U.S. when a name follows', () => {
    const sentences = splitSentences('The U.S. Commerce Department acted. It said so.', 'en');
    assert.equal(sentences.length, 2);
    assert.equal(sentences[0]?.text, 'The U.S. Commerce Department acted.');
  });

  it('does not split after the French title M.', () => {
    const sentences = splitSentences('Selon M. Huang, la Chine compte. Il insiste.', 'fr');
    assert.equal(sentences[0]?.text, 'Selon M. Huang, la Chine compte.');
  });

  it('keeps offsets into the text', () => {
    const text = 'Title line\n\nFirst sentence. Second one.';
    for (const sentence of splitSentences(text, 'en')) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
  });
});
