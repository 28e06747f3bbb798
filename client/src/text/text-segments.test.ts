/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTermSpans, splitAtSpans } from './text-segments.ts';

describe('splitting a text at highlighted spans', () => {
  it('keeps every character, in order, with the highlighted pieces marked', () => {
    const text = 'Team Green sells the H2O in China.';
    const segments = splitAtSpans(text, [{ start: 0, end: 10, value: 'Company' }, { start: 21, end: 24, value: 'Chip' }]);
    assert.equal(segments.map((s) => s.text).join(''), text);
    assert.deepEqual(segments.filter((s) => s.span).map((s) => [s.text, s.span?.value]), [['Team Green', 'Company'], ['H2O', 'Chip']]);
  });

  it('drops overlapping and out-of-range spans', () => {
    const segments = splitAtSpans('abcdef', [{ start: 0, end: 4, value: 1 }, { start: 2, end: 5, value: 2 }, { start: 3, end: 99, value: 3 }]);
    assert.deepEqual(segments.map((s) => s.text), ['abcd', 'ef']);
  });

  it('finds names case- and accent-insensitively on word boundaries', () => {
    const spans = findTermSpans('Le gouvernement chinois enquête sur NVIDIA; nvidiaX non.', [{ term: 'Nvidia', value: 'n' }, { term: 'enquete', value: 'e' }]);
    assert.deepEqual(spans.map((s) => [s.start, s.end, s.value]), [[36, 42, 'n'], [24, 31, 'e']]);
  });
});
