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
    // Each relationship of the panel with its sources counted by publication.
    const details = page.getByRole('complementary', { name: 'Détails' });
    const relations = details.locator('.relation-group .relation-sources');
    await relations.first().waitFor();
    const counts = await relations.allInnerTexts();
    assert.ok(counts.length > 5 && counts.every((text) => /^(1 source|\d+ sources? issues? de \d+ publications?)$/.test(text)), counts.slice(0, 8).join(' | '));
    // A symmetric relationship is one group, whichever way it was stored.
    const headings = await details.locator('.relation-group h4').allInnerTexts();
    assert.equal(headings.filter((text) => /^concurrence\b/.test(text)).length, 1, headings.join(' | '));
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'explorer-fr.png') });
  });

  it('speaks French in the panels, the legend, the bundles and the other views too', async () => {
    const left = page.getByRole('complementary', { name: 'Filtres, chemins et vues' });
    await left.getByRole('heading', { name: 'Filtres' }).waitFor();
    await left.getByRole('group', { name: 'Types de nœuds' }).getByRole('checkbox', { name: /Puce/ }).waitFor();
    await left.getByRole('tab', { name: 'Chemins' }).click();
    await left.getByRole('button', { name: 'Trouver les chemins' }).waitFor();
    await left.getByRole('combobox', { name: 'Entité de départ' }).waitFor();
    await left.getByRole('tab', { name: 'Vues' }).click();
    await left.getByRole('button', { name: 'Copier le lien' }).waitFor();
    await page.getByRole('region', { name: 'Légende' }).getByText('plus de publications').waitFor();
    assert.equal(await page.getByRole('toolbar', { name: 'Canevas' }).getByRole('option', { name: 'Forces' }).count(), 1);
    // The bundle of NVIDIA's two relationships with H20: its count and its list in French.
    await page.waitForFunction(() => window.__chipgraph?.cy.getElementById('bundle:h20|nvidia').nonempty() ?? false);
    assert.equal(await label('bundle:h20|nvidia'), '2 relations');
    await page.evaluate(() => void window.__chipgraph?.cy.getElementById('bundle:h20|nvidia').emit('tap'));
    const bundle = page.getByRole('complementary', { name: 'Détails' }).getByRole('list', { name: '2 relations' });
    await bundle.waitFor();
    assert.match(await bundle.innerText(), /NVIDIA conçoit NVIDIA H20/);
    assert.match(await bundle.innerText(), /\d+ sources? issues? de \d+ publications?|1 source/);
    // An entity's properties named in French, their coded values and dates in French words.
    await page.evaluate(() => void window.__chipgraph?.cy.getElementById('h20').emit('tap'));
    const properties = page.getByRole('complementary', { name: 'Détails' }).locator('dl.properties');
    await properties.waitFor();
    const rows = await properties.locator('div').allInnerTexts();
    for (const row of ['Statut\nlivrée', 'Fabricant\nnvidia', 'Finesse de gravure\nTSMC 4N', 'Annonce\nnov. 2023', 'Vérifié le\n30 nov. 2025']) assert.ok(rows.includes(row), `${row} in ${rows.join(' | ')}`);
    await page.getByRole('navigation', { name: 'Vues' }).getByRole('link', { name: 'Requête' }).click();
    await page.getByRole('button', { name: /Lancer/ }).waitFor();
    await page.getByRole('button', { name: /^Qui concurrence Huawei/ }).waitFor();
    await page.getByRole('navigation', { name: 'Vues' }).getByRole('link', { name: 'Articles' }).click();
    await page.getByRole('heading', { name: 'Articles', level: 1 }).waitFor();
    await page.getByRole('columnheader', { name: 'Titre' }).waitFor();
    await page.getByRole('navigation', { name: 'Vues' }).getByRole('link', { name: 'Ajouter un article' }).click();
    await page.getByRole('button', { name: 'Analyser' }).waitFor();
    await page.getByRole('navigation', { name: 'Vues' }).getByRole('link', { name: 'Explorer' }).click();
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
