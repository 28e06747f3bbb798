/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupByPublication } from './group-evidence.ts';

describe('sources grouped by publication', () => {
  it('puts copies of one story together, in the order of their first source', () => {
    const groups = groupByPublication([
      { statementId: 's1', articleId: 'reuters', publication: 'reuters' },
      { statementId: 's2', articleId: null, publication: null },
      { statementId: 's3', articleId: 'yahoo-copy', publication: 'reuters' },
      { statementId: 's4', articleId: 'lemonde', publication: 'lemonde' },
      { statementId: 's5', articleId: 'lemonde', publication: 'lemonde' },
    ]);
    assert.deepEqual(groups.map((group) => [group.key, group.evidence.map((e) => e.statementId)]), [
      ['reuters', ['s1', 's3']],
      ['s2', ['s2']],
      ['lemonde', ['s4', 's5']],
    ]);
  });

  it('keeps an article without a publication id as its own', () => {
    assert.deepEqual(groupByPublication([{ statementId: 's1', articleId: 'a' }, { statementId: 's2', articleId: 'b' }]).map((group) => group.key), ['a', 'b']);
  });
});
