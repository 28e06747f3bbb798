/**
 * The explorer in the browser's history: every step (add, expand, select, filter) is an entry,
 * Back and Forward walk them with the canvas as it was, and Back never leaves the app while the
 * explorer has history.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Core } from 'cytoscape';
import { screenPointOf, startBrowserSession, visibleNodeIds, waitForCanvasIdle, type BrowserSession } from '../support/browser.ts';

declare const window: { __chipgraph?: { cy: Core } };

describe('the explorer and the Back button', () => {
  let session: BrowserSession;
  before(async () => {
    session = await startBrowserSession();
  });
  after(async () => {
    await session?.close();
  });

  const nodeCount = () => session.page.evaluate(() => window.__chipgraph?.cy.nodes().length ?? 0);
  const selectedIds = () => session.page.evaluate(() => window.__chipgraph?.cy.$(':selected').map((element) => element.id()) ?? []);

  it('walks back through select, expand and add, then forward again, without leaving the app', async () => {
    const { page, app } = session;
    await page.goto('/');
    await page.getByText('Start from a name').waitFor();
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('nvidia');
    await page.getByRole('option').filter({ hasText: 'NVIDIA' }).first().waitFor();
    await search.press('Enter');
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('nvidia').selected() ?? false);

    await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: /^Expand/ }).click();
    await page.waitForFunction(() => (window.__chipgraph?.cy.nodes().length ?? 0) > 5);
    await waitForCanvasIdle(page);
    const expanded = await visibleNodeIds(page);
    const h20 = await screenPointOf(page, 'h20');
    await page.mouse.click(h20.x, h20.y);
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('h20').selected() ?? false);

    await page.goBack();
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('nvidia').selected() ?? false);
    assert.deepEqual(await selectedIds(), ['nvidia'], 'Back undoes the selection');
    assert.deepEqual(await visibleNodeIds(page), expanded, 'and keeps the expansion');

    await page.goBack();
    await page.waitForFunction(() => window.__chipgraph?.cy.nodes().length === 1);
    assert.deepEqual(await visibleNodeIds(page), ['nvidia'], 'Back undoes the expansion');

    await page.goBack();
    await page.getByText('Start from a name').waitFor();
    assert.equal(await nodeCount(), 0, 'Back undoes the addition');
    assert.ok(page.url().startsWith(app.url), `still in the app: ${page.url()}`);

    await page.goForward();
    await page.goForward();
    await page.waitForFunction((count) => window.__chipgraph?.cy.nodes().length === count, expanded.length);
    assert.deepEqual(await visibleNodeIds(page), expanded, 'Forward redoes the expansion');
    await page.goForward();
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('h20').selected() ?? false);
  });

  it('makes a filter a step of its own', async () => {
    const { page } = session;
    const chipBox = page.getByRole('checkbox', { name: /^Chip/ });
    await chipBox.uncheck();
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('h20').hasClass('filtered'));
    await page.goBack();
    await page.waitForFunction(() => !window.__chipgraph?.cy.getElementById('h20').hasClass('filtered'));
    assert.equal(await chipBox.isChecked(), true);
  });

  it('comes back to the explorer as it was after a visit to another view', async () => {
    const { page } = session;
    const before = await visibleNodeIds(page);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Articles' }).click();
    await page.getByRole('heading', { name: 'Articles', level: 1 }).waitFor();
    await page.goBack();
    await page.getByRole('application').waitFor();
    assert.deepEqual(await visibleNodeIds(page), before);
  });

  it('logs no error in the browser console', () => {
    assert.deepEqual(session.errors, []);
  });
});
