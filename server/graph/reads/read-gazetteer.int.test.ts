import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { loadGazetteerEntries } from '../../../seed/ingest/load-gazetteer.ts';
import { testDriver } from '../../../test/support/test-app.ts';
import { readGazetteerEntries } from './read-gazetteer.ts';

describe('readGazetteerEntries', () => {
  const driver = testDriver();
  after(() => driver.close());

  it('reads each seeded policy as the offline pipeline does: kind, dates, issuers and what it is about', async () => {
    const fromGraph = new Map((await readGazetteerEntries({ driver, database: undefined })).map((entry) => [entry.id, entry]));
    const policies = (await loadGazetteerEntries()).filter((entry) => entry.type === 'Policy');
    assert.ok(policies.length > 10);
    for (const offline of policies) {
      const read = fromGraph.get(offline.id);
      assert.ok(read, `${offline.id} is in the graph`);
      assert.equal(read.kind, offline.kind, offline.id);
      assert.deepEqual(read.dates, offline.dates, offline.id);
      // The sample articles seeded beside the knowledge base may add issuers, never drop one.
      for (const issuer of offline.issuers ?? []) assert.ok(read.issuers?.includes(issuer), `${offline.id} issued by ${issuer}`);
      // The policy's description and summary are what the topic linking reads: the same words on both sides.
      assert.equal(read.about, offline.about, offline.id);
    }
  });
});
