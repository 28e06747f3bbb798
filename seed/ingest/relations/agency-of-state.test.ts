import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('an agency written with its nationality', () => {
  it('is part of that state', async () => {
    assert.ok((await relationsIn('Le ministère chinois du Commerce a annoncé des mesures.')).includes('mofcom PART_OF china-government'));
    assert.ok((await relationsIn('Le département américain du Commerce a annoncé une décision.')).includes('us-commerce-department PART_OF us-government'));
  });

  it('is not when it only owns what the sentence speaks of', async () => {
    const found = await relationsIn('Il figure depuis 2022 sur la liste noire du département américain du Commerce.');
    assert.ok(!found.includes('us-commerce-department PART_OF us-government'), found.join('\n'));
  });

  it('makes a new agency named with its nationality part of that state', async () => {
    const found = await relationsIn('The Dutch Ministry of Economic Affairs said on Sunday that the order stood.');
    assert.ok(found.includes('dutch-ministry-of-economic-affairs PART_OF netherlands-government'), found.join('\n'));
  });
});
