import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { edgeId } from '../../schema/edge-id.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

type Companies = { companies: Array<{ id: string; competesWith: Array<{ id: string }> }> };

const RIVALS = `query ($id: ID!) {
  companies(where: { id: { eq: $id } }) { id competesWith { id } }
}`;

const NAMED_AS_RIVAL = `query ($id: ID!) {
  companies(where: { competesWith: { some: { id: { eq: $id } } } }) { id competesWith { id } }
}`;

describe('a symmetric relationship in the generated GraphQL API', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  // The seed stores cambricon|COMPETES_WITH|nvidia once, from cambricon (the ids in alphabetical order).
  it('is stored once, from the id that sorts first', () => {
    assert.equal(edgeId('nvidia', 'COMPETES_WITH', 'cambricon'), 'cambricon|COMPETES_WITH|nvidia');
  });

  it('lists the rival from the end it was not stored from', async () => {
    const result = await app.graphql<Companies>(RIVALS, { id: 'nvidia' });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const rivals = result.data?.companies[0]?.competesWith.map((c) => c.id) ?? [];
    assert.ok(rivals.includes('cambricon'), `nvidia competes with ${rivals.join(', ')}`);
    assert.ok(rivals.includes('huawei'), `nvidia competes with ${rivals.join(', ')}`);
  });

  it('lists the rival from the end it was stored from', async () => {
    const result = await app.graphql<Companies>(RIVALS, { id: 'cambricon' });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.ok(result.data?.companies[0]?.competesWith.some((c) => c.id === 'nvidia'));
  });

  it('filters by the relationship from either end', async () => {
    const result = await app.graphql<Companies>(NAMED_AS_RIVAL, { id: 'cambricon' });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.ok(result.data?.companies.some((c) => c.id === 'nvidia'), JSON.stringify(result.data));
  });
});
