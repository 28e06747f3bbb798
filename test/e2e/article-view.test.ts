/**
 * The article reader: mentions highlighted by type, rendered as text (never as HTML), and a click
 * on a mention selects the entity on the canvas.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Core } from 'cytoscape';
import { startBrowserSession, waitForCanvasIdle, type BrowserSession } from '../support/browser.ts';
import { backfillMentionRanks } from '../../server/graph/writes/rank-edges.ts';

declare const window: { __chipgraph?: { cy: Core } };

const ARTICLE_ID = 'test-e2e-article-h20';
const TEXT =
  'Team Green will pay the US government a share of its H20 sales in China. ' +
  'Analysts say <b>Cambricon</b> stands to gain. Beijing has urged buyers to avoid the H2O.';

const at = (needle: string, from = 0): [number, number] => {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`${needle} is not in the test text`);
  return [start, start + needle.length];
};

describe('the article reader', () => {
  let session: BrowserSession;
  before(async () => {
    session = await startBrowserSession();
    const mention = (entity: string, texts: string[]) => {
      const spans = texts.map((text) => at(text, text === 'H2O' ? TEXT.indexOf('Beijing') : 0));
      return { entity, starts: spans.map(([s]) => s), ends: spans.map(([, e]) => e), texts };
    };
    await session.app.driver.executeQuery(
      `CREATE (article:Article {id: $id, title: 'Test: NVIDIA to share H20 revenue', url: 'https://example.org/test-e2e', language: 'en',
                                publishedAt: '2025-08-11', text: $text, contentHash: $id})
       WITH article
       UNWIND $mentions AS m
       MATCH (entity:Entity {id: m.entity})
       CREATE (article)-[:MENTIONS {starts: m.starts, ends: m.ends, texts: m.texts}]->(entity)`,
      {
        id: ARTICLE_ID,
        text: TEXT,
        mentions: [
          mention('nvidia', ['Team Green']),
          mention('us-government', ['US government']),
          mention('h20', ['H20', 'H2O']),
          mention('cambricon', ['Cambricon']),
          mention('china-government', ['Beijing']),
        ],
      },
    );
    // The mentions' rank keys, as a commit writes them (the entity panel lists articles from them).
    await backfillMentionRanks({ driver: session.app.driver, database: undefined });
  });
  after(async () => {
    await session?.app.driver.executeQuery('MATCH (n:Article) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: 'test-e2e-' });
    await session?.close();
  });

  it('highlights each mention by type and keeps markup in the text as text', async () => {
    const { page } = session;
    await page.goto(`/#/explore?article=${ARTICLE_ID}`);
    const reader = page.getByRole('dialog', { name: 'Test: NVIDIA to share H20 revenue' });
    await reader.waitFor();
    const mentions = reader.locator('button.mention');
    assert.equal(await mentions.count(), 6);
    assert.deepEqual(await reader.locator('button.mention-Chip').allInnerTexts(), ['H20', 'H2O']);
    assert.deepEqual(await reader.locator('button.mention-Company').allInnerTexts(), ['Team Green', 'Cambricon']);
    assert.equal(await reader.locator('article b').count(), 0, 'no HTML from the article is interpreted');
    assert.match(await reader.locator('article').innerText(), /<b>/);
    await session.screenshot('article-view');
  });

  it('selects the mentioned entity on the canvas, adding it when absent, and keeps the article open', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Team Green' }).click();
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('nvidia').selected() === true);
    await page.getByRole('heading', { name: 'NVIDIA', level: 2, exact: true }).waitFor();
    assert.match(page.url(), /n=nvidia:/);
    assert.equal(await page.getByRole('dialog', { name: 'Test: NVIDIA to share H20 revenue' }).isVisible(), true, 'the reader stays open');
    await page.getByRole('button', { name: 'Back to the graph' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('keeps the graph in view beside the reader, and brings what the reader picks on screen', async () => {
    const { page } = session;
    await page.goto('/#/explore?n=nvidia:0:0:s,h20:300:0:s,cambricon:600:0:s&sel=nvidia');
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('cambricon').nonempty() ?? false);
    await waitForCanvasIdle(page);
    const outside = () => page.evaluate(() => {
      const cy = window.__chipgraph?.cy;
      if (!cy) return ['no canvas'];
      return cy.nodes().filter((node) => {
        const box = node.renderedBoundingBox({ includeLabels: false });
        return box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height();
      }).map((node) => node.id());
    });
    // The details panel opens beside the canvas and the canvas fits again once it has its new size: wait for that.
    await page.waitForFunction(() => {
      const cy = window.__chipgraph?.cy;
      return cy !== undefined && cy.nodes().every((node) => {
        const box = node.renderedBoundingBox({ includeLabels: false });
        return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
      });
    }, undefined, { timeout: 10_000 }).catch(() => undefined);
    assert.deepEqual(await outside(), [], 'the link opens with every node in view');
    const wide = await page.evaluate(() => window.__chipgraph?.cy.width() ?? 0);
    await page.getByRole('complementary', { name: 'Details' }).getByText('Test: NVIDIA to share H20 revenue').click();
    const reader = page.getByRole('dialog', { name: 'Test: NVIDIA to share H20 revenue' });
    await reader.waitFor();
    await page.waitForFunction((before) => (window.__chipgraph?.cy.width() ?? before) < before - 100, wide);
    await waitForCanvasIdle(page);
    assert.deepEqual(await outside(), [], 'the canvas narrowed beside the reader, the graph is fitted to it');

    // Zoomed in on NVIDIA, Cambricon lies off screen: picked in the reader, it comes into view.
    await page.evaluate(() => {
      const cy = window.__chipgraph?.cy;
      cy?.zoom({ level: 2.5, renderedPosition: cy.getElementById('nvidia').renderedPosition() });
    });
    assert.ok((await outside()).includes('cambricon'));
    await reader.getByRole('button', { name: 'Cambricon', exact: true }).click();
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('cambricon').selected() === true);
    await waitForCanvasIdle(page);
    assert.ok(!(await outside()).includes('cambricon'), 'the entity picked is on screen');
    assert.equal(await reader.isVisible(), true, 'the reader stays open');
    await page.getByRole('button', { name: 'Back to the graph' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'Cambricon', level: 2 }).waitFor();
    await page.evaluate(() => void window.__chipgraph?.cy.getElementById('nvidia').emit('tap'));
    await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: 'NVIDIA', level: 2, exact: true }).waitFor();
  });

  it('lists the article among those that mention the entity', async () => {
    const { page } = session;
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByText('Test: NVIDIA to share H20 revenue').click();
    await page.getByRole('dialog', { name: 'Test: NVIDIA to share H20 revenue' }).waitFor();
    await page.getByRole('button', { name: 'Back to the graph' }).click();
    assert.deepEqual(session.errors, []);
  });
});
