import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, TEST_WRITE_TOKEN, type TestApp } from '../../../test/support/test-app.ts';

const SAVE = `mutation ($name: String!, $state: String!) { saveView(name: $name, state: $state) { id name state createdAt } }`;
const LIST = `{ savedViews { id name state } }`;
const READ = `query ($id: ID!) { savedView(id: $id) { id name state } }`;
const NAME = 'test-save-view: H20 export controls';
const STATE = '#/explore?n=nvidia:0:0:s,h20:120:-40:0&expand=nvidia&sel=h20';
const auth = { authorization: `Bearer ${TEST_WRITE_TOKEN}` };

describe('saved views', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(async () => {
    await app.driver.executeQuery('MATCH (v:SavedView) WHERE v.name STARTS WITH $prefix DETACH DELETE v', { prefix: 'test-save-view' });
    await app?.close();
  });

  it('saves a view under a short id that the team can list and open', async () => {
    const saved = await app.graphql<{ saveView: { id: string; name: string; state: string } }>(SAVE, { name: NAME, state: STATE }, auth);
    assert.equal(saved.errors, undefined, JSON.stringify(saved.errors));
    const { id } = saved.data!.saveView;
    assert.match(id, /^[A-Za-z0-9_-]{10}$/);
    const listed = await app.graphql<{ savedViews: Array<{ id: string; name: string }> }>(LIST);
    assert.ok(listed.data!.savedViews.some((view) => view.id === id && view.name === NAME));
    const read = await app.graphql<{ savedView: { state: string } }>(READ, { id });
    assert.equal(read.data!.savedView.state, STATE);
  });

  it('gives the same id when the same view is saved again', async () => {
    const first = await app.graphql<{ saveView: { id: string } }>(SAVE, { name: NAME, state: STATE }, auth);
    const again = await app.graphql<{ saveView: { id: string } }>(SAVE, { name: NAME, state: STATE }, auth);
    assert.equal(again.data!.saveView.id, first.data!.saveView.id);
  });

  it('needs the write token, and refuses what is not an explorer view', async () => {
    const anonymous = await app.graphql(SAVE, { name: 'test-save-view: anonymous', state: STATE });
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const wrong = await app.graphql(SAVE, { name: 'test-save-view: wrong', state: 'javascript:alert(1)' }, auth);
    assert.equal(wrong.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('says when no saved view has the id', async () => {
    const missing = await app.graphql(READ, { id: 'nope' });
    assert.equal(missing.errors?.[0]?.extensions?.code, 'ENTITY_NOT_FOUND');
  });
});
