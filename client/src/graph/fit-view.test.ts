/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIT_PADDING, fitViewport, overlayPadding } from './fit-view.ts';

const canvas = { left: 200, top: 100, right: 700, bottom: 600 };

describe('fitting the graph around the overlays', () => {
  it('keeps the base padding when nothing lies over the canvas', () => {
    assert.deepEqual(overlayPadding(canvas, []), { top: FIT_PADDING, right: FIT_PADDING, bottom: FIT_PADDING, left: FIT_PADDING });
    assert.deepEqual(overlayPadding(canvas, [{ left: 0, top: 0, right: 190, bottom: 600 }]).left, FIT_PADDING, 'a panel beside the canvas takes no room in it');
  });

  it('clears the legend in the bottom-left corner from the bottom, where it costs the least', () => {
    const legend = { left: 210, top: 520, right: 480, bottom: 590 };
    const padding = overlayPadding(canvas, [legend]);
    assert.equal(padding.bottom, 600 - 520 + 12);
    assert.deepEqual([padding.top, padding.left, padding.right], [FIT_PADDING, FIT_PADDING, FIT_PADDING]);
  });

  it('clears a tall narrow overlay on the right from the right', () => {
    const padding = overlayPadding(canvas, [{ left: 620, top: 110, right: 690, bottom: 590 }]);
    assert.equal(padding.right, 700 - 620 + 12);
    assert.equal(padding.bottom, FIT_PADDING);
  });

  it('leaves the graph at least a third of the canvas', () => {
    const padding = overlayPadding(canvas, [{ left: 210, top: 110, right: 690, bottom: 420 }, { left: 210, top: 300, right: 690, bottom: 590 }]);
    assert.ok(500 - padding.top - padding.bottom >= 500 / 3 - 0.001, JSON.stringify(padding));
  });

  it('centres the graph in the room the padding leaves', () => {
    const padding = { top: 40, right: 40, bottom: 120, left: 40 };
    const { zoom, pan } = fitViewport({ x1: -100, y1: -50, x2: 100, y2: 50 }, { width: 500, height: 500 }, padding);
    assert.equal(zoom, 2.1); // 420 px wide room / 200, 340 tall / 100 → the width decides
    // The box's centre (0, 0) lands in the middle of the room: x 40 + 210, y 40 + 170.
    assert.deepEqual(pan, { x: 250, y: 210 });
    const box = { x1: -100 * zoom + pan.x, y2: 50 * zoom + pan.y };
    assert.ok(box.x1 >= padding.left && box.y2 <= 500 - padding.bottom);
  });

  it('stays within the zoom bounds', () => {
    assert.equal(fitViewport({ x1: 0, y1: 0, x2: 1, y2: 1 }, { width: 500, height: 500 }, { top: 0, right: 0, bottom: 0, left: 0 }).zoom, 3);
    assert.equal(fitViewport({ x1: 0, y1: 0, x2: 1e6, y2: 1 }, { width: 500, height: 500 }, { top: 0, right: 0, bottom: 0, left: 0 }).zoom, 0.15);
  });
});
