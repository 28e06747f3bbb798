/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_VIEW, formatHash, parseHash, unknownPage } from './view-url.ts';

describe('a page the app does not have', () => {
  it('is named, so the explorer it opens can say so', () => {
    assert.equal(unknownPage('#/nowhere?x=1'), 'nowhere');
    assert.equal(unknownPage('#/caf%C3%A9'), 'café');
    assert.equal(unknownPage('#/%E0%A4%A'), '%E0%A4%A');
    assert.equal(unknownPage(`#/${'a'.repeat(80)}`)?.length, 60);
    for (const hash of ['', '#', '#/', '#/explore?n=nvidia:0:0:s', '#/query', '#/add', '#/articles', '#/?sel=h20']) assert.equal(unknownPage(hash), null, hash);
  });
});

describe('the view URL', () => {
  it('round-trips entities, expansions, filters, layout, selection and article', () => {
    const state = {
      nodes: [],
      pinned: [],
      ids: ['nvidia', 'h20'],
      expand: ['nvidia'],
      filters: { nodeTypes: ['Company', 'Chip'] as const, predicates: ['MAKES'] as const, minConfidence: 0.7, from: '2023-01-01', to: '2025-06-30' },
      layout: 'concentric' as const,
      selected: 'nvidia|MAKES|h20',
      article: 'seed-h20',
      paths: [],
      pathIndex: null,
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

describe('the exact view in the URL', () => {
  it('keeps every node with its position and what brought it, so collapse still works', () => {
    const state = {
      ...EMPTY_VIEW,
      nodes: [
        { id: 'nvidia', x: 0, y: 0, owners: ['@seed'] },
        { id: 'h20', x: 120, y: -40, owners: ['nvidia'] },
        { id: 'a:b,c', x: -7, y: 3, owners: ['nvidia', '@path'] },
      ],
      expand: ['nvidia'],
      pinned: ['h20'],
    };
    const hash = formatHash('explore', state);
    assert.match(hash, /n=nvidia:0:0:s,h20:120:-40:0,/);
    assert.deepEqual(parseHash(hash).state, { ...state, ids: [] });
  });

  it('rounds positions to whole pixels', () => {
    const hash = formatHash('explore', { ...EMPTY_VIEW, nodes: [{ id: 'x', x: 10.6, y: -3.2, owners: ['@seed'] }] });
    assert.deepEqual(parseHash(hash).state.nodes, [{ id: 'x', x: 11, y: -3, owners: ['@seed'] }]);
  });
});

describe('paths in the URL', () => {
  const paths = [
    { nodeIds: ['cambricon', 'tsmc', 'us-commerce-department'], edgeIds: ['tsmc|SELLS_TO|cambricon', 'us-commerce-department|RESTRICTS_EXPORT_OF|tsmc'] },
    { nodeIds: ['cambricon', 'china~gov'], edgeIds: ['cambricon|HEADQUARTERED_IN|china~gov'] },
  ];

  it('keeps each path shown, its steps in either direction, and the one picked', () => {
    const hash = formatHash('explore', { ...EMPTY_VIEW, paths, pathIndex: 1 });
    assert.match(hash, /paths=cambricon~-SELLS_TO~tsmc~-RESTRICTS_EXPORT_OF~us-commerce-department,cambricon~HEADQUARTERED_IN~china%7Egov&path=1/);
    assert.deepEqual(parseHash(hash).state, { ...EMPTY_VIEW, paths, pathIndex: 1 });
  });

  it('drops a path it cannot read, and a pick that points nowhere', () => {
    const { state } = parseHash('#/explore?paths=a~NOT_A_PREDICATE~b,a~MAKES,a~MAKES~b&path=4');
    assert.deepEqual(state.paths, [{ nodeIds: ['a', 'b'], edgeIds: ['a|MAKES|b'] }]);
    assert.equal(state.pathIndex, null);
    assert.equal(formatHash('explore', { ...EMPTY_VIEW, paths: [{ nodeIds: ['a', 'b'], edgeIds: ['x|MAKES|y'] }] }), '#/explore', 'an edge that does not join its step');
  });
});
