import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { loadGazetteerEntries } from '../../../seed/ingest/load-gazetteer.ts';
import { testDriver } from '../../../test/support/test-app.ts';
import { graphGazetteer, readGazetteerEntries } from './read-gazetteer.ts';

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

  it('reads each company\'s home state and what each person leads as the offline pipeline does', async () => {
    const fromGraph = new Map((await readGazetteerEntries({ driver, database: undefined })).map((entry) => [entry.id, entry]));
    const offline = await loadGazetteerEntries();
    const homes = offline.filter((entry) => entry.type === 'Company' && entry.home);
    const leaders = offline.filter((entry) => entry.type === 'Person' && (entry.leads ?? []).length > 0);
    assert.ok(homes.length > 30 && leaders.length > 20);
    for (const company of homes) assert.equal(fromGraph.get(company.id)?.home, company.home, company.id);
    // The sample articles seeded beside the knowledge base may add what a person leads, never drop it.
    for (const person of leaders) for (const led of person.leads ?? []) assert.ok(fromGraph.get(person.id)?.leads?.includes(led), `${person.id} leads ${led}`);
    assert.equal(fromGraph.get('nvidia')?.home, 'us-government');
  });

  it('sees a name another process committed, without being told', async () => {
    const graph = { driver, database: undefined };
    const id = 'test-gazetteer-stamp-zq7';
    const before = await graphGazetteer(graph);
    assert.equal(before.entries.has(id), false);
    assert.equal(await graphGazetteer(graph), before, 'an unchanged graph keeps the compiled gazetteer');
    // Another process (the CLI, a second server) writes straight to Neo4j: no invalidateGazetteer here.
    await driver.executeQuery('CREATE (n:Entity:Company {id: $id, name: $name, aliases: [$name]})', { id, name: 'Zq7 Semiconductor' });
    try {
      const after = await graphGazetteer(graph);
      assert.equal(after.entries.get(id)?.name, 'Zq7 Semiconductor');
    } finally {
      await driver.executeQuery('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id });
    }
  });
});
