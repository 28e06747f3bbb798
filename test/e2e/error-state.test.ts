/** When the API fails, the explorer says so plainly and offers a retry that works. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startBrowserSession, type BrowserSession } from '../support/browser.ts';

describe('the explorer when the API fails', () => {
  let session: BrowserSession;
  before(async () => {
    session = await startBrowserSession();
  });
  after(async () => {
    await session?.close();
  });

  it('shows that the database is unavailable, and recovers on retry', async () => {
    const { page } = session;
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/graphql-response+json',
        body: JSON.stringify({ errors: [{ message: 'The graph database cannot be reached right now. Retry in a moment.', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }),
      }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert').filter({ hasText: 'The graph database cannot be reached right now.' });
    await alert.waitFor();
    assert.equal(await alert.getAttribute('data-code'), 'DATABASE_UNAVAILABLE');
    await session.screenshot('error-state');

    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.getByText(/The graph holds \d+ entities/).waitFor();
  });

  it('says when the server cannot be reached at all', async () => {
    const { page } = session;
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'NVIDIA' }).click();
    await page.getByRole('alert').filter({ hasText: 'The Chipgraph server cannot be reached.' }).waitFor();
    await page.unroute('**/graphql');
  });

  it('says when an address names no page, and when a search is too long to be a name', async () => {
    const { page } = session;
    await page.goto('about:blank');
    await page.goto('/#/nowhere?x=1');
    await page.getByText('Chipgraph has no page “#/nowhere”: here is the explorer.').waitFor();
    const search = page.getByRole('combobox', { name: 'Search entities' });
    let asked = 0;
    page.on('request', (request) => void (request.url().endsWith('/graphql') && /SearchEntities/.test(request.postData() ?? '') && (asked += 1)));
    await search.fill(`${'Team Green '.repeat(500)}`);
    await page.getByRole('status').filter({ hasText: 'Too long for a name: search with 200 characters at most.' }).waitFor();
    assert.equal(asked, 0, 'the server is not asked');
    await search.fill('nvidia');
    await page.getByRole('option').filter({ hasText: 'NVIDIA' }).first().waitFor();
  });

  it('logs nothing but the failed requests', () => {
    const unexpected = session.errors.filter((error) => !/Failed to load resource|ERR_CONNECTION_REFUSED|503/.test(error));
    assert.deepEqual(unexpected, []);
  });
});
