/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GraphEdge, GraphNode } from '../api/explorer-api.ts';
import { EMPTY_MODEL, addSeeds, collapseNode, expandNode, hiddenDegreeOf, removeNode, seedIds, togglePin } from './canvas-model.ts';

const node = (id: string, degree = 2): GraphNode => ({ id, type: 'Company', name: id, degree, hiddenDegree: 0, date: null, kind: null });
const edge = (source: string, target: string): GraphEdge => ({
  id: `${source}|SUPPLIES|${target}`, source, target, predicate: 'SUPPLIES', confidence: 1, sources: 1, publications: 1, date: null, validFrom: null, validTo: null,
});

describe('the canvas model', () => {
  const seeded = addSeeds(EMPTY_MODEL, { nodes: [node('nvidia', 3)], edges: [] });
  const expanded = expandNode(seeded, 'nvidia', { nodes: [node('nvidia', 3), node('tsmc'), node('skhynix')], edges: [edge('tsmc', 'nvidia'), edge('skhynix', 'nvidia')] });

  it('counts what is not drawn yet as "+N more"', () => {
    assert.equal(hiddenDegreeOf(seeded, 'nvidia'), 3);
    assert.equal(hiddenDegreeOf(expanded, 'nvidia'), 1);
  });

  it('collapsing removes only the nodes that the expansion brought', () => {
    const withOther = expandNode(expanded, 'tsmc', { nodes: [node('tsmc'), node('apple'), node('nvidia', 3)], edges: [edge('tsmc', 'apple')] });
    const collapsed = collapseNode(withOther, 'nvidia');
    assert.deepEqual([...collapsed.nodes.keys()], ['nvidia']);
    assert.deepEqual(collapsed.expanded, []);
    assert.deepEqual(seedIds(collapsed), ['nvidia']);
  });

  it('a pinned node survives the collapse that would remove it', () => {
    const collapsed = collapseNode(togglePin(expanded, 'tsmc'), 'nvidia');
    assert.deepEqual([...collapsed.nodes.keys()].sort(), ['nvidia', 'tsmc']);
  });

  it('removing a node removes its edges and its expansion', () => {
    const removed = removeNode(expanded, 'nvidia');
    assert.deepEqual([...removed.nodes.keys()], ['tsmc', 'skhynix']);
    assert.equal(removed.edges.size, 0);
    assert.deepEqual(removed.expanded, []);
  });

  it('never changes the model it was given (undo keeps old models)', () => {
    assert.equal(seeded.nodes.size, 1);
    assert.equal(EMPTY_MODEL.nodes.size, 0);
  });
});
