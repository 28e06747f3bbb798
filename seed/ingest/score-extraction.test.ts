import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExtractionResult } from './extraction-contract.ts';
import { alignNewEntities, precisionRecall, scoreExtraction } from './score-extraction.ts';

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

  it('counts a new entity under the gold id of the new entity it shares a mention with', () => {
    const listText = 'Washington put Huawei on the Military End-User List.';
    const withNew: ExtractionResult = {
      ...result,
      entities: [
        ...result.entities,
        { id: 'military-end-user-list', type: 'Policy', name: 'Military End-User List', isNew: true, mentions: [{ text: 'Military End-User List', start: 29, end: 51, rule: 'named-policy' }] },
        { id: 'end-user-list', type: 'Company', name: 'End-User List', isNew: true, mentions: [{ text: 'End-User List', start: 38, end: 51, rule: 'x' }] },
      ],
      relations: [{ subject: 'military-end-user-list', predicate: 'TARGETS', object: 'huawei', confidence: 0.8, rule: 'x', evidence: { text: listText, start: 0, end: listText.length } }],
    };
    const gold = {
      article: 'a',
      entities: [
        { id: 'huawei', type: 'Company', name: 'Huawei', mentions: ['Huawei'] },
        { id: 'us-military-end-user-list', type: 'Policy', name: 'US Military End-User List', isNew: true, mentions: ['military end-user list'] },
      ],
      relations: [{ subject: 'us-military-end-user-list', predicate: 'TARGETS', object: 'huawei' }],
    };
    assert.deepEqual([...alignNewEntities(withNew, gold)], [['military-end-user-list', 'us-military-end-user-list']]);
    const score = scoreExtraction(withNew, gold, listText);
    assert.equal(score.relations.truePositives, 1);
    assert.deepEqual(score.entities.extra.sort(), ['end-user-list', 'nvidia']);
  });

  it('computes precision, recall and F1', () => {
    assert.deepEqual(precisionRecall(1, 2, 4), { precision: 0.5, recall: 0.25, f1: 1 / 3 });
  });
});
