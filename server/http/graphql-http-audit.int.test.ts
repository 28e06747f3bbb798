import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

// The GraphQL-over-HTTP specification's own audit suite, run against the real server.
describe('the GraphQL over HTTP audit suite', async () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  const audits = serverAudits({ url: () => `${app.url}/graphql`, fetchFn: fetch });
  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      // Every audit passes: the MUST ones and the SHOULD ones alike.
      assert.equal(result.status, 'ok', result.status === 'ok' ? '' : result.reason);
    });
  }
});
