/**
 * A readable graph in a real browser: parallel relationships drawn as one edge with their count
 * and opened on selection; labels by priority (hubs and the selection first); and the explorer at
 * 1024×700: a toolbar on one line, the graph inside the canvas and clear of the legend.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { BrowserContext, Page } from 'playwright-core';
import { clickEdge, screenPointOf, SCREENSHOT_DIR, startBrowserSession, waitForCanvasIdle, type BrowserSession } from '../support/browser.ts';

declare const window: { __chipgraph?: { cy: Core }; location: Location };

const MAKES = 'nvidia|MAKES|h20';
const DESIGNS = 'nvidia|DESIGNS|h20';
const BUNDLE = 'bundle:h20|nvidia';

/** Whether each of these edges is drawn (not hidden by a bundle, open or closed). */
async function drawn(page: Page, ids: string[]): Promise<boolean[]> {
  return page.evaluate((list) => list.map((id) => window.__chipgraph?.cy.getElementById(id).visible() ?? false), ids);
}

describe('a readable graph', () => {
  let session: BrowserSession;
  before(async () => {
    session = await startBrowserSession();
  });
  after(async () => {
    await session?.close();
  });

  it('draws the relationships between two nodes as one edge with their count, opened when selected', async () => {
    const { page } = session;
    await page.goto('/#/explore?n=nvidia:0:0:s,h20:260:0:s');
    await page.waitForFunction((id) => window.__chipgraph?.cy.getElementById(id).nonempty() ?? false, BUNDLE);
    await waitForCanvasIdle(page);
    // The count is drawn on the edge: short when zoomed out, in words when legible.
    const labelAt = (zoom: number) => page.evaluate(([id, level]) => {
      const cy = window.__chipgraph?.cy;
      cy?.zoom(level);
      const edge = cy?.getElementById(id) as EdgeSingular | undefined;
      return { members: edge?.data('members') as string[], drawn: edge?.style('label') as string, opacity: edge?.style('text-opacity') as string };
    }, [BUNDLE, zoom] as const);
    const far = await labelAt(0.8);
    assert.deepEqual([...far.members].sort(), [DESIGNS, MAKES]);
    assert.deepEqual([far.drawn, far.opacity], ['×2', '1']);
    const near = await labelAt(1.5);
    assert.deepEqual([near.drawn, near.opacity], ['2 relationships', '1']);
    assert.deepEqual(await drawn(page, [BUNDLE, MAKES, DESIGNS]), [true, false, false], 'one edge drawn, not two');

    await clickEdge(page, BUNDLE);
    const details = page.getByRole('complementary', { name: 'Details' });
    const list = details.getByRole('list', { name: '2 relationships' });
    await list.waitFor();
    const items = await list.getByRole('listitem').allInnerTexts();
    assert.equal(items.length, 2);
    assert.ok(items.some((text) => /NVIDIA makes NVIDIA H20/.test(text)) && items.some((text) => /NVIDIA designs NVIDIA H20/.test(text)), items.join(' | '));
    assert.ok(items.every((text) => /\d+ sources?/.test(text)), 'each with its sources');
    assert.match(page.url(), /sel=bundle%3Ah20%7Cnvidia/);
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('nvidia|MAKES|h20').visible() ?? false);
    assert.deepEqual(await drawn(page, [BUNDLE, MAKES, DESIGNS]), [false, true, true], 'selected, the bundle is drawn open');
    await page.mouse.move(5, 5);
    await session.screenshot('bundle-open');

    await list.getByRole('button', { name: /makes/ }).click();
    await page.waitForFunction((id) => window.__chipgraph?.cy.getElementById(id).selected() ?? false, MAKES);
    await details.locator('.evidence').first().waitFor();
    assert.deepEqual(await drawn(page, [BUNDLE, MAKES, DESIGNS]), [false, true, true], 'open while one of its relationships is selected');

    await page.locator('#graph-canvas').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction((id) => window.__chipgraph?.cy.getElementById(id).visible() ?? false, BUNDLE);
    assert.deepEqual(await drawn(page, [BUNDLE, MAKES, DESIGNS]), [true, false, false], 'closed again once nothing in it is selected');
  });

  it('at 1024×700: the toolbar on one line, hubs and the selection labelled, an expansion inside the canvas and clear of the legend', async () => {
    const context: BrowserContext = await session.browser.newContext({ viewport: { width: 1024, height: 700 }, baseURL: session.app.url });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto('/#/explore');
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await search.fill('nvidia');
      await page.getByRole('option').filter({ hasText: 'NVIDIA' }).first().click();
      await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('nvidia').nonempty() ?? false);
      await waitForCanvasIdle(page);
      const point = await screenPointOf(page, 'nvidia');
      await page.mouse.dblclick(point.x, point.y);
      await page.waitForFunction(() => (window.__chipgraph?.cy.nodes().length ?? 0) > 10);
      await waitForCanvasIdle(page);
      // No Fit pressed: the expansion itself brings its nodes into view, clear of the legend.

      const toolbar = await page.getByRole('toolbar', { name: 'Canvas' }).boundingBox();
      assert.ok(toolbar && toolbar.height <= 46, `the toolbar is one line high (${toolbar?.height} px)`);
      const topBar = await page.evaluate(() => {
        const bar = document.querySelector('.top-bar');
        return bar ? { scroll: bar.scrollWidth, client: bar.clientWidth, height: bar.getBoundingClientRect().height } : null;
      });
      assert.ok(topBar && topBar.scroll <= topBar.client && topBar.height <= 56, `the top bar fits: ${JSON.stringify(topBar)}`);

      const layout = await page.evaluate(() => {
        const cy = window.__chipgraph?.cy;
        const canvas = cy?.container()?.getBoundingClientRect();
        const legend = document.querySelector('.legend')?.getBoundingClientRect();
        if (!cy || !canvas || !legend) return null;
        const nodes = cy.nodes().not('.filtered').map((n) => {
          const box = (n as NodeSingular).renderedBoundingBox({ includeLabels: false });
          return { id: n.id(), left: canvas.left + box.x1, right: canvas.left + box.x2, top: canvas.top + box.y1, bottom: canvas.top + box.y2 };
        });
        return { canvas: { left: canvas.left, right: canvas.right, top: canvas.top, bottom: canvas.bottom }, legend: { left: legend.left, right: legend.right, top: legend.top, bottom: legend.bottom }, nodes, zoom: cy.zoom() };
      });
      assert.ok(layout);
      for (const node of layout.nodes) {
        assert.ok(node.left >= layout.canvas.left && node.right <= layout.canvas.right && node.top >= layout.canvas.top && node.bottom <= layout.canvas.bottom, `${node.id} inside the canvas: ${JSON.stringify(node)} in ${JSON.stringify(layout.canvas)}`);
        const underLegend = node.right > layout.legend.left && node.left < layout.legend.right && node.bottom > layout.legend.top && node.top < layout.legend.bottom;
        assert.ok(!underLegend, `${node.id} clear of the legend`);
      }

      const labels = await page.evaluate(() => {
        const cy = window.__chipgraph?.cy;
        if (!cy) return null;
        const nvidia = cy.getElementById('nvidia');
        return {
          hubShown: !nvidia.hasClass('label-hidden'),
          hubPixels: parseFloat(String(nvidia.style('font-size'))) * cy.zoom(),
          hidden: cy.nodes('.label-hidden').length,
          nodes: cy.nodes().length,
          zoom: cy.zoom(),
        };
      });
      assert.ok(labels?.hubShown, 'the hub is labelled');
      // No label drawn over another: a lesser one waits for a closer zoom (or a hover).
      const crossing = await page.evaluate(() => {
        const cy = window.__chipgraph?.cy;
        if (!cy) return null;
        const shrink = 2; // px: cytoscape pads a label's box by 2 px for text measurement errors
        const boxes = cy.nodes().not('.filtered').not('.label-hidden').map((n) => {
          const box = (n as NodeSingular).renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          return { id: n.id(), x1: box.x1 + shrink, x2: box.x2 - shrink, y1: box.y1 + shrink, y2: box.y2 - shrink };
        });
        const pairs: string[] = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            if (a && b && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.id} × ${b.id}`);
          }
        }
        return { pairs, drawn: boxes.length };
      });
      assert.ok(crossing && crossing.drawn >= 5, `labels drawn: ${crossing?.drawn}`);
      assert.deepEqual(crossing.pairs, [], 'no label drawn over another');
      assert.ok((labels?.hubPixels ?? 0) >= 9, `the hub's label is legible: ${labels?.hubPixels} px`);
      if ((labels?.zoom ?? 1) < 1) assert.ok((labels?.hidden ?? 0) > 0, 'zoomed out, not every label is drawn');

      // A node whose label is hidden gets it back when selected, with the words of its edges.
      const quiet = await page.evaluate(() => window.__chipgraph?.cy.nodes('.label-hidden').first().id() ?? null);
      if (quiet) {
        await page.evaluate((id) => void window.__chipgraph?.cy.getElementById(id).emit('tap'), quiet);
        await page.waitForFunction((id) => !window.__chipgraph?.cy.getElementById(id).hasClass('label-hidden'), quiet);
        const edgeWords = await page.evaluate((id) => window.__chipgraph?.cy.getElementById(id).connectedEdges(':visible').map((e) => e.style('text-opacity') as string) ?? [], quiet);
        assert.ok(edgeWords.length > 0 && edgeWords.every((opacity) => opacity === '1'), `the selected node's relationships are labelled: ${edgeWords.join(',')}`);
      }
      await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'Relationships' }).waitFor();
      await page.mouse.move(5, 5);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/explorer-1024.png` });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('logs no error in the browser console', () => {
    assert.deepEqual(session.errors, []);
  });
});
