/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasOverlap, separateNodes, type NodeBox } from './separate-nodes.ts';

const box = (id: string, x: number, y: number, fixed = false): NodeBox => ({ id, x, y, halfWidth: 40, halfHeight: 25, fixed });

describe('separating nodes after a layout', () => {
  it('parts two nodes drawn on top of each other', () => {
    const boxes = [box('cac', 0, 0), box('miit', 0, 0)];
    separateNodes(boxes);
    assert.equal(hasOverlap(boxes), false);
  });

  it('leaves a fixed node where it is and moves the other', () => {
    const boxes = [box('nvidia', 0, 0, true), box('h20', 10, 5)];
    const moved = separateNodes(boxes);
    assert.deepEqual([boxes[0]?.x, boxes[0]?.y], [0, 0]);
    assert.deepEqual([...moved], ['h20']);
    assert.equal(hasOverlap(boxes), false);
  });

  it('untangles a crowded cluster and leaves separate nodes alone', () => {
    const boxes = Array.from({ length: 30 }, (_, i) => box(`n${i}`, (i % 5) * 10, Math.floor(i / 5) * 10));
    const far = box('far', 5000, 5000);
    separateNodes([...boxes, far]);
    assert.equal(hasOverlap(boxes), false);
    assert.deepEqual([far.x, far.y], [5000, 5000]);
  });
});
