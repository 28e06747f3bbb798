/**
 * The review over GraphQL: a dry run with corrections shows the corrected reading, a commit with
 * the same corrections writes exactly it, a refused correction writes nothing, and a commit whose
 * preview is outdated (the gazetteer changed since) is refused with PREVIEW_OUTDATED.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { retractArticle } from '../graph/writes/commit-article.ts';
import { graphFingerprint } from '../../test/support/graph-fingerprint.ts';
import { startTestApp, TEST_WRITE_TOKEN, type TestApp } from '../../test/support/test-app.ts';

const MARKER = 'review-corrections-k4p';
const AUTH = { authorization: `Bearer ${TEST_WRITE_TOKEN}` };

const INGEST = `
mutation Ingest($input: ArticleInput!, $dryRun: Boolean) {
  ingestArticle(input: $input, dryRun: $dryRun) {
    status articleId publishedAt text fingerprint
    entities { id type name isNew mentions { text start end rule } }
    relations { edgeId subject predicate object confidence rule evidence { text start end } }
    warnings { code message }
    addedEntities statements
  }
}`;

interface Result {
  status: string;
  articleId: string;
  publishedAt: string | null;
  text: string;
  fingerprint: string;
  entities: Array<{ id: string; type: string; name: string; isNew: boolean; mentions: Array<{ text: string; start: number; end: number; rule: string }> }>;
  relations: Array<{ edgeId: string; subject: string; predicate: string; object: string; confidence: number; rule: string; evidence: { text: string; start: number; end: number } }>;
  warnings: Array<{ code: string; message: string }>;
  addedEntities: string[];
  statements: string[];
}

const TEXT = `Wire ${MARKER}

Washington, 3 March 2026 — The U.S. Commerce Department added Biren Technology and Moore Threads to the Entity List on Tuesday, barring them from buying chips made with American tools. NVIDIA makes the H20 accelerator for the Chinese market. Zorvex Labs said it had stopped shipping wafers to Biren in 2024.`;

const span = (text: string, words: string): { start: number; end: number } => {
  const start = text.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length };
};
const FIRST_SENTENCE = span(TEXT, 'Washington, 3 March 2026 — The U.S. Commerce Department added Biren Technology and Moore Threads to the Entity List on Tuesday, barring them from buying chips made with American tools.');
const ZORVEX = span(TEXT, 'Zorvex Labs');
const LAST_SENTENCE = span(TEXT, 'Zorvex Labs said it had stopped shipping wafers to Biren in 2024.');

/** The corrections a reviewer makes on this article: add what was missed, re-end, mark a name. */
const CORRECTIONS = {
  addRelations: [
    { subject: 'us-commerce-department', predicate: 'ISSUES', object: 'us-entity-list', evidence: FIRST_SENTENCE },
    { subject: 'us-entity-list', predicate: 'TARGETS', object: 'biren', evidence: FIRST_SENTENCE },
    { subject: 'us-entity-list', predicate: 'TARGETS', object: 'moore-threads', evidence: FIRST_SENTENCE },
    { subject: 'zorvex-labs', predicate: 'SUPPLIES', object: 'biren', evidence: LAST_SENTENCE },
  ],
  // The mechanism, not the news: the MAKES relationship given another (fitting) subject.
  changeEnds: [{ edge: 'nvidia|MAKES|h20', subject: 'moore-threads' }],
  addEntities: [{ ...ZORVEX, type: 'Company', name: 'Zorvex Labs' }],
};

describe('reviewing an article over GraphQL', () => {
  let app: TestApp;
  const committed = new Set<string>();

  before(async () => {
    app = await startTestApp();
  });

  after(async () => {
    for (const id of committed) await retractArticle({ driver: app.driver, database: undefined }, id);
    await app.close();
  });

  async function ingest(input: Record<string, unknown>, dryRun: boolean) {
    const response = await app.graphql<{ ingestArticle: Result }>(INGEST, { input, dryRun }, AUTH);
    if (response.data?.ingestArticle && response.data.ingestArticle.status !== 'DRY_RUN') committed.add(response.data.ingestArticle.articleId);
    return response;
  }

  async function ok(input: Record<string, unknown>, dryRun: boolean): Promise<Result> {
    const response = await ingest(input, dryRun);
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    return response.data!.ingestArticle;
  }

  async function refused(input: Record<string, unknown>, code: string, message: RegExp): Promise<void> {
    const before = await graphFingerprint(app.driver);
    const response = await ingest(input, false);
    assert.equal(response.data, null, JSON.stringify(response.data));
    assert.equal(response.errors?.[0]?.extensions?.code, code, JSON.stringify(response.errors));
    assert.match(response.errors?.[0]?.message ?? '', message);
    assert.deepEqual(await graphFingerprint(app.driver), before, 'the graph is unchanged');
  }

  /** What the graph stores for an article: statements by edge and span, mentions by entity and span. */
  async function stored(articleId: string): Promise<{ statements: string[]; mentions: string[] }> {
    const statements = await app.driver.executeQuery(`
      MATCH (:Article {id: $articleId})-[:STATES]->(s:Statement)
      RETURN s.edgeId AS edgeId, s.start AS start, s.end AS end, s.rule AS rule, s.confidence AS confidence`, { articleId });
    const mentions = await app.driver.executeQuery(`
      MATCH (:Article {id: $articleId})-[m:MENTIONS]->(n:Entity)
      RETURN n.id AS id, m.starts AS starts, m.ends AS ends`, { articleId });
    return {
      statements: statements.records.map((r) => `${r.get('edgeId')}@${r.get('start')}-${r.get('end')}:${r.get('rule')}:${r.get('confidence')}`).sort(),
      mentions: mentions.records.flatMap((r) => (r.get('starts') as number[]).map((start, i) => `${r.get('id')}@${start}-${(r.get('ends') as number[])[i]}`)).sort(),
    };
  }

  it('shows the corrected reading in a dry run, writing nothing', async () => {
    const before = await graphFingerprint(app.driver);
    const plain = await ok({ text: TEXT }, true);
    assert.ok(plain.relations.some((r) => r.edgeId === 'nvidia|MAKES|h20'), JSON.stringify(plain.relations.map((r) => r.edgeId)));
    assert.match(plain.fingerprint, /^[0-9a-f]{32}$/);

    const preview = await ok({ text: TEXT, corrections: CORRECTIONS }, true);
    assert.equal(preview.status, 'DRY_RUN');
    assert.equal(preview.fingerprint, plain.fingerprint, 'corrections do not change what the reading depends on');
    const edges = preview.relations.map((r) => r.edgeId);
    for (const edge of ['us-commerce-department|ISSUES|us-entity-list', 'us-entity-list|TARGETS|biren', 'us-entity-list|TARGETS|moore-threads', 'zorvex-labs|SUPPLIES|biren', 'moore-threads|MAKES|h20']) {
      assert.ok(edges.includes(edge), `${edge} in ${edges.join(', ')}`);
    }
    assert.ok(!edges.includes('nvidia|MAKES|h20'));
    const issues = preview.relations.find((r) => r.edgeId === 'us-commerce-department|ISSUES|us-entity-list');
    assert.equal(issues?.evidence.text, TEXT.slice(FIRST_SENTENCE.start, FIRST_SENTENCE.end));
    assert.equal(issues?.rule, 'reviewer');
    assert.equal(issues?.confidence, 1);
    const zorvex = preview.entities.find((e) => e.id === 'zorvex-labs');
    assert.deepEqual({ type: zorvex?.type, isNew: zorvex?.isNew, mentions: zorvex?.mentions.map((m) => m.text) }, { type: 'Company', isNew: true, mentions: ['Zorvex Labs'] });
    assert.deepEqual(await graphFingerprint(app.driver), before);
  });

  it('commits exactly what the dry run showed, then a commit with other corrections is not UNCHANGED', async () => {
    const input = { text: TEXT, publishedAt: '2026-03-03', corrections: CORRECTIONS };
    const preview = await ok(input, true);
    const commit = await ok({ ...input, fingerprint: preview.fingerprint }, false);
    assert.equal(commit.status, 'CREATED');
    assert.equal(commit.publishedAt, '2026-03-03');
    assert.ok(commit.addedEntities.includes('zorvex-labs'));

    const { statements, mentions } = await stored(commit.articleId);
    const shown = preview.relations.map((r) => `${r.edgeId}@${r.evidence.start}-${r.evidence.end}:${r.rule}:${r.confidence}`).sort();
    assert.deepEqual(statements, shown, 'the statements written are the relationships previewed');
    const previewedMentions = preview.entities.flatMap((e) => e.mentions.map((m) => `${e.id}@${m.start}-${m.end}`)).sort();
    assert.deepEqual(mentions, previewedMentions, 'the mentions written are the ones previewed');
    const article = await app.driver.executeQuery('MATCH (a:Article {id: $id}) RETURN a.publishedAt AS publishedAt', { id: commit.articleId });
    assert.equal(article.records[0]?.get('publishedAt'), '2026-03-03');

    // The commit taught the graph names (a new company), so that preview is now outdated.
    await refused({ ...input, fingerprint: preview.fingerprint }, 'PREVIEW_OUTDATED', /analyse again/);
    const again = await ok(input, false);
    assert.equal(again.status, 'UNCHANGED');
    const fewer = { ...CORRECTIONS, addRelations: CORRECTIONS.addRelations.slice(0, 2), changeEnds: [] };
    const other = await ok({ ...input, corrections: fewer }, false);
    assert.equal(other.status, 'UPDATED', 'other corrections rewrite the article');
    const after = await stored(commit.articleId);
    const written = other.relations.map((r) => `${r.edgeId}@${r.evidence.start}-${r.evidence.end}:${r.rule}:${r.confidence}`).sort();
    assert.deepEqual(after.statements, written, 'the statements are those of the new corrections');
    assert.ok(!after.statements.some((s) => s.startsWith('us-entity-list|TARGETS|moore-threads@') && s.includes(':reviewer:')), 'the dropped addition is gone');
    assert.ok(after.statements.some((s) => s.startsWith('nvidia|MAKES|h20@')), 'the relationship is back at its extracted subject');
  });

  it('refuses corrections that break the vocabulary or the text, and a bad date, writing nothing', async () => {
    const text = TEXT.replace(MARKER, `${MARKER}-refused`);
    const sentence = span(text, 'NVIDIA makes the H20 accelerator for the Chinese market.');
    await refused({ text, corrections: { addRelations: [{ subject: 'us-entity-list', predicate: 'ISSUES', object: 'us-commerce-department', evidence: sentence }] } },
      'BAD_USER_INPUT', /ISSUES goes from Government to Policy, not from Policy "us-entity-list"/);
    await refused({ text, corrections: { addRelations: [{ subject: 'nvidia', predicate: 'COMPETES_WITH', object: `${MARKER}-nobody`, evidence: sentence }] } },
      'ENTITY_NOT_FOUND', /no entity has the id/);
    await refused({ text, corrections: { addRelations: [{ subject: 'nvidia', predicate: 'COMPETES_WITH', object: 'biren', evidence: { start: 10, end: text.length + 10 } }] } },
      'BAD_USER_INPUT', /not a non-empty range inside the text/);
    await refused({ text, corrections: { changeEnds: [{ edge: 'nvidia|MAKES|h20', object: 'biren' }] } }, 'BAD_USER_INPUT', /MAKES goes from Company to Chip/);
    await refused({ text, corrections: { addEntities: [{ ...span(text, 'Zorvex Labs'), type: 'Chip', name: 'Moore Threads' }] } }, 'BAD_USER_INPUT', /link the span to it/);
    await refused({ text, corrections: { addEntities: [{ start: 3, end: 3, entityId: 'nvidia' }] } }, 'BAD_USER_INPUT', /inside the text/);
    await refused({ text, publishedAt: '2026-02-30' }, 'BAD_USER_INPUT', /not an ISO date/);
    const wrongEnum = await app.graphql(INGEST, { input: { text, corrections: { addRelations: [{ subject: 'nvidia', predicate: 'LIKES', object: 'biren', evidence: sentence }] } }, dryRun: false }, AUTH);
    assert.equal(wrongEnum.data, undefined, 'a predicate outside the enum is refused by the schema');
    assert.match(wrongEnum.errors?.[0]?.message ?? '', /LIKES/);
  });

  it('refuses a commit with PREVIEW_OUTDATED once the gazetteer changed since the preview, writing nothing', async () => {
    const text = TEXT.replace(MARKER, `${MARKER}-outdated`);
    const corrections = { addRelations: CORRECTIONS.addRelations.slice(0, 2), changeEnds: CORRECTIONS.changeEnds };
    const preview = await ok({ text, corrections }, true);

    // Someone else commits an article that teaches the graph a new name.
    const other = await ok({ text: `Other ${MARKER}\n\nQuarvex Semiconductor, a Chinese start-up, competes with NVIDIA.` }, false);
    assert.ok(other.addedEntities.length > 0, JSON.stringify(other));

    await refused({ text, corrections, fingerprint: preview.fingerprint }, 'PREVIEW_OUTDATED', /the graph changed since the preview: analyse again/i);

    const fresh = await ok({ text, corrections }, true);
    assert.notEqual(fresh.fingerprint, preview.fingerprint);
    const commit = await ok({ text, corrections, fingerprint: fresh.fingerprint }, false);
    assert.equal(commit.status, 'CREATED');
  });
});
