import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, TEST_WRITE_TOKEN, type TestApp } from '../../test/support/test-app.ts';

describe('the platform over HTTP', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  it('answers /healthz while the process is alive', async () => {
    const response = await fetch(`${app.url}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'alive' });
  });

  it('answers /readyz with 200 when Neo4j is reachable', async () => {
    const response = await fetch(`${app.url}/readyz`);
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { status: string }).status, 'ready');
  });

  it('returns the seed knowledge base counted by type through GraphQL', async () => {
    const result = await app.graphql<{ stats: { nodes: Array<{ type: string; count: number }> } }>(
      '{ stats { nodes { type count } edges { predicate count } } }',
    );
    assert.equal(result.errors, undefined);
    const companies = result.data?.stats.nodes.find((n) => n.type === 'Company');
    assert.ok(companies && companies.count >= 10, `companies: ${companies?.count}`);
  });

  it('reads generated @neo4j/graphql fields from Neo4j', async () => {
    const result = await app.graphql<{ companies: Array<{ id: string; name: string; makes: Array<{ id: string }> }> }>(
      'query ($id: ID!) { companies(where: { id: { eq: $id } }) { id name makes { id } } }',
      { id: 'nvidia' },
    );
    assert.equal(result.errors, undefined);
    assert.equal(result.data?.companies[0]?.name, 'NVIDIA');
    assert.ok(result.data?.companies[0]?.makes.some((chip) => chip.id === 'h20'));
  });

  it('gives malformed queries a clear error with a code', async () => {
    const result = await app.graphql('{ stats { nodes { type count } ');
    assert.ok(result.errors?.[0]?.message.includes('Syntax Error'));
  });

  it('refuses a query nested beyond the depth limit', async () => {
    const levels = 14;
    const deep = `{ companies(limit: 1) { ${'makes { madeBy { '.repeat(levels / 2)}id${' } }'.repeat(levels / 2)} } }`;
    const result = await app.graphql(deep);
    assert.ok(result.errors?.some((e) => /depth/i.test(e.message)), JSON.stringify(result.errors));
  });

  it('keeps reads open when no read token is set, whatever token is sent', async () => {
    const wrong = await app.graphql('{ stats { articles } }', {}, { authorization: 'Bearer nope' });
    assert.equal(wrong.errors, undefined);
  });

  it('serves GraphiQL to a browser at /graphql', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    assert.equal(response.status, 200);
    assert.match(await response.text(), /GraphiQL/);
  });
});

describe('a read token', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({ readToken: 'read-token-abcdefghijklmnop' });
  });
  after(() => app.close());

  it('is required for reads when configured', async () => {
    const anonymous = await app.graphql('{ stats { articles } }');
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const reader = await app.graphql('{ stats { articles } }', {}, { authorization: 'Bearer read-token-abcdefghijklmnop' });
    assert.equal(reader.errors, undefined);
    const writer = await app.graphql('{ stats { articles } }', {}, { authorization: `Bearer ${TEST_WRITE_TOKEN}` });
    assert.equal(writer.errors, undefined);
  });
});
