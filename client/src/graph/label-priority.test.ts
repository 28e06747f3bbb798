/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labelledNodes, labelScale, MIN_LABELLED } from './label-priority.ts';

const nodes = Array.from({ length: 40 }, (_, index) => ({ id: `n${String(index).padStart(2, '0')}`, degree: index === 7 ? 900 : index === 3 ? 400 : index % 5 }));

describe('labels by priority', () => {
  it('labels every node once labels are legible', () => {
    assert.equal(labelledNodes(nodes, 1).size, 40);
    assert.equal(labelledNodes(nodes, 2.5).size, 40);
  });

  it('labels fewer nodes as the view zooms out, the hubs first', () => {
    const half = labelledNodes(nodes, 0.5);
    assert.equal(half.size, 10);
    assert.ok(half.has('n07') && half.has('n03'), 'the two hubs');
    const far = labelledNodes(nodes, 0.2);
    assert.equal(far.size, MIN_LABELLED);
    assert.ok(far.has('n07') && far.has('n03'));
    assert.ok(labelledNodes(nodes, 0.7).size > half.size);
  });

  it('always labels the selection, the ends of a selected edge, a path', () => {
    const far = labelledNodes(nodes, 0.2, new Set(['n01', 'n02']));
    assert.ok(far.has('n01') && far.has('n02') && far.has('n07'));
    assert.equal(far.size, MIN_LABELLED + 2);
  });

  it('never draws a label over another: the bigger hub keeps its label, the next one fills in', () => {
    const box = (x: number, top: number) => ({ x, top, margin: 5, width: 80, height: 14 });
    const crowd = [
      { id: 'tsmc', degree: 300, box: box(0, 0) },
      { id: 'amd', degree: 200, box: box(40, 10) }, // under TSMC's label once drawn larger
      { id: 'intel', degree: 100, box: box(400, 0) },
      { id: 'arm', degree: 50, box: box(800, 0) },
      ...Array.from({ length: 20 }, (_, index) => ({ id: `leaf${index}`, degree: 1, box: box(2000 + index * 200, 0) })),
    ];
    const far = labelledNodes(crowd, 0.45);
    assert.ok(far.has('tsmc') && !far.has('amd'), 'AMD waits for a closer zoom');
    assert.ok(far.has('intel') && far.has('arm'));
    assert.equal(far.size, MIN_LABELLED, 'the room AMD would take goes to the next node');
    // Selected, AMD is labelled and TSMC's label, which would cover it, waits instead.
    const selected = labelledNodes(crowd, 0.45, new Set(['amd']));
    assert.ok(selected.has('amd') && !selected.has('tsmc'));
    // Far enough apart at scale 1, both labels are drawn once zoomed in.
    assert.ok(labelledNodes(crowd, 1).has('amd'));
  });

  it('draws the labels kept larger when zoomed out, up to three times', () => {
    assert.equal(labelScale(1.5), 1);
    assert.equal(labelScale(0.45), 2);
    assert.equal(labelScale(0.1), 3);
  });
});
