/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyStart } from './front-matter.ts';

describe('the body of an article', () => {
  it('starts after the front matter and the blank lines that follow it', () => {
    const text = '---\ntitle: Nvidia takes a hit\ndate: 2025-04-16\nurl: https://example.org/a\n---\n\nNvidia takes a hit.';
    assert.equal(text.slice(bodyStart(text)), 'Nvidia takes a hit.');
  });

  it('is the whole text when there is no front matter, or a rule that is not one', () => {
    assert.equal(bodyStart('Nvidia takes a hit.'), 0);
    assert.equal(bodyStart('---\nNot metadata at all\n---\nText'), 0);
  });
});
