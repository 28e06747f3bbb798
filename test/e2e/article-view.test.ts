/**
 * The article reader: mentions highlighted by type, rendered as text (never as HTML), and a click
 * on a mention selects the entity on the canvas.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Core } from 'cytoscape';
import { startBrowserSession, type BrowserSession } from '../support/browser.ts';

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

  it('lists the article among those that mention the entity', async () => {
    const { page } = session;
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.getByText('Test: NVIDIA to share H20 revenue').click();
    await page.getByRole('dialog', { name: 'Test: NVIDIA to share H20 revenue' }).waitFor();
    await page.getByRole('button', { name: 'Back to the graph' }).click();
    assert.deepEqual(session.errors, []);
  });
});
