import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { testDriver } from '../../../test/support/test-app.ts';
import { loadKnowledge } from '../../../seed/knowledge/load-knowledge.ts';
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
    await loadKnowledgeBase({ driver: driver, database: undefined }, knowledge); // the test database was seeded once already
    const before = await fingerprint(driver);
    await loadKnowledgeBase({ driver: driver, database: undefined }, knowledge);
    const afterSecond = await fingerprint(driver);
    assert.deepEqual(afterSecond, before);
    assert.ok(before.nodes >= knowledge.entities.length);
  });

  it('gives every edge a supporting statement, and every curated statement its source', async () => {
    const result = await driver.executeQuery(`
      CALL () {
        MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL
        RETURN count(r) AS edges,
               sum(CASE WHEN EXISTS { (:Statement {edgeId: r.id}) } THEN 0 ELSE 1 END) AS unsupported
      }
      CALL () {
        MATCH (s:Statement {rule: 'curated'})
        RETURN count(s) AS curated, sum(CASE WHEN EXISTS { (s)-[:CITES]->(:Source) } THEN 0 ELSE 1 END) AS uncited
      }
      RETURN edges, unsupported, curated, uncited
    `, {});
    const row = result.records[0]!.toObject() as { edges: number; unsupported: number; curated: number; uncited: number };
    assert.ok(row.edges > 0 && row.curated > 0);
    assert.equal(row.unsupported, 0);
    assert.equal(row.uncited, 0);
  });
});
