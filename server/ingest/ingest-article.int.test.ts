import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { retractArticle } from '../graph/writes/commit-article.ts';
import { graphFingerprint } from '../../test/support/graph-fingerprint.ts';
import { freePort } from '../../test/support/free-port.ts';
import { startTestApp, TEST_WRITE_TOKEN, type TestApp } from '../../test/support/test-app.ts';

const MARKER = 'ingest-http-qx7';
const AUTH = { authorization: `Bearer ${TEST_WRITE_TOKEN}` };

const INGEST = `
mutation Ingest($input: ArticleInput!, $dryRun: Boolean) {
  ingestArticle(input: $input, dryRun: $dryRun) {
    status articleId title language text
    entities { id type isNew mentions { text start end rule } }
    relations { edgeId subject predicate object confidence rule evidence { text start end } }
    warnings { code message }
    addedEntities addedEdges retractedEdges statements learnedAliases replaced
  }
}`;

interface IngestPayload {
  ingestArticle: {
    status: string;
    articleId: string;
    title: string;
    language: string;
    text: string;
    entities: Array<{ id: string; type: string; isNew: boolean; mentions: Array<{ text: string; start: number; end: number; rule: string }> }>;
    relations: Array<{ edgeId: string; subject: string; predicate: string; object: string; evidence: { text: string; start: number; end: number } }>;
    warnings: Array<{ code: string; message: string }>;
    addedEntities: string[];
    addedEdges: string[];
    retractedEdges: string[];
    statements: string[];
    learnedAliases: string[];
    replaced: string[];
  };
}

const ARTICLE = `Chip export news (${MARKER})

NVIDIA makes the H20 accelerator for the Chinese market. The US Commerce Department restricted exports of the H20 to China in April 2025. Quillon Technologies, a Chinese start-up, competes with NVIDIA.`;

/** A small web server the URL cases point at (loopback: allowed in tests by configuration). */
function articleServer(): Server {
  return createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(ARTICLE.replace(MARKER, `${MARKER}-url`));
    } else if (path === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (path === '/slow') {
      setTimeout(() => { if (!res.writableEnded) res.end('late'); }, 5_000).unref();
    } else if (path === '/large') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('NVIDIA H20. '.repeat(120_000));
    } else if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
}

describe('ingesting an article over GraphQL', () => {
  let app: TestApp;
  let strictApp: TestApp;
  let web: Server;
  let webUrl: string;
  const committed = new Set<string>();

  before(async () => {
    process.env['CHIPGRAPH_ALLOW_PRIVATE_URLS'] = '0';
    strictApp = await startTestApp();
    process.env['CHIPGRAPH_ALLOW_PRIVATE_URLS'] = '1';
    process.env['CHIPGRAPH_URL_TIMEOUT_MS'] = '800';
    app = await startTestApp();
    web = articleServer();
    const port = await freePort();
    await new Promise<void>((resolve) => web.listen(port, '127.0.0.1', resolve));
    webUrl = `http://127.0.0.1:${port}`;
  });

  after(async () => {
    for (const id of committed) await retractArticle({ driver: app.driver, database: undefined }, id);
    web.closeAllConnections();
    await new Promise<void>((resolve) => web.close(() => resolve()));
    await strictApp.close();
    await app.close();
  });

  async function ingest(input: Record<string, unknown>, dryRun: boolean, headers: Record<string, string> = AUTH) {
    const response = await app.graphql<IngestPayload>(INGEST, { input, dryRun }, headers);
    if (response.data?.ingestArticle && response.data.ingestArticle.status !== 'DRY_RUN') committed.add(response.data.ingestArticle.articleId);
    return response;
  }

  async function expectRefused(input: Record<string, unknown>, code: string, target: TestApp = app): Promise<string> {
    const before = await graphFingerprint(app.driver);
    const response = await target.graphql<IngestPayload>(INGEST, { input, dryRun: false }, AUTH);
    assert.equal(response.data, null, JSON.stringify(response.data));
    assert.equal(response.errors?.[0]?.extensions?.code, code, JSON.stringify(response.errors));
    assert.deepEqual(await graphFingerprint(app.driver), before, 'the graph is unchanged');
    return response.errors?.[0]?.message ?? '';
  }

  it('previews an article without writing anything (dryRun is the default)', async () => {
    const before = await graphFingerprint(app.driver);
    const response = await app.graphql<IngestPayload>(INGEST, { input: { text: ARTICLE } }, AUTH);
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    const result = response.data!.ingestArticle;
    assert.equal(result.status, 'DRY_RUN');
    assert.equal(result.language, 'en');
    assert.ok(result.entities.some((e) => e.id === 'nvidia' && !e.isNew));
    assert.ok(result.entities.some((e) => e.isNew && e.type === 'Company'));
    assert.ok(result.relations.some((r) => r.edgeId === 'nvidia|MAKES|h20'));
    for (const r of result.relations) assert.equal(result.text.slice(r.evidence.start, r.evidence.end), r.evidence.text);
    assert.deepEqual(await graphFingerprint(app.driver), before);
  });

  it('previews without a token (a dry run writes nothing), but not when dryRun is false or comes with another mutation', async () => {
    const before = await graphFingerprint(app.driver);
    const preview = await app.graphql<IngestPayload>(INGEST, { input: { text: ARTICLE } });
    assert.equal(preview.errors, undefined, JSON.stringify(preview.errors));
    assert.equal(preview.data!.ingestArticle.status, 'DRY_RUN');
    const literal = await app.graphql<IngestPayload>(`mutation ($input: ArticleInput!) { ingestArticle(input: $input, dryRun: true) { status } }`, { input: { text: ARTICLE } });
    assert.equal(literal.data?.ingestArticle.status, 'DRY_RUN');
    const both = await app.graphql(`mutation ($input: ArticleInput!) {
      preview: ingestArticle(input: $input, dryRun: true) { status }
      commit: ingestArticle(input: $input, dryRun: false) { status }
    }`, { input: { text: ARTICLE } });
    assert.equal(both.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const defaultedToCommit = await app.graphql(`mutation ($input: ArticleInput!, $dryRun: Boolean = false) {
      ingestArticle(input: $input, dryRun: $dryRun) { status }
    }`, { input: { text: ARTICLE } });
    assert.equal(defaultedToCommit.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', 'a variable that defaults to false is a commit');
    assert.deepEqual(await graphFingerprint(app.driver), before);
  });

  it('refuses to write without the write token, or with a wrong one, and writes nothing', async () => {
    const before = await graphFingerprint(app.driver);
    const anonymous = await app.graphql<IngestPayload>(INGEST, { input: { text: ARTICLE }, dryRun: false });
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const wrong = await app.graphql<IngestPayload>(INGEST, { input: { text: ARTICLE }, dryRun: false }, { authorization: 'Bearer not-the-write-token-at-all' });
    assert.equal(wrong.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.deepEqual(await graphFingerprint(app.driver), before);
  });

  it('commits an article, then finds the same text UNCHANGED with an identical graph', async () => {
    const first = await ingest({ text: ARTICLE, title: `Export news ${MARKER}`, url: `https://example.org/${MARKER}` }, false);
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    const created = first.data!.ingestArticle;
    assert.equal(created.status, 'CREATED');
    assert.ok(created.statements.length >= 3);
    assert.ok(created.addedEntities.includes('quillon-technologies'));
    const stored = await app.driver.executeQuery(`
      MATCH (a:Article {id: $id})-[:STATES]->(s:Statement)
      RETURN a.title AS title, collect(s.sentence) AS sentences
    `, { id: created.articleId });
    assert.equal(stored.records[0]?.get('title'), `Export news ${MARKER}`);
    assert.ok((stored.records[0]?.get('sentences') as string[]).includes('NVIDIA makes the H20 accelerator for the Chinese market.'));

    const before = await graphFingerprint(app.driver);
    const again = await ingest({ text: ARTICLE, title: `Export news ${MARKER}`, url: `https://example.org/${MARKER}` }, false);
    assert.equal(again.data?.ingestArticle.status, 'UNCHANGED');
    assert.equal(again.data?.ingestArticle.articleId, created.articleId);
    assert.deepEqual(await graphFingerprint(app.driver), before);
    const quillons = await app.driver.executeQuery(`MATCH (n:Entity) WHERE n.name = 'Quillon Technologies' RETURN count(n) AS n`, {});
    assert.equal(quillons.records[0]?.get('n'), 1);
  });

  it('updates an edited version with the same url, retracting what only the first version said', async () => {
    const edited = ARTICLE.replace(' Quillon Technologies, a Chinese start-up, competes with NVIDIA.', '');
    const response = await ingest({ text: edited, title: `Export news ${MARKER}`, url: `https://example.org/${MARKER}` }, false);
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    const result = response.data!.ingestArticle;
    assert.equal(result.status, 'UPDATED');
    assert.equal(result.replaced.length, 1);
    assert.ok(result.retractedEdges.includes('nvidia|COMPETES_WITH|quillon-technologies'), JSON.stringify(result.retractedEdges));
    const quillon = await app.driver.executeQuery(`MATCH (n:Entity {id: 'quillon-technologies'}) RETURN count(n) AS n`, {});
    assert.equal(quillon.records[0]?.get('n'), 0, 'the entity only the first version created is gone');
  });

  it('does not write a relationship the reviewer dropped', async () => {
    const text = ARTICLE.replace(MARKER, `${MARKER}-review`);
    const response = await ingest({ text, corrections: { dropRelations: ['us-commerce-department|RESTRICTS_EXPORT_OF|h20'] } }, false);
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    const result = response.data!.ingestArticle;
    assert.ok(!result.relations.some((r) => r.edgeId === 'us-commerce-department|RESTRICTS_EXPORT_OF|h20'));
    const stated = await app.driver.executeQuery(`
      MATCH (:Article {id: $id})-[:STATES]->(s:Statement {edgeId: 'us-commerce-department|RESTRICTS_EXPORT_OF|h20'}) RETURN count(s) AS n
    `, { id: result.articleId });
    assert.equal(stated.records[0]?.get('n'), 0);
  });

  it('refuses a correction naming an unknown entity, writing nothing', async () => {
    await expectRefused({ text: ARTICLE.replace(MARKER, `${MARKER}-badlink`), corrections: { links: [{ candidateId: 'nvidia', entityId: `${MARKER}-nobody` }] } }, 'ENTITY_NOT_FOUND');
    await expectRefused({ text: ARTICLE.replace(MARKER, `${MARKER}-badedge`), corrections: { dropRelations: ['nvidia|BUYS|h20'] } }, 'BAD_USER_INPUT');
  });

  it('rejects an empty article', async () => {
    await expectRefused({ text: '   \n\n  ' }, 'ARTICLE_EMPTY');
  });

  it('rejects an article over 1 MB', async () => {
    await expectRefused({ text: `${MARKER} NVIDIA H20. `.repeat(60_000) }, 'ARTICLE_TOO_LARGE');
  });

  it('rejects binary text, NUL bytes and invalid UTF-8', async () => {
    await expectRefused({ text: `NVIDIA\u0000H20 ${MARKER}` }, 'ARTICLE_NOT_TEXT');
    await expectRefused({ base64: Buffer.from([0x4e, 0x56, 0xff, 0xfe, 0xc3, 0x28, 0x41]).toString('base64'), fileName: 'article.txt' }, 'ARTICLE_NOT_TEXT');
    await expectRefused({ text: `NVIDIA \ud800 H20 ${MARKER}` }, 'ARTICLE_NOT_TEXT');
  });

  it('drops the scripts of an HTML article and stores only its text', async () => {
    const html = `<!doctype html><html lang="en"><head><title>HTML ${MARKER}</title><script>alert("pwned")</script></head>
      <body><article><h1>HTML ${MARKER}</h1><p>NVIDIA makes the H20 accelerator for the Chinese market.</p>
      <script>document.write('<img src=x onerror=alert(1)>')</script>
      <p>The US Commerce Department restricted exports of the H20 to China in April 2025.</p></article></body></html>`;
    const response = await ingest({ text: html, format: 'HTML' }, false);
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    const stored = await app.driver.executeQuery('MATCH (a:Article {id: $id}) RETURN a.text AS text', { id: response.data!.ingestArticle.articleId });
    const text = stored.records[0]?.get('text') as string;
    assert.match(text, /NVIDIA makes the H20/);
    assert.doesNotMatch(text, /<script|alert|onerror|<p>/);
  });

  it('warns about a language other than English or French and extracts names only', async () => {
    const german = `Nachrichten ${MARKER}. NVIDIA verkauft den H20 nach China, obwohl die Regierung in Washington die Ausfuhr des Chips lange beschränkt hatte. Die chinesischen Behörden haben die Unternehmen aufgefordert, den Kauf zu vermeiden und stattdessen einheimische Chips zu wählen.`;
    const response = await app.graphql<IngestPayload>(INGEST, { input: { text: german } }, AUTH);
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    const result = response.data!.ingestArticle;
    assert.ok(result.warnings.some((w) => w.code === 'LANGUAGE_NOT_SUPPORTED'), JSON.stringify(result.warnings));
    assert.deepEqual(result.relations, []);
    assert.ok(result.entities.some((e) => e.id === 'nvidia'));
  });

  it('reads an article from a URL', async () => {
    const response = await app.graphql<IngestPayload>(INGEST, { input: { url: `${webUrl}/article` } }, AUTH);
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    assert.ok(response.data!.ingestArticle.relations.some((r) => r.edgeId === 'nvidia|MAKES|h20'));
  });

  it('refuses URLs that fail, loop, time out, are too large or are not text', async () => {
    await expectRefused({ url: `${webUrl}/missing` }, 'URL_REFUSED');
    assert.match(await expectRefused({ url: `${webUrl}/loop` }, 'URL_REFUSED'), /redirects/);
    assert.match(await expectRefused({ url: `${webUrl}/slow` }, 'URL_REFUSED'), /within/);
    await expectRefused({ url: `${webUrl}/large` }, 'ARTICLE_TOO_LARGE');
    assert.match(await expectRefused({ url: `${webUrl}/image` }, 'URL_REFUSED'), /not a text/);
    await expectRefused({ url: 'ftp://example.org/article.txt' }, 'URL_REFUSED');
  });

  it('refuses loopback and private URLs unless the configuration allows them', async () => {
    assert.match(await expectRefused({ url: `${webUrl}/article` }, 'URL_REFUSED', strictApp), /private or loopback/);
    await expectRefused({ url: 'http://10.0.0.1/article' }, 'URL_REFUSED', strictApp);
  });

  it('refuses loopback written as IPv4-mapped, IPv4-compatible or NAT64 IPv6 in a dry run without a token', async () => {
    const port = new URL(webUrl).port;
    for (const host of ['[::ffff:127.0.0.1]', '[0:0:0:0:0:ffff:7f00:1]', '[::7f00:1]', '[64:ff9b::7f00:1]']) {
      const response = await strictApp.graphql<IngestPayload>(INGEST, { input: { url: `http://${host}:${port}/article` } });
      assert.equal(response.errors?.[0]?.extensions?.code, 'URL_REFUSED', `${host}: ${JSON.stringify(response)}`);
      assert.equal(response.data?.ingestArticle, undefined, host);
    }
  });

  it('never stores a javascript: or data: URL: refused as input, dropped with a warning from front matter', async () => {
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', '/relative/path']) {
      await expectRefused({ text: ARTICLE, url }, 'URL_REFUSED');
    }
    const markdown = `---\ntitle: Front matter ${MARKER}\nurl: "javascript:alert(1)"\n---\n${ARTICLE}`;
    const response = await app.graphql<IngestPayload & { ingestArticle: { url: string | null } }>(
      INGEST.replace('status articleId', 'status articleId url'), { input: { text: markdown, format: 'MARKDOWN' } }, AUTH);
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    assert.equal(response.data!.ingestArticle.url, null);
    assert.ok(response.data!.ingestArticle.warnings.some((w) => w.code === 'URL_DROPPED'));
  });
});
