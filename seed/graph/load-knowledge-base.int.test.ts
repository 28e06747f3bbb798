import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { testDriver } from '../../test/support/test-app.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.ts';
import { loadKnowledgeBase } from './load-knowledge-base.ts';

/** A fingerprint of every node and relationship with all its properties. */
async function fingerprint(driver: Driver): Promise<{ nodes: number; relationships: number; hash: string }> {
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id, coalesce(n.edgeId, "")', {},
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props ORDER BY a, type, b', {},
  );
  const hash = createHash('sha256');
  for (const record of [...nodes.records, ...rels.records]) hash.update(JSON.stringify(record.toObject(), (_, v) => (typeof v === 'object' && v && 'toString' in v && v.constructor?.name?.includes('DateTime') ? String(v) : v)));
  return { nodes: nodes.records.length, relationships: rels.records.length, hash: hash.digest('hex') };
}

describe('loading the seed knowledge base', () => {
  const driver = testDriver();
  after(() => driver.close());

  it('changes nothing when run a second time', async () => {
    const knowledge = await loadKnowledge();
    await loadKnowledgeBase(driver, undefined, knowledge); // the test database was seeded once already
    const before = await fingerprint(driver);
    await loadKnowledgeBase(driver, undefined, knowledge);
    const afterSecond = await fingerprint(driver);
    assert.deepEqual(afterSecond, before);
    assert.ok(before.nodes >= knowledge.entities.length);
  });

  it('gives every curated edge a statement citing its source', async () => {
    const result = await driver.executeQuery(`
      MATCH (:Entity)-[r]->(:Entity)
      WHERE r.id IS NOT NULL
      OPTIONAL MATCH (s:Statement {edgeId: r.id})-[:CITES]->(:Source)
      WITH r, count(s) AS cited
      RETURN count(r) AS edges, sum(CASE WHEN cited = 0 THEN 1 ELSE 0 END) AS uncited, min(r.sources) AS minSources
    `, {});
    const row = result.records[0]!.toObject() as { edges: number; uncited: number; minSources: number };
    assert.ok(row.edges > 0);
    assert.equal(row.uncited, 0);
    assert.ok(row.minSources >= 1);
  });
});
