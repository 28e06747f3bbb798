/**
 * Completing an article's reading in the browser: paste a wire story, select the sentence that
 * adds two firms to the Entity List and add the relationships it states (fixing the subject the
 * form proposed), see that "Change ends" offers only entities that fit, reject a stopped fact,
 * mark words as a name of an existing entity,
 * commit with the write token, and find the edges with their sentence on the canvas.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { retractArticle } from '../../server/graph/writes/commit-article.ts';
import { clickEdge, startBrowserSession, waitForCanvasIdle, type BrowserSession } from '../support/browser.ts';
import { TEST_WRITE_TOKEN } from '../support/test-app.ts';

declare const window: { __chipgraph?: { cy: Core } };

const ARTICLE = 'Washington, 3 March 2026 — The U.S. Commerce Department added Biren Technology and Moore Threads to the Entity List on Tuesday, barring them from buying chips made with American tools. Both Shanghai-based firms design GPUs that compete with NVIDIA\'s H20. TSMC said it had stopped shipping wafers to Biren in 2024.';
const ENTITY_LIST_SENTENCE = 'Washington, 3 March 2026 — The U.S. Commerce Department added Biren Technology and Moore Threads to the Entity List on Tuesday, barring them from buying chips made with American tools.';

/**
 * Selects `words` of the article text with the mouse, as a reader would: pressed on the first
 * character, released on the last. The page callback is a string: the test runner's transform
 * would wrap named functions in a helper the page lacks.
 */
async function selectWithMouse(page: Page, words: string): Promise<void> {
  const start = ARTICLE.indexOf(words);
  assert.ok(start >= 0, words);
  const points = await page.evaluate(`(() => {
    const pieces = [...document.querySelectorAll('.review-article [data-start]')];
    const rects = [];
    pieces.find((el) => ${start} >= Number(el.dataset.start) && ${start} < Number(el.dataset.start) + el.textContent.length).scrollIntoView({ block: 'center' });
    for (const offset of [${start}, ${start + words.length - 1}]) {
      const piece = pieces.find((el) => offset >= Number(el.dataset.start) && offset < Number(el.dataset.start) + el.textContent.length);
      const range = document.createRange();
      range.setStart(piece.firstChild, offset - Number(piece.dataset.start));
      range.setEnd(piece.firstChild, offset - Number(piece.dataset.start) + 1);
      const rect = range.getClientRects()[0];
      rects.push({ left: rect.left, right: rect.right, y: rect.top + rect.height / 2 });
    }
    return rects;
  })()`) as Array<{ left: number; right: number; y: number }>;
  const [first, last] = points as [(typeof points)[number], (typeof points)[number]];
  // A click first, as a reader does: pressing inside an earlier selection would drag it instead.
  await page.mouse.click(first.left + 1, first.y);
  await page.mouse.move(first.left + 1, first.y);
  await page.mouse.down();
  await page.mouse.move(last.right - 1, last.y, { steps: 8 });
  await page.mouse.up();
}

describe('completing an article’s reading in the browser', { timeout: 300_000 }, () => {
  let session: BrowserSession;
  let articleId = '';
  before(async () => {
    session = await startBrowserSession();
  });
  after(async () => {
    if (articleId) await retractArticle({ driver: session.app.driver, database: undefined }, articleId);
    await session?.close();
  });

  it('adds the Entity List relationships by selecting their sentence, fixing the subject the form proposed', async () => {
    const { page } = session;
    await page.goto('/#/add');
    await page.getByLabel('Paste the text (English or French)').fill(ARTICLE);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByRole('button', { name: 'Commit to the graph' }).waitFor({ timeout: 30_000 });

    await selectWithMouse(page, ENTITY_LIST_SENTENCE);
    await page.getByText(`Selected: “${ENTITY_LIST_SENTENCE.slice(0, 40)}`).waitFor();
    await page.getByRole('button', { name: 'Add a relationship' }).click();
    const form = page.getByRole('form', { name: 'Add a relationship' });
    assert.match(await form.locator('blockquote').innerText(), /Commerce Department added Biren Technology/);
    const subject = form.getByLabel('Subject', { exact: true });
    const object = form.getByLabel('Object', { exact: true });
    // The form proposes the sentence's first two names: Washington (the US government) first.
    assert.equal(await subject.inputValue(), 'us-government');
    await object.selectOption('us-entity-list');
    await subject.selectOption('us-commerce-department');
    const predicate = form.getByLabel('Relationship');
    const offered = await predicate.locator('option:not([disabled])').allInnerTexts();
    assert.deepEqual(offered, ['issues', 'rescinds'], 'only the predicates from a Government to a Policy');
    await predicate.selectOption('ISSUES');
    await session.screenshot('add-article-correct');
    await form.getByRole('button', { name: 'Add the relationship' }).click();
    await page.locator('li.relation-card.added[data-edge="us-commerce-department|ISSUES|us-entity-list"]').waitFor();

    await page.getByRole('button', { name: 'Add a relationship' }).click();
    await form.getByLabel('Subject', { exact: true }).selectOption('us-entity-list');
    await form.getByLabel('Object', { exact: true }).selectOption('biren');
    await form.getByLabel('Relationship').selectOption('TARGETS');
    await form.getByRole('button', { name: 'Add the relationship' }).click();
    await page.locator('li.relation-card.added[data-edge="us-entity-list|TARGETS|biren"]').waitFor();
  });

  it('offers, to change the ends of an extracted relationship, only the entities that fit its predicate', async () => {
    const { page } = session;
    const card = page.locator('li.relation-card:not(.added)').filter({ has: page.locator('option:checked', { hasText: /^makes$|^sells to$/ }) }).first();
    await card.getByRole('button', { name: 'Change ends' }).click();
    const subjects = await card.getByLabel('Subject', { exact: true }).locator('option:not([disabled])').allInnerTexts();
    assert.ok(subjects.length > 0 && subjects.every((option) => option.endsWith('· Company')), subjects.join(', '));
    const edge = (await card.getAttribute('data-edge')) ?? '';
    const current = edge.split('|')[0] ?? '';
    const other = (await card.getByLabel('Subject', { exact: true }).locator('option:not([disabled])').evaluateAll((options) => options.map((o) => (o as { value: string }).value))).find((id) => id !== current && id !== edge.split('|')[2]);
    assert.ok(other, 'another company to choose');
    await card.getByLabel('Subject', { exact: true }).selectOption(other);
    assert.equal(await card.locator('.relation-end.changed').count(), 1, 'the changed subject is shown as changed');
    await card.getByRole('button', { name: 'Back to what was read' }).click();
    assert.equal(await card.locator('.relation-end.changed').count(), 0);
    await card.getByRole('button', { name: 'Change ends' }).click();
  });

  it('both correction forms take each new selection made while open, submit only when complete and close on Escape, adding nothing', async () => {
    const { page } = session;
    const added = await page.locator('li.relation-card.added').count();
    await selectWithMouse(page, 'Both Shanghai-based firms design GPUs');
    await page.getByText('Selected: “Both Shanghai-based firms design GPUs”').waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: 'Add a relationship' }).click();
    const relation = page.getByRole('form', { name: 'Add a relationship' });
    await relation.locator('blockquote', { hasText: 'Both Shanghai-based firms design GPUs' }).waitFor();
    assert.equal(await relation.getByRole('button', { name: 'Add the relationship' }).isDisabled(), true, 'no predicate chosen yet');
    await selectWithMouse(page, 'TSMC said it had stopped shipping wafers');
    await relation.locator('blockquote', { hasText: 'TSMC said it had stopped shipping wafers' }).waitFor({ timeout: 5_000 });
    await relation.getByRole('button', { name: 'Cancel' }).press('Escape');
    await relation.waitFor({ state: 'detached', timeout: 5_000 });

    await selectWithMouse(page, 'Moore Threads');
    await page.getByText('Selected: “Moore Threads”').waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: 'Mark an entity' }).click();
    const mark = page.getByRole('form', { name: 'Mark an entity' });
    const words = mark.getByLabel(/Words, as written/);
    const name = mark.getByLabel('Name', { exact: true });
    const submit = mark.getByRole('button', { name: 'Mark the words' });
    assert.equal(await words.inputValue(), 'Moore Threads');
    assert.equal(await submit.isDisabled(), false, 'words and a name: ready');
    await name.fill('');
    assert.equal(await submit.isDisabled(), true, 'a new entity without a name cannot be marked');
    await selectWithMouse(page, 'Biren Technology');
    await page.getByText('Selected: “Biren Technology”').waitFor({ timeout: 5_000 });
    assert.equal(await words.inputValue(), 'Biren Technology', 'the new selection replaced the words');
    assert.equal(await name.inputValue(), 'Biren Technology');
    assert.equal(await submit.isDisabled(), false);
    await name.press('Escape');
    await mark.waitFor({ state: 'detached', timeout: 5_000 });
    assert.equal(await page.locator('li.relation-card.added').count(), added, 'cancelled forms add nothing');
    assert.equal(await page.locator('li.entity-card.marked').count(), 0);
  });

  it('rejects the stopped shipment and marks “U.S. Commerce Department” as one name of the department', async () => {
    const { page } = session;
    const shipping = page.locator('li.relation-card[data-edge="tsmc|SELLS_TO|biren"]');
    if ((await shipping.count()) > 0) await shipping.getByRole('button', { name: 'Reject' }).click();
    await selectWithMouse(page, 'U.S. Commerce Department');
    await page.getByText('Selected: “U.S. Commerce Department”').waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: 'Mark an entity' }).click();
    const mark = page.getByRole('form', { name: 'Mark an entity' });
    assert.equal(await mark.getByLabel(/Words, as written/).inputValue(), 'U.S. Commerce Department');
    await mark.getByLabel('an existing entity').check();
    await mark.getByLabel('Entity', { exact: true }).selectOption('us-commerce-department');
    await mark.getByRole('button', { name: 'Mark the words' }).click();
    await page.locator('li.entity-card.marked[data-entity="us-commerce-department"]').waitFor();
    const marked = page.locator('.review-article mark.by-reviewer[data-entity="us-commerce-department"]');
    assert.equal(await marked.innerText(), 'U.S. Commerce Department', 'the marked words are one mention, “U.S.” no longer a mention of its own');
    await page.locator('.review-area').evaluate((area) => area.scrollTo(0, 0));
    await session.screenshot('add-article-corrected');
  });

  it('commits with the write token and shows the added edges with their sentence on the canvas', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Commit to the graph' }).click();
    await page.getByRole('textbox', { name: /Write token/ }).fill(TEST_WRITE_TOKEN);
    await page.getByRole('button', { name: 'Use this token' }).click();
    await page.getByRole('application', { name: /Graph canvas/ }).waitFor({ timeout: 30_000 });
    await waitForCanvasIdle(page);

    const rows = await session.app.driver.executeQuery(`
      MATCH (a:Article)-[:STATES]->(s:Statement {rule: 'reviewer'})
      WHERE a.text STARTS WITH 'Washington, 3 March 2026'
      RETURN a.id AS articleId, collect(s.edgeId) AS edges, collect(DISTINCT s.sentence) AS sentences`);
    articleId = String(rows.records[0]?.get('articleId'));
    assert.deepEqual((rows.records[0]?.get('edges') as string[]).sort(), ['us-commerce-department|ISSUES|us-entity-list', 'us-entity-list|TARGETS|biren']);
    assert.deepEqual(rows.records[0]?.get('sentences'), [ENTITY_LIST_SENTENCE]);
    const mentions = await session.app.driver.executeQuery(`MATCH (:Article {id: $articleId})-[m:MENTIONS]->(:Entity {id: 'us-commerce-department'}) RETURN m.texts AS texts`, { articleId });
    assert.deepEqual(mentions.records[0]?.get('texts'), ['U.S. Commerce Department']);
    const stopped = await session.app.driver.executeQuery(`MATCH (:Article {id: $articleId})-[:STATES]->(s:Statement {edgeId: 'tsmc|SELLS_TO|biren'}) RETURN count(s) AS n`, { articleId });
    assert.equal(stopped.records[0]?.get('n'), 0, 'the rejected relationship was not written');

    const drawn = await page.evaluate(() => window.__chipgraph?.cy.edges().map((edge) => edge.id()) ?? []);
    for (const edge of ['us-commerce-department|ISSUES|us-entity-list', 'us-entity-list|TARGETS|biren']) assert.ok(drawn.includes(edge), `${edge} on the canvas: ${drawn.join(', ')}`);
    await clickEdge(page, 'us-commerce-department|ISSUES|us-entity-list');
    const details = page.getByRole('complementary', { name: 'Details' });
    const quoted = details.locator('.evidence', { hasText: 'The U.S. Commerce Department added Biren Technology' });
    await quoted.first().waitFor();
    await session.screenshot('add-article-correct-commit');
    assert.deepEqual(session.errors.filter((e) => !/status of 4\d\d/.test(e)), []);
  });
});
