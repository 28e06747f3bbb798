/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GraphNode } from '../api/explorer-api.ts';
import { addSeeds, EMPTY_MODEL } from '../graph/canvas-model.ts';
import { NO_FILTERS } from '../graph/graph-filters.ts';
import { exploreReducer, INITIAL_STATE, urlStateOf } from './explore-state.ts';
import { createExploreStore } from './explore-store.ts';
import { EMPTY_VIEW } from './view-url.ts';

const node = (id: string): GraphNode => ({ id, type: 'Company', name: id, degree: 1, hiddenDegree: 1, date: null, kind: null });

describe('the explorer state', () => {
  it('counts each meaningful change as a step of the history', () => {
    const model = addSeeds(EMPTY_MODEL, { nodes: [node('nvidia')], edges: [] });
    let state = exploreReducer(INITIAL_STATE, { type: 'commit', model, select: { kind: 'node', id: 'nvidia' } });
    assert.equal(state.step, 1);
    state = exploreReducer(state, { type: 'filters', filters: { ...NO_FILTERS, minConfidence: 0.7 } });
    assert.equal(state.step, 2);
    state = exploreReducer(state, { type: 'article', id: 'a1' });
    assert.equal(state.step, 3);
  });

  it('does not count waiting, notices or selecting what is already selected', () => {
    const model = addSeeds(EMPTY_MODEL, { nodes: [node('nvidia')], edges: [] });
    let state = exploreReducer(INITIAL_STATE, { type: 'commit', model, select: { kind: 'node', id: 'nvidia' } });
    state = exploreReducer(state, { type: 'busy', message: 'Expanding…' });
    state = exploreReducer(state, { type: 'notice', text: 'hello' });
    state = exploreReducer(state, { type: 'select', target: { kind: 'node', id: 'nvidia' } });
    assert.equal(state.step, 1);
  });

  it('asks the canvas for a layout when the user chooses one, never when a view is restored', () => {
    const model = addSeeds(EMPTY_MODEL, { nodes: [node('nvidia'), node('h20')], edges: [] });
    let state = exploreReducer(INITIAL_STATE, { type: 'commit', model });
    state = exploreReducer(state, { type: 'layout', layout: 'grid' });
    assert.equal(state.layoutRun, 1);
    const snapshot = state;
    state = exploreReducer(state, { type: 'layout', layout: 'fcose' });
    assert.equal(state.layoutRun, 2);
    const url = { ...EMPTY_VIEW, nodes: [{ id: 'nvidia', x: 10, y: -4, owners: ['@seed'] }, { id: 'h20', x: 90, y: 30, owners: ['@seed'] }], layout: 'concentric' as const };
    const restored = exploreReducer(state, { type: 'restore', model, url });
    assert.equal(restored.layout, 'concentric');
    assert.equal(restored.layoutRun, 2, 'a link drawn at its own positions runs no layout');
    assert.deepEqual(restored.placement?.positions.get('nvidia'), { x: 10, y: -4 });
    const back = exploreReducer(restored, { type: 'snapshot', state: snapshot, positions: new Map() });
    assert.equal(back.layout, 'grid');
    assert.equal(back.layoutRun, 2, 'Back to an entry with another layout keeps its positions too');
  });

  it('a store tells its readers about changes and not about no-ops', () => {
    const store = createExploreStore();
    let calls = 0;
    const stop = store.subscribe(() => void (calls += 1));
    store.dispatch({ type: 'select', target: null });
    assert.equal(calls, 0);
    store.dispatch({ type: 'notice', text: 'hi' });
    assert.equal(calls, 1);
    stop();
    store.dispatch({ type: 'notice', text: 'bye' });
    assert.equal(calls, 1);
    assert.equal(store.getState().notice, 'bye');
  });

  it('reopens the paths of a link from the nodes and relationships drawn', () => {
    const edge = (source: string, predicate: 'MAKES' | 'SELLS_TO', target: string) => ({ id: `${source}|${predicate}|${target}`, source, target, predicate, confidence: 0.9, sources: 1, publications: 1, date: null, validFrom: null, validTo: null });
    const model = addSeeds(EMPTY_MODEL, { nodes: [node('a'), node('b'), node('c')], edges: [edge('a', 'MAKES', 'b'), edge('c', 'SELLS_TO', 'b')] });
    const shown = { nodeIds: ['a', 'b', 'c'], edgeIds: ['a|MAKES|b', 'c|SELLS_TO|b'] };
    const gone = { nodeIds: ['a', 'd'], edgeIds: ['a|MAKES|d'] };
    const url = { ...EMPTY_VIEW, nodes: [...model.nodes.keys()].map((id) => ({ id, x: 0, y: 0, owners: ['@seed'] })), paths: [gone, shown], pathIndex: 1 };
    const restored = exploreReducer(INITIAL_STATE, { type: 'restore', model, url });
    assert.deepEqual(restored.paths?.paths, [{ ...shown, length: 2 }], 'a path whose nodes are not drawn is left out');
    assert.equal(restored.pathIndex, 0, 'the pick follows its path');
    assert.deepEqual(restored.paths?.graph.edges.map((e) => e.id), shown.edgeIds);
    assert.deepEqual(urlStateOf(restored).paths, [shown]);
    assert.equal(urlStateOf(restored).pathIndex, 0);
  });
});
