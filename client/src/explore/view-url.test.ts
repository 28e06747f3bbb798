/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_VIEW, formatHash, parseHash } from './view-url.ts';

describe('the view URL', () => {
  it('round-trips entities, expansions, filters, layout, selection and article', () => {
    const state = {
      ids: ['nvidia', 'h20'],
      expand: ['nvidia'],
      filters: { nodeTypes: ['Company', 'Chip'] as const, predicates: ['MAKES'] as const, minConfidence: 0.7, from: '2023-01-01', to: '2025-06-30' },
      layout: 'concentric' as const,
      selected: 'nvidia|MAKES|h20',
      article: 'seed-h20',
    };
    const hash = formatHash('explore', { ...state, filters: { ...state.filters, nodeTypes: [...state.filters.nodeTypes], predicates: [...state.filters.predicates] } });
    assert.match(hash, /^#\/explore\?ids=nvidia,h20&expand=nvidia&types=Company,Chip/);
    assert.deepEqual(parseHash(hash), { view: 'explore', state: { ...state, filters: { ...state.filters, nodeTypes: ['Company', 'Chip'], predicates: ['MAKES'] } } });
  });

  it('ignores what it does not understand', () => {
    const { view, state } = parseHash('#/nowhere?types=Planet&conf=7&from=yesterday&layout=spiral');
    assert.equal(view, 'explore');
    assert.deepEqual(state, EMPTY_VIEW);
  });

  it('keeps ids with commas intact', () => {
    const hash = formatHash('explore', { ...EMPTY_VIEW, ids: ['a,b', 'c'] });
    assert.deepEqual(parseHash(hash).state.ids, ['a,b', 'c']);
  });
});
