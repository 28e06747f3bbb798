import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestMatchingName, luceneQuery, searchTerms } from './search-entities.ts';

describe('the Lucene query of a search text', () => {
  it('asks for the phrase, the words with the last one as a prefix, and every long enough word within one edit', () => {
    assert.equal(luceneQuery('Team Gr'), '"team gr"^8 OR (team AND gr*)^2 OR (+team~1 gr)');
  });

  it('forgives a typo in words of four letters or more, shorter words optional beside them', () => {
    assert.equal(luceneQuery('Huawie'), '"huawie"^8 OR (huawie*)^2 OR (huawie~1)');
    assert.equal(luceneQuery('AMF'), '"amf"^8 OR (amf*)^2 OR (amf)');
    assert.equal(luceneQuery('MI724 Peo'), '"mi724 peo"^8 OR (mi724 AND peo*)^2 OR (+mi724~1 peo)');
    assert.equal(luceneQuery('NPU-6346C Ascend'), '"npu 6346c ascend"^8 OR (npu AND 6346c AND ascend*)^2 OR (npu +6346c~1 +ascend~1)');
    assert.equal(luceneQuery('Team Gr', { fuzzyMinLength: 3, shortWordsOptional: false }), '"team gr"^8 OR (team* AND gr*)^2 OR (team~1 AND gr)');
  });

  it('folds case and accents as the index does', () => {
    assert.equal(luceneQuery('Pékin'), '"pekin"^8 OR (pekin*)^2 OR (pekin~1)');
    assert.deepEqual(searchTerms('Ministère du Commerce'), ['ministere', 'du', 'commerce']);
  });

  it('folds typographic apostrophes and dashes as names are folded everywhere: a curly apostrophe is the plain one, a non-breaking hyphen breaks words', () => {
    assert.deepEqual(searchTerms('L’Équipe'), ["l'equipe"]);
    assert.deepEqual(searchTerms('Hua\u2011wei'), ['hua', 'wei']);
  });

  it('searches stop words only as part of the phrase', () => {
    assert.equal(luceneQuery('the'), '"the"^8');
    assert.equal(luceneQuery('the chip'), '"the chip"^8 OR (chip*)^2 OR (chip~1)');
  });

  it('reads what Lucene would take as syntax as a word break, and operators as words', () => {
    assert.equal(luceneQuery('H20!'), '"h20"^8 OR (h20*)^2 OR (h20)');
    assert.equal(luceneQuery('Huawei OR "x"~2'), '"huawei or x 2"^8 OR (huawei AND x AND 2*)^2 OR (+huawei~1 x 2)');
    assert.equal(luceneQuery('*:*'), '');
  });
});

describe('the name a hit matched', () => {
  it('is the alias the text spells, else the name', () => {
    assert.equal(bestMatchingName('NVIDIA', ['Team Green', 'Nvidia Corporation'], 'team gr').matched, 'Team Green');
    assert.equal(bestMatchingName('China Government', ['Chine', 'Pékin', 'Beijing'], 'pekin').matched, 'Pékin');
    assert.equal(bestMatchingName('NVIDIA', ['Team Green'], 'nvida').matched, 'NVIDIA');
  });

  it('scores an exact name 1 and a typo below a prefix', () => {
    assert.equal(bestMatchingName('Huawei', [], 'HUAWEI').similarity, 1);
    assert.ok(bestMatchingName('Huawei', [], 'huaw').similarity > bestMatchingName('Huawei', [], 'huawie').similarity);
  });
});
