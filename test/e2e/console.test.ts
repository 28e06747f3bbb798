/**
 * The query console, driven like a user would: every example of the library runs without error
 * on the seed data, a query typed with autocomplete runs and is drawn on the canvas, errors show
 * their codes, and the canvas comes back as a query.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Core } from 'cytoscape';
import { startBrowserSession, visibleNodeIds, waitForCanvasIdle, type BrowserSession } from '../support/browser.ts';
import { EXAMPLE_QUERIES } from '../../client/src/console/example-queries.ts';

declare const window: { __chipgraph?: { cy: Core } };

describe('the query console', () => {
  let session: BrowserSession;
  before(async () => {
    session = await startBrowserSession();
  });
  after(async () => {
    await session?.close();
  });

  it('runs every example of the library without an error', async () => {
    const { page } = session;
    await page.goto('/#/query');
    await page.getByText('Schema loaded').waitFor();
    for (const example of EXAMPLE_QUERIES) {
      await page.getByRole('button', { name: new RegExp(`^${example.title.en}`) }).click();
      await page.getByRole('button', { name: /Run/ }).click();
      await page.locator('.result-meta').waitFor();
      assert.equal(await page.locator('.result-error').count(), 0, `${example.id}: ${await page.locator('.result-errors').allInnerTexts()}`);
      assert.match(await page.getByTestId('result-json').innerText(), /"__typename"/, example.id);
    }
    assert.equal(await page.getByRole('list', { name: 'History' }).locator('li').count(), EXAMPLE_QUERIES.length);
  });

  it('completes a field from the schema as the user types, runs with Ctrl-Enter and draws the answer', async () => {
    const { page } = session;
    const editor = page.getByTestId('query-editor').locator('.cm-content');
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ compan');
    const completion = page.locator('.cm-tooltip-autocomplete li', { hasText: /^companies/ }).first();
    await completion.waitFor();
    await completion.click();
    // Closing brackets are typed too: the editor steps over the ones it inserted.
    await page.keyboard.type('(where: { id: { eq: "huawei" } }) { id name competesWith { id name } } }');
    await page.keyboard.press('Escape');
    assert.match((await editor.innerText()).replace(/\s+/g, ' '), /\{ companies\(where: \{ id: \{ eq: "huawei" \} \}\) \{ id name competesWith \{ id name \} \} \}/);
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('result-json').filter({ hasText: '"huawei"' }).waitFor();
    await session.screenshot('console-result');

    await page.getByRole('button', { name: /Draw on canvas/ }).click();
    await page.getByRole('application', { name: /Graph canvas/ }).waitFor();
    await waitForCanvasIdle(page);
    const ids = await visibleNodeIds(page);
    assert.ok(ids.includes('huawei') && ids.includes('nvidia'), ids.join(','));
    assert.ok(await page.evaluate(() => (window.__chipgraph?.cy.edges('.path').length ?? 0) > 0), 'the drawn result is highlighted');
    await page.waitForTimeout(1000); // the highlighted result comes into view (a short animation)
    await session.screenshot('console-drawn');
  });

  it('shows an error with its code', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Query' }).click();
    const editor = page.getByTestId('query-editor').locator('.cm-content');
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('{ chips { id nonsense } }');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Enter');
    const error = page.locator('.result-error').first();
    await error.waitFor();
    assert.match(await error.innerText(), /GRAPHQL_VALIDATION_FAILED/);
    // Where the user wrote it, though the console sent a copy with __typename added.
    const written = await editor.innerText();
    assert.equal(written.split('\n').length, 1, written);
    assert.match(await error.innerText(), new RegExp(`\\(line 1, column ${written.indexOf('nonsense') + 1}\\)`));
  });

  it('turns the canvas into a query that draws the same graph', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Copy canvas as query' }).click();
    const region = page.getByRole('region', { name: 'Canvas as a query' });
    await region.waitFor();
    const text = await region.locator('pre').innerText();
    assert.match(text, /companies\(where: \{ id: \{ in: \[.*"huawei".*\] \} \}\)/);
    assert.match(text, /competesWith\(where:/);
    await region.getByRole('button', { name: 'Open in the editor' }).click();
    await page.getByTestId('query-editor').locator('.cm-content').click();
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('result-json').filter({ hasText: '"huawei"' }).waitFor();
    assert.equal(await page.locator('.result-error').count(), 0);
    // The browser logs the 400 of the invalid query on purpose; nothing else may fail.
    assert.deepEqual(session.errors.filter((e) => !/status of 400/.test(e)), []);
  });
});
