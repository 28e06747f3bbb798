/**
 * French and English: the browser's language by default, a switch that is remembered, the
 * vocabulary's own words for relationships on the canvas, numbers written per language.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Core } from 'cytoscape';
import type { BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { SCREENSHOT_DIR, startBrowserSession, VIEWPORT, type BrowserSession } from '../support/browser.ts';

declare const window: { __chipgraph?: { cy: Core } };

describe('the explorer in French and English', () => {
  let session: BrowserSession;
  let context: BrowserContext;
  let page: Page;
  before(async () => {
    session = await startBrowserSession();
    context = await session.browser.newContext({ viewport: VIEWPORT, baseURL: session.app.url, locale: 'fr-FR' });
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
    await session?.close();
  });

  const label = (id: string) => page.evaluate((edgeId) => window.__chipgraph?.cy.getElementById(edgeId).data('label') as string | undefined, id);

  it('speaks French to a French browser, relationships in the vocabulary’s French words', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Partez d’un nom' }).waitFor();
    await page.getByRole('navigation', { name: 'Vues' }).getByRole('link', { name: 'Explorer' }).waitFor();
    assert.match(await page.getByText(/Le graphe compte/).innerText(), /Le graphe compte \d[\d\u202f\u00a0]* entités/);
    await page.getByRole('button', { name: 'NVIDIA', exact: true }).click();
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('nvidia').nonempty());
    await page.getByRole('complementary', { name: 'Détails' }).getByRole('button', { name: /^Déployer/ }).click();
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('nvidia|MAKES|h20').nonempty());
    assert.equal(await label('nvidia|MAKES|h20'), 'fabrique (marque)');
    assert.equal(await page.getByRole('region', { name: 'Temps' }).getByLabel('À la date du').count(), 1);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'explorer-fr.png') });
  });

  it('switches to English and remembers it', async () => {
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Explore' }).waitFor();
    assert.equal(await label('nvidia|MAKES|h20'), 'makes');
    await page.reload();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Explore' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  });
});
