import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { luceneQueries, searchTerms } from './search-entities.ts';

describe('the Lucene queries of a search text', () => {
  it('asks for the phrase or every word as a prefix, and adds typo tolerance separately', () => {
    assert.deepEqual(luceneQueries('Team Gr'), {
      exact: '"team gr"^8 OR (team* AND gr*)^2',
      tolerant: '"team gr"^8 OR (team* AND gr*)^2 OR (team~1 AND gr)',
    });
  });

  it('folds case and accents as the index does', () => {
    assert.equal(luceneQueries('Pékin').exact, '"pekin"^8 OR (pekin*)^2');
    assert.deepEqual(searchTerms('Ministère du Commerce'), ['ministere', 'du', 'commerce']);
  });

  it('has no tolerant query when no word is long enough to misspell', () => {
    assert.deepEqual(luceneQueries('AI gr'), { exact: '"ai gr"^8 OR (ai* AND gr*)^2', tolerant: null });
  });

  it('searches stop words only as part of the phrase', () => {
    assert.deepEqual(luceneQueries('the'), { exact: '"the"^8', tolerant: null });
    assert.equal(luceneQueries('the chip').exact, '"the chip"^8 OR (chip*)^2');
  });

  it('reads what Lucene would take as syntax as a word break, and operators as words', () => {
    assert.equal(luceneQueries('H20!').exact, '"h20"^8 OR (h20*)^2');
    assert.equal(luceneQueries('Huawei OR "x"~2 AND').exact, '"huawei or x 2 and"^8 OR (huawei* AND x* AND 2*)^2');
    assert.deepEqual(luceneQueries('*:*'), { exact: '', tolerant: null });
  });
});
