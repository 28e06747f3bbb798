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

describe('splitting a long article', () => {
  it('gives the sentences of each paragraph, the same as splitting the paragraphs one by one', () => {
    const paragraph = 'Nvidia said on Tuesday that sales of the H20 had stopped. The U.S. Commerce Department declined to comment. Analysts expect a rebound.';
    const paragraphs = Array.from({ length: 400 }, (_, i) => `${paragraph} Item ${i}.`);
    const text = paragraphs.join('\n\n');
    const whole = splitSentences(text, 'en').map((s) => s.text);
    const oneByOne = paragraphs.flatMap((p) => splitSentences(p, 'en').map((s) => s.text));
    assert.equal(whole.length, 400 * 4);
    assert.deepEqual(whole, oneByOne);
  });

  it('cuts a single very long line after full stops, keeping every offset', () => {
    const line = Array.from({ length: 300 }, (_, i) => `Sentence number ${i} mentions Huawei.`).join(' ');
    const sentences = splitSentences(line, 'en');
    assert.equal(sentences.length, 300);
    for (const s of sentences) assert.equal(line.slice(s.start, s.end), s.text);
  });
});
