/**
 * What lets an analyst trust and share what the explorer shows: a time window over facts (with
 * its time bar), the article reader beside the canvas, relationships reachable by keyboard,
 * exports other tools open, saved views the team can list and open, and WCAG 2.1 AA by axe-core.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Core } from 'cytoscape';
import { accessibilityViolations } from '../support/axe.ts';
import { startBrowserSession, visibleNodeIds, waitForCanvasIdle, type BrowserSession } from '../support/browser.ts';
import { TEST_WRITE_TOKEN } from '../support/test-app.ts';

declare const window: { __chipgraph?: { cy: Core }; location: Location };

describe('the explorer you can trust', () => {
  let session: BrowserSession;
  before(async () => {
    session = await startBrowserSession();
  });
  after(async () => {
    await session?.app.driver.executeQuery("MATCH (v:SavedView) WHERE v.name STARTS WITH 'e2e ' DETACH DELETE v");
    await session?.close();
  });

  const shown = (id: string) => session.page.evaluate((elementId) => !(window.__chipgraph?.cy.getElementById(elementId).hasClass('filtered') ?? true), id);

  it('keeps H20 in a 2025 window for its 2025 export control, though it was announced in 2023', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('button', { name: 'H20', exact: true }).click();
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('h20').nonempty());
    await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: /^Expand/ }).click();
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('us-government|RESTRICTS_EXPORT_OF|h20').nonempty());
    const timeBar = page.getByRole('region', { name: 'Time' });
    await timeBar.getByRole('img', { name: /Facts on the canvas by month/ }).waitFor();
    await timeBar.getByLabel('From', { exact: true }).fill('2025-04-01');
    await timeBar.getByLabel('To', { exact: true }).fill('2025-08-31');
    await page.waitForFunction(() => /from=2025-04-01&to=2025-08-31/.test(window.location.hash));
    assert.equal(await shown('h20'), true, 'H20 stays');
    assert.equal(await shown('us-government|RESTRICTS_EXPORT_OF|h20'), true, 'its export control of April 2025 stays');
    await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'Relationships' }).waitFor();
    await waitForCanvasIdle(page);
    await page.mouse.move(5, 5);
    await session.screenshot('time-bar');
  });

  it('shows what was in force on a day with "as of"', async () => {
    const { page } = session;
    const timeBar = page.getByRole('region', { name: 'Time' });
    await timeBar.getByLabel('As of', { exact: true }).fill('2025-03-01');
    await page.waitForFunction(() => /from=2025-03-01&to=2025-03-01/.test(window.location.hash));
    assert.equal(await shown('us-government|RESTRICTS_EXPORT_OF|h20'), false, 'not in force before 2025-04-09');
    await timeBar.getByLabel('As of', { exact: true }).fill('2025-05-01');
    await page.waitForFunction(() => /from=2025-05-01&to=2025-05-01/.test(window.location.hash));
    assert.equal(await shown('us-government|RESTRICTS_EXPORT_OF|h20'), true, 'in force on 2025-05-01');
  });

  it('picks a window by dragging across the time bar', async () => {
    const { page } = session;
    const timeBar = page.getByRole('region', { name: 'Time' });
    await timeBar.getByRole('button', { name: 'All time' }).click();
    await page.waitForFunction(() => !/from=/.test(window.location.hash));
    const box = await timeBar.getByRole('img').boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/.test(window.location.hash));
    await timeBar.getByRole('button', { name: 'All time' }).click();
  });

  it('reads an entity’s timeline: dated facts and the sentences articles said, in order, each with its article', async () => {
    const { page } = session;
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'NVIDIA H20', level: 2 }).waitFor();
    await details.getByRole('button', { name: /Timeline/ }).click();
    const timeline = details.getByRole('list', { name: 'Timeline' });
    await timeline.waitFor();
    const events = await timeline.locator('li').evaluateAll((items) =>
      items.map((item) => ({
        day: item.querySelector('.timeline-date')?.textContent ?? '',
        kind: item.querySelector('.timeline-kind')?.textContent ?? '',
        sentence: item.querySelector('.timeline-sentence')?.textContent ?? null,
        links: item.querySelectorAll('button').length,
        buttons: [...item.querySelectorAll('button')].map((button) => button.textContent ?? ''),
      })),
    );
    assert.ok(events.length >= 5, `${events.length} events`);
    const days = events.map((event) => Date.parse(`${event.day} UTC`));
    assert.ok(days.every((day) => !Number.isNaN(day)), `days as English writes them: ${events.map((e) => e.day).join(', ')}`);
    assert.deepEqual(days, [...days].sort((a, b) => a - b), 'oldest first');
    const reported = events.filter((event) => event.sentence);
    assert.ok(reported.length >= 2 && reported.every((event) => event.links >= 1), 'sentences quoted, each with its article');
    assert.ok(reported.some((event) => event.buttons.some((text) => /^relationship: [a-z]/.test(text))), 'and the relationship each supports, in words');
    assert.ok(events.some((event) => !event.sentence), 'dated facts beside the sentences');
    await timeline.locator('li').filter({ has: page.locator('.timeline-sentence') }).first().scrollIntoViewIfNeeded();
    await page.mouse.move(5, 5);
    await session.screenshot('timeline');
    await details.getByRole('button', { name: /Timeline/ }).click();
  });

  it('reaches relationships by keyboard and reads them out', async () => {
    const { page } = session;
    await page.getByRole('application', { name: /Graph canvas/ }).focus();
    await page.keyboard.press(']');
    await page.waitForFunction(() => window.__chipgraph?.cy.$('edge:selected').length === 1);
    await page.getByRole('complementary', { name: 'Details' }).locator('.evidence').first().waitFor();
    await page.keyboard.press(']');
    await page.waitForFunction(() => window.__chipgraph?.cy.$('edge:selected').length === 1);
  });

  it('keeps the article open beside the canvas while its mentions are picked, without front matter', async () => {
    const { page } = session;
    // Select H20 as a tap on it would.
    await page.evaluate(() => void window.__chipgraph?.cy.getElementById('h20').emit('tap'));
    const details = page.getByRole('complementary', { name: 'Details' });
    const articles = details.locator('.article-refs button');
    await articles.first().waitFor();
    await articles.first().click();
    const reader = page.getByRole('dialog');
    const mention = reader.locator('button.mention').first();
    await mention.waitFor();
    const text = await reader.locator('.article-text').innerText();
    assert.doesNotMatch(text, /^\s*(---|title:|url:)/m, 'no front matter');
    const entity = await mention.getAttribute('data-entity');
    await mention.click();
    await page.waitForFunction((id) => window.__chipgraph?.cy.getElementById(id ?? '').selected() ?? false, entity);
    assert.equal(await reader.isVisible(), true, 'the reader stays open');
    const canvas = await page.getByRole('application', { name: /Graph canvas/ }).boundingBox();
    const readerBox = await reader.boundingBox();
    assert.ok(canvas && readerBox && readerBox.x > canvas.x + 100, 'the canvas stays visible on the left');
    await session.screenshot('article-beside-canvas');
    assert.deepEqual(await accessibilityViolations(page), []);
    await reader.getByRole('button', { name: 'Back to the graph' }).click();
  });

  it('exports the canvas as GraphML, GEXF and SVG', async () => {
    const { page } = session;
    for (const [item, pattern] of [
      ['GraphML', /<graphml[\s\S]*<node id="h20">[\s\S]*<data key="predicate">/],
      ['GEXF', /<gexf xmlns="http:\/\/gexf.net\/1.3"[\s\S]*<node id="h20"/],
      ['SVG drawing', /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*data-id="h20"/],
    ] as const) {
      await page.getByRole('button', { name: 'Export ▾' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: new RegExp(`^${item}`) }).click()]);
      const path = await download.path();
      assert.match(await readFile(path, 'utf8'), pattern, item);
    }
  });

  it('saves the view for the team, lists it, and opens it elsewhere with the same nodes', async () => {
    const { page } = session;
    const expected = await visibleNodeIds(page);
    await page.getByRole('tab', { name: 'Views' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Views' });
    await panel.getByLabel('Name').fill('e2e H20 and its neighbours');
    await panel.getByLabel('Write token').fill(TEST_WRITE_TOKEN);
    await panel.getByRole('button', { name: 'Save view' }).click();
    await panel.getByRole('button', { name: /e2e H20 and its neighbours/ }).waitFor();
    const link = await panel.getByLabel('Link copied').inputValue();
    assert.match(link, /#\/explore\?view=[A-Za-z0-9_-]{10}$/);
    const other = await session.newPage();
    await other.goto(link);
    await other.waitForFunction((count) => (window.__chipgraph?.cy.nodes().length ?? 0) === count, expected.length);
    assert.deepEqual(await visibleNodeIds(other), expected);
    await other.close();
    await page.getByRole('tab', { name: 'Filters' }).click();
  });

  it('passes axe-core WCAG 2.1 AA checks with a graph and its details', async () => {
    assert.deepEqual(await accessibilityViolations(session.page), []);
  });

  it('logs no error in the browser console', () => {
    assert.deepEqual(session.errors.filter((error) => !/Failed to load resource/.test(error)), []);
  });
});
