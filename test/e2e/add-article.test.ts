/**
 * Adding an article from the browser: paste the seed article, review what the pipeline found,
 * reject a relationship, commit with the write token, see the new edges with their provenance on
 * the canvas; the same article again changes nothing; a wrong token writes nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Core } from 'cytoscape';
import { retractArticle } from '../../server/graph/writes/commit-article.ts';
import { clickEdge, startBrowserSession, waitForCanvasIdle, type BrowserSession } from '../support/browser.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';
import { TEST_WRITE_TOKEN } from '../support/test-app.ts';

declare const window: { __chipgraph?: { cy: Core } };

/** The article the project started from, kept with the sample articles. */
const SEED_ARTICLE = readFileSync(join(process.cwd(), 'seed', 'articles', 'seed-h20-china-fr.txt'), 'utf8');
/** Words of the seed article's title, as the evidence names its article. */
const articleTitlePart = 'Les difficultés de NVIDIA';

describe('adding an article', () => {
  let session: BrowserSession;
  let rejected = '';
  let articleId = '';
  before(async () => {
    session = await startBrowserSession();
  });
  after(async () => {
    if (articleId) await retractArticle({ driver: session.app.driver, database: undefined }, articleId);
    await session?.close();
  });

  async function pasteAndAnalyse(): Promise<void> {
    const { page } = session;
    await page.getByLabel('Paste the text (English or French)').fill(SEED_ARTICLE);
    await page.getByRole('button', { name: 'Analyse' }).click();
  }

  it('highlights NVIDIA, the H20 written “H2O”, China and the US government in the text', async () => {
    const { page } = session;
    await page.goto('/#/add');
    await pasteAndAnalyse();
    await page.getByRole('button', { name: 'Commit to the graph' }).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByRole('textbox', { name: /Write token/ }).count(), 0, 'the preview asks for no token');
    const text = page.locator('.review-article');
    for (const id of ['nvidia', 'h20', 'china-government', 'us-government']) {
      assert.ok((await text.locator(`mark.mention[data-entity="${id}"]`).count()) > 0, `${id} is highlighted`);
    }
    assert.ok((await text.locator('mark.mention-Chip[data-entity="h20"]', { hasText: 'H2O' }).count()) > 0, 'H2O is read as the H20');
    assert.equal(await text.locator('b, script, a').count(), 0, 'the text is rendered as text');
  });

  it('lets the reviewer reject a relationship', async () => {
    const { page } = session;
    const cards = page.locator('li.relation-card');
    assert.ok((await cards.count()) >= 6);
    const competes = cards.filter({ has: page.locator('option:checked', { hasText: 'competes with' }) }).first();
    const card = (await competes.count()) > 0 ? competes : cards.last();
    rejected = (await card.getAttribute('data-edge')) ?? '';
    await card.getByRole('button', { name: 'Reject' }).click();
    assert.match((await card.getAttribute('class')) ?? '', /rejected/);
    await session.screenshot('add-article-review');
  });

  it('refuses a wrong token with a clear error, writes nothing and asks for the token again', async () => {
    const { page } = session;
    const before = await graphFingerprint(session.app.driver);
    await page.getByRole('button', { name: 'Commit to the graph' }).click();
    await page.getByRole('textbox', { name: /Write token/ }).fill('wrong-token-0123456789abcdef');
    await page.getByRole('button', { name: 'Use this token' }).click();
    await page.locator('[data-code="FORBIDDEN"]').waitFor();
    assert.match(await page.locator('.token-reason').innerText(), /refused \(FORBIDDEN\).*nothing was written/i);
    assert.deepEqual(await graphFingerprint(session.app.driver), before, 'the graph is unchanged');
  });

  it('commits with the right token and shows the new edges with their provenance on the canvas', async () => {
    const { page } = session;
    await page.getByRole('textbox', { name: /Write token/ }).fill(TEST_WRITE_TOKEN);
    await page.getByRole('button', { name: 'Use this token' }).click();
    await page.getByRole('application', { name: /Graph canvas/ }).waitFor({ timeout: 30_000 });
    await waitForCanvasIdle(page);
    const added = await page.evaluate(() => window.__chipgraph?.cy.edges('.path').map((edge) => edge.id()) ?? []);
    assert.ok(added.length > 0, 'the edges the article added are highlighted');
    const articles = await session.app.driver.executeQuery('MATCH (a:Article) RETURN a.id AS id ORDER BY a.ingestedAt DESC LIMIT 1');
    articleId = String(articles.records[0]?.get('id'));
    const statesRejected = await session.app.driver.executeQuery(
      'MATCH (:Article {id: $articleId})-[:STATES]->(s:Statement {edgeId: $edge}) RETURN count(s) AS n', { articleId, edge: rejected },
    );
    assert.equal(statesRejected.records[0]?.get('n'), 0, `the rejected ${rejected} was not written`);

    const edge = added.find((id) => id.includes('|INVESTIGATES|')) ?? (added[0] as string);
    await clickEdge(page, edge);
    const details = page.getByRole('complementary', { name: 'Details' });
    const fromArticle = details.locator('.evidence', { hasText: articleTitlePart });
    await fromArticle.first().waitFor();
    const quoted = await fromArticle.first().innerText();
    assert.ok(SEED_ARTICLE.split(/(?<=[.!?])\s+/).some((sentence) => sentence.length > 20 && quoted.includes(sentence.trim().slice(0, 20))), quoted);
    await session.screenshot('add-article-commit');
  });

  it('says the same article is already in the graph and changes nothing', async () => {
    const { page } = session;
    const before = await graphFingerprint(session.app.driver);
    await page.getByRole('link', { name: 'Add article' }).click();
    await pasteAndAnalyse();
    await page.getByText('This article is already in the graph').waitFor({ timeout: 30_000 });
    await page.locator(`li.relation-card[data-edge="${rejected}"]`).first().getByRole('button', { name: 'Reject' }).click();
    await page.getByRole('button', { name: 'Commit to the graph' }).click();
    const outcome = page.locator('.outcome-banner[data-status="UNCHANGED"]');
    await outcome.waitFor();
    assert.match(await outcome.innerText(), /Already in the graph/);
    assert.deepEqual(await graphFingerprint(session.app.driver), before, 'nothing changed');
    assert.deepEqual(session.errors.filter((e) => !/status of 40[13]/.test(e)), [], 'no request failed but the wrong token\'s');
  });
});
