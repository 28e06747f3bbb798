import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amountOfRelation, extractAmounts, extractDates } from './extract-dates.ts';

describe('extractDates', () => {
  it('anchors a weekday and a day on the article date', () => {
    assert.equal(extractDates('The regulator summoned Nvidia on Thursday, July 31.', 'en', '2025-08-01')[0]?.date, '2025-07-31');
  });

  it('reads French dates with the French parser', () => {
    assert.equal(extractDates('Le 11 août 2025, Donald Trump a confirmé.', 'fr')[0]?.date, '2025-08-11');
  });

  it('keeps offsets into the sentence plus the given offset', () => {
    const found = extractDates('Le 11 août 2025, rien.', 'fr', undefined, 100)[0];
    assert.deepEqual([found?.start, found?.end], [103, 115]);
  });
});

describe('extractAmounts', () => {
  it('finds dollar figures and shares in English and French', () => {
    assert.deepEqual(extractAmounts('pour 650 millions de dollars, $5.5 billion et 15 % des revenus').map((a) => a.text), ['650 millions de dollars', '$5.5 billion', '15 %']);
  });
});

describe('amountOfRelation', () => {
  it('gives the figure between or just after two mentions, for predicates money belongs to', () => {
    const text = 'ByteDance placed orders for the H20 worth $2 billion.';
    const sentence = { start: 0, end: text.length };
    const [from, to] = [0, text.indexOf('H20') + 3];
    assert.equal(amountOfRelation(text, sentence, from, to, 'BUYS'), '$2 billion');
    assert.equal(amountOfRelation(text, sentence, from, to, 'MAKES'), undefined);
  });
});
