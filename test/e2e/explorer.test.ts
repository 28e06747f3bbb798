/**
 * The explorer in a real browser on the real app and Neo4j: find NVIDIA by its nickname, expand
 * it, filter by type, read an edge's sources, find paths, and reopen the view from its URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { clickEdge, screenPointOf, startBrowserSession, visibleNodeIds, waitForCanvasIdle, type BrowserSession } from '../support/browser.ts';

declare const window: { __chipgraph?: { cy: Core; layoutsStarted: number }; location: Location };

/** Each node's position in the graph's own coordinates, rounded to the pixel (-0 written as 0, as a link does). */
async function nodePositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => Object.fromEntries(window.__chipgraph?.cy.nodes().map((n) => [n.id(), { x: Math.round(n.position('x')) + 0, y: Math.round(n.position('y')) + 0 }]) ?? []));
}

describe('the explorer', () => {
  let session: BrowserSession;
  before(async () => {
    session = await startBrowserSession();
  });
  after(async () => {
    await session?.close();
  });

  it('finds NVIDIA by its nickname and puts it on the canvas', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByText('Start from a name').waitFor();
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('team green');
    const option = page.getByRole('option').filter({ hasText: 'NVIDIA' }).first();
    await option.waitFor();
    assert.match(await option.innerText(), /matched: Team Green/i);
    await search.press('ArrowDown');
    await search.press('ArrowUp');
    const active = await page.locator('[role="option"][aria-selected="true"]').innerText();
    assert.match(active, /NVIDIA/);
    await search.press('Enter');
    await page.getByRole('heading', { name: 'NVIDIA', level: 2 }).waitFor();
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('nvidia').nonempty());
    assert.deepEqual(await visibleNodeIds(page), ['nvidia']);
  });

  it('expands NVIDIA with a double-click, keeping it where it was', async () => {
    const { page } = session;
    await waitForCanvasIdle(page);
    const before = await page.evaluate(() => window.__chipgraph?.cy.getElementById('nvidia').position());
    const point = await screenPointOf(page, 'nvidia');
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction(() => (window.__chipgraph?.cy.nodes().length ?? 0) > 5);
    await waitForCanvasIdle(page);
    const afterExpansion = await page.evaluate(() => window.__chipgraph?.cy.getElementById('nvidia').position());
    assert.deepEqual(afterExpansion, before, 'the expanded node stays put');
    const ids = await visibleNodeIds(page);
    assert.ok(ids.includes('h20'), `H20 is among NVIDIA's neighbours (${ids.join(', ')})`);
    const label = await page.evaluate(() => window.__chipgraph?.cy.getElementById('nvidia|MAKES|h20').data('label'));
    assert.equal(label, 'makes');
    await page.mouse.move(5, 5);
    await page.getByText('Loading details…').waitFor({ state: 'detached' });
    await session.screenshot('explorer-nvidia');
  });

  it('hides chips when the Chip type is unchecked, and shows them again', async () => {
    const { page } = session;
    const chipBox = page.getByRole('checkbox', { name: /^Chip/ });
    await chipBox.uncheck();
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('h20').hasClass('filtered'));
    const types = await page.evaluate(() => window.__chipgraph?.cy.nodes().not('.filtered').map((n) => n.data('type') as string) ?? []);
    assert.ok(types.length > 0 && !types.includes('Chip'), `no chip left visible: ${types.join(', ')}`);
    assert.match(page.url(), /types=Company,Government,Policy,Person/);
    await chipBox.check();
    await page.waitForFunction(() => !window.__chipgraph?.cy.getElementById('h20').hasClass('filtered'));
  });

  it('shows the sources of an edge when it is clicked', async () => {
    const { page } = session;
    const started = Date.now();
    await clickEdge(page, 'nvidia|MAKES|h20');
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByText('makes', { exact: true }).first().waitFor();
    await panel.locator('.evidence').first().waitFor();
    const evidence = await panel.locator('.evidence').first().innerText();
    assert.ok(Date.now() - started < 10_000, 'the sources show within seconds');
    assert.match(evidence, /Source|Article/);
    assert.match(evidence, /Confidence/);
    assert.match(page.url(), /sel=nvidia%7CMAKES%7Ch20/);
    // Sources counted by publication: one quote per publication, its copies named under it.
    const counts = /(\d+) sources? from (\d+) publications?/.exec(await panel.locator('.edge-header').innerText());
    assert.ok(counts, 'the edge panel says "N sources from M publications"');
    assert.ok(Number(counts[2]) <= Number(counts[1]));
    assert.equal(await panel.locator('.evidence').count(), Number(counts[2]), 'one quote per publication');
    await session.screenshot('edge-details');
  });

  it('reopens the same view from a copied URL: the same nodes at the same places', async () => {
    const { page } = session;
    await page.getByRole('checkbox', { name: /^Person/ }).uncheck();
    await page.getByLabel('Layout').selectOption('concentric');
    await waitForCanvasIdle(page);
    await page.waitForFunction(() => /[?&]n=nvidia:/.test(window.location.hash) && !/:0:0:/.test(window.location.hash.replace(/n=nvidia:0:0:/, '')));
    // The link is written as the canvas settles: wait until it holds the positions drawn now.
    await page.waitForFunction(() => {
      const cy = window.__chipgraph?.cy;
      const encoded = /[?&]n=([^&]*)/.exec(window.location.hash)?.[1] ?? '';
      const inLink = new Map(decodeURIComponent(encoded).split(',').map((item) => {
        const [id = '', x = '', y = ''] = item.split(':');
        return [decodeURIComponent(id), `${x}:${y}`] as const;
      }));
      return cy !== undefined && cy.nodes().every((n) => inLink.get(n.id()) === `${Math.round(n.position('x'))}:${Math.round(n.position('y'))}`);
    });
    const url = page.url();
    assert.match(url, /expand=nvidia/);
    const expected = await visibleNodeIds(page);
    const positions = await nodePositions(page);
    const copy = await session.newPage();
    await copy.goto(url);
    await copy.waitForFunction((count) => (window.__chipgraph?.cy.nodes().length ?? 0) >= count, expected.length);
    await waitForCanvasIdle(copy);
    assert.deepEqual(await visibleNodeIds(copy), expected);
    // Exactly where the link put them: no layout ran on the reopened page, nothing was nudged.
    assert.deepEqual(await nodePositions(copy), positions);
    assert.equal(await copy.evaluate(() => window.__chipgraph?.layoutsStarted), 0, 'no layout runs on a reopened link');
    assert.equal(await copy.getByRole('checkbox', { name: /^Person/ }).isChecked(), false);
    assert.equal(await copy.getByLabel('Layout').inputValue(), 'concentric');
    await copy.getByRole('complementary', { name: 'Details' }).locator('.evidence').first().waitFor();
    assert.deepEqual(await nodePositions(copy), positions, 'still there once the details have loaded');
    assert.equal(await copy.evaluate(() => window.__chipgraph?.layoutsStarted), 0);
    await copy.close();
    await page.getByRole('checkbox', { name: /^Person/ }).check();
  });

  it('draws and lists the shortest paths between two entities', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Paths' }).click();
    const from = page.getByRole('combobox', { name: 'From entity' });
    await from.fill('Cambricon');
    await page.getByRole('listbox', { name: 'From entity: suggestions' }).getByRole('option').filter({ hasText: 'Cambricon' }).first().click();
    const to = page.getByRole('combobox', { name: 'To entity' });
    await to.fill('Department of Commerce');
    await page.getByRole('listbox', { name: 'To entity: suggestions' }).getByRole('option').filter({ hasText: 'Commerce' }).first().click();
    await page.getByRole('button', { name: 'Find paths' }).click();
    const list = page.getByRole('list', { name: 'Shortest paths' });
    await list.waitFor();
    const first = await list.getByRole('listitem').first().innerText();
    assert.match(first, /Cambricon/);
    const highlighted = await page.evaluate(() => window.__chipgraph?.cy.elements('.path').length ?? 0);
    assert.ok(highlighted >= 3, 'the path is highlighted on the canvas');
    await waitForCanvasIdle(page);
    await page.mouse.move(5, 5);
    await session.screenshot('paths');
  });

  it('keeps the paths in the link: a colleague sees the same list, highlighted', async () => {
    const { page } = session;
    await page.waitForFunction(() => /[?&]paths=cambricon~/.test(window.location.hash));
    const list = page.getByRole('list', { name: 'Shortest paths' });
    const items = await list.getByRole('listitem').allInnerTexts();
    const highlighted = await page.evaluate(() => window.__chipgraph?.cy.elements('.path').map((element) => element.id()).sort() ?? []);
    const copy = await session.newPage();
    await copy.goto(page.url());
    const reopened = copy.getByRole('list', { name: 'Shortest paths' });
    await reopened.waitFor();
    assert.deepEqual(await reopened.getByRole('listitem').allInnerTexts(), items);
    await copy.waitForFunction((count) => (window.__chipgraph?.cy.elements('.path').length ?? 0) >= count, highlighted.length);
    assert.deepEqual(await copy.evaluate(() => window.__chipgraph?.cy.elements('.path').map((element) => element.id()).sort() ?? []), highlighted);
    await copy.close();
  });

  it('folds the legend out of the way, and remembers it on the next visit', async () => {
    const { page } = session;
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByRole('button', { name: 'Hide the legend' }).click();
    await legend.waitFor({ state: 'detached' });
    await page.reload();
    const unfold = page.getByRole('button', { name: 'Legend', exact: true });
    await unfold.waitFor();
    assert.equal(await legend.count(), 0, 'still folded after a reload');
    await unfold.click();
    await legend.getByText('confidence < 0.7').waitFor();
  });

  it('logs no error in the browser console', () => {
    assert.deepEqual(session.errors, []);
  });
});
