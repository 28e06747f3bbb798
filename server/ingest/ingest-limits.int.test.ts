import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startTestApp, TEST_WRITE_TOKEN, type TestApp } from '../../test/support/test-app.ts';

const ARTICLES = fileURLToPath(new URL('../../seed/articles/', import.meta.url));
const DRY_RUN = 'mutation ($t: String!) { ingestArticle(input: { text: $t }) { status relations { edgeId } } }';

/** About `bytes` of varied English news text: the English sample articles' bodies, each copy numbered. */
function largeEnglishText(bytes: number): string {
  const bodies = readdirSync(ARTICLES).filter((name) => name.endsWith('-en.md')).sort()
    .map((name) => readFileSync(`${ARTICLES}${name}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const body = `Dispatch ${copy}. ${bodies[copy % bodies.length] ?? ''}\n\n`;
    parts.push(body);
    size += Buffer.byteLength(body);
  }
  return parts.join('').slice(0, bytes);
}

/** Starts an app with some configuration variables set, restoring the environment after. */
async function appWith(env: Record<string, string>): Promise<TestApp> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await startTestApp();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe('limits of article analysis over HTTP', () => {
  let app: TestApp;
  let limited: TestApp;
  before(async () => {
    app = await appWith({ CHIPGRAPH_DRY_RUNS_PER_MINUTE: '1000', CHIPGRAPH_DRY_RUN_BURST: '1000' });
    limited = await appWith({ CHIPGRAPH_DRY_RUNS_PER_MINUTE: '1', CHIPGRAPH_DRY_RUN_BURST: '2' });
  });
  after(async () => {
    await app.close();
    await limited.close();
  });

  it('answers /healthz again and again while a 900 KB dry run is being extracted', async () => {
    const text = largeEnglishText(900 * 1024);
    let settled = false;
    const dryRun = app.graphql<{ ingestArticle: { status: string; relations: unknown[] } }>(DRY_RUN, { t: text }).finally(() => { settled = true; });
    let answeredWhilePending = 0;
    while (!settled) {
      const health = await fetch(`${app.url}/healthz`);
      assert.equal(health.status, 200);
      if (!settled) answeredWhilePending++;
    }
    const result = await dryRun;
    // Within its time budget the analysis succeeds; past it, it is stopped with a clear code. Either way the server kept answering.
    if (result.errors) assert.equal(result.errors[0]?.extensions?.code, 'EXTRACTION_TIMEOUT', JSON.stringify(result.errors));
    else assert.equal(result.data?.ingestArticle.status, 'DRY_RUN');
    assert.ok(answeredWhilePending >= 5, `/healthz answered ${answeredWhilePending} times while the dry run was pending`);
  });

  it('limits dry runs per client with RATE_LIMITED and HTTP 429, but not commits with the write token', async () => {
    const text = 'NVIDIA makes the H20 accelerator for the Chinese market.';
    for (let i = 0; i < 2; i++) {
      const allowed = await limited.graphql(DRY_RUN, { t: text });
      assert.equal(allowed.errors, undefined, JSON.stringify(allowed.errors));
    }
    const response = await fetch(`${limited.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: DRY_RUN, variables: { t: text } }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string; retryAfter?: number } }> };
    assert.equal(body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    assert.equal(response.status, 429);
    assert.ok(Number(response.headers.get('retry-after')) >= 1);
    assert.ok((body.errors?.[0]?.extensions?.retryAfter ?? 0) >= 1);
    // A commit of an empty article: it fails on the article (writing nothing), not on the rate.
    const commit = await limited.graphql('mutation ($t: String!) { ingestArticle(input: { text: $t }, dryRun: false) { status } }', { t: '   ' }, { authorization: `Bearer ${TEST_WRITE_TOKEN}` });
    assert.equal(commit.errors?.[0]?.extensions?.code, 'ARTICLE_EMPTY', JSON.stringify(commit.errors));
  });
});
