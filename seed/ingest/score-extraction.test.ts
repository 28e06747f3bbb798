import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExtractionResult } from './extraction-contract.ts';
import { precisionRecall, scoreExtraction } from './score-extraction.ts';

const text = 'Huawei rivals Nvidia.';
const result: ExtractionResult = {
  language: 'en',
  entities: [
    { id: 'huawei', type: 'Company', name: 'Huawei', isNew: false, mentions: [{ text: 'Huawei', start: 0, end: 6, rule: 'alias' }] },
    { id: 'nvidia', type: 'Company', name: 'NVIDIA', isNew: false, mentions: [{ text: 'Nvidia', start: 14, end: 20, rule: 'alias' }] },
  ],
  relations: [{ subject: 'nvidia', predicate: 'COMPETES_WITH', object: 'huawei', confidence: 0.8, rule: 'x', evidence: { text, start: 0, end: text.length } }],
  warnings: [],
};

describe('scoreExtraction', () => {
  it('matches COMPETES_WITH in either direction', () => {
    const score = scoreExtraction(result, { article: 'a', entities: [], relations: [{ subject: 'huawei', predicate: 'COMPETES_WITH', object: 'nvidia' }] }, text);
    assert.equal(score.relations.truePositives, 1);
  });

  it('counts offsets that do not point at their text', () => {
    const score = scoreExtraction(result, { article: 'a', entities: [], relations: [] }, 'Huawei rivals NVIDIA!');
    assert.equal(score.offsets.total, 3);
    assert.equal(score.offsets.invalid.length, 2);
  });

  it('computes precision, recall and F1', () => {
    assert.deepEqual(precisionRecall(1, 2, 4), { precision: 0.5, recall: 0.25, f1: 1 / 3 });
  });
});
