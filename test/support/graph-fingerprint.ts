/**
 * A fingerprint of the whole graph: every node and relationship with all its properties, hashed.
 * Two equal fingerprints mean nothing was written in between.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  hash: string;
}

const NODES = `
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id, coalesce(n.edgeId, '')
`;

const RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props
ORDER BY a, type, b, coalesce(r.id, '')
`;

/** Temporal values print as ISO strings; everything else as JSON. */
function stable(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && value.constructor?.name?.includes('Date')) return String(value);
  return value;
}

export async function graphFingerprint(driver: Driver): Promise<GraphFingerprint> {
  const nodes = await driver.executeQuery(NODES, {});
  const relationships = await driver.executeQuery(RELATIONSHIPS, {});
  const hash = createHash('sha256');
  for (const record of [...nodes.records, ...relationships.records]) hash.update(JSON.stringify(record.toObject(), stable));
  return { nodes: nodes.records.length, relationships: relationships.records.length, hash: hash.digest('hex') };
}
