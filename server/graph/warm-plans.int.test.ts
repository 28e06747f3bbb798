import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { graphFingerprint } from '../../test/support/graph-fingerprint.ts';
import { testDriver } from '../../test/support/test-app.ts';
import { graphVersion } from './access.ts';
import { WARM_UP_STEPS, warmPlans } from './warm-plans.ts';
import { BEFORE_COMMIT, COMMIT_ARTICLE, LOCK_COMMIT_KEYS, RELEASE_COMMIT_KEYS } from './writes/commit-queries.ts';
import { explainCommit } from './writes/commit-article.ts';

describe('plan warm-up at start', () => {
  const driver = testDriver();
  const graph = { driver, database: undefined };
  after(() => driver.close());

  it('runs every step (search, neighbourhood, entity, paths, commit) and writes nothing', async () => {
    const before = await graphFingerprint(driver);
    const version = graphVersion(graph);
    const report = await warmPlans(graph);
    assert.deepEqual(report.steps.map((step) => step.name), WARM_UP_STEPS.map((step) => step.name));
    assert.deepEqual(report.steps.map((step) => step.name), ['search', 'neighborhood', 'entity', 'paths', 'commit']);
    for (const step of report.steps) assert.equal(step.error, undefined, `${step.name}: ${step.error}`);
    assert.equal(graphVersion(graph), version, 'no write transaction ran');
    assert.deepEqual(await graphFingerprint(driver), before);
  });

  it("plans the commit's own statements, the large one included, in a transaction rolled back (every statement after the lock only EXPLAINed)", async () => {
    const before = await graphFingerprint(driver);
    const planned = await explainCommit(graph);
    for (const statement of [LOCK_COMMIT_KEYS, BEFORE_COMMIT, COMMIT_ARTICLE, RELEASE_COMMIT_KEYS]) {
      assert.ok(planned.includes(statement), `planned: ${statement.trim().split('\n')[0]}`);
    }
    assert.ok(planned.some((statement) => /SET .*outRank/s.test(statement)), 'the rank keys statement is planned');
    assert.ok(planned.some((statement) => /AuditEntry/.test(statement)), 'the audit entry statement is planned');
    assert.deepEqual(await graphFingerprint(driver), before);
  });
});
