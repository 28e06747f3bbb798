/**
 * What Chipgraph stores in Neo4j beyond the vocabulary's entities and articles: the bookkeeping
 * nodes (statements, curated sources, saved views, MinHash bands, audit entries) and the
 * relationships that tie provenance together. A backup (`npm run export`) holds exactly these
 * labels and types; `server/graph/backup.test.ts` checks that no statement of server/graph/
 * writes a label or type missing here.
 */
import { MENTIONS, NODE_TYPES, PREDICATE_NAMES } from './vocabulary.ts';

/**
 * Kinds of stored node, each with the property that identifies it (uniquely constrained). A node
 * belongs to the first kind among its labels; every entity also carries `Entity`.
 */
export const STORED_NODE_KINDS = {
  Entity: 'id',
  Article: 'id',
  Statement: 'id',
  Source: 'id',
  SavedView: 'id',
  MinHashBand: 'key',
  AuditEntry: 'id',
} as const;
export type StoredNodeKind = keyof typeof STORED_NODE_KINDS;
export const STORED_KINDS = Object.keys(STORED_NODE_KINDS) as StoredNodeKind[];

/** Every node label a stored node may carry. */
export const STORED_LABELS: readonly string[] = [...new Set([...NODE_TYPES, ...STORED_KINDS])];

/**
 * Labels of nodes that live only inside one transaction (the commit's lock keys): never at rest,
 * never backed up.
 */
export const TRANSIENT_LABELS: readonly string[] = ['CommitLock'];

/** Every relationship type stored: the predicates, mentions, and the provenance links. */
export const STORED_RELATIONSHIP_TYPES: readonly string[] = [
  ...PREDICATE_NAMES,
  MENTIONS,
  // (:Article)-[:STATES]->(:Statement): the sentences an article says.
  'STATES',
  // (:Statement)-[:CITES]->(:Source): a curated statement's source.
  'CITES',
  // (:Article)-[:IN_BAND]->(:MinHashBand): near-duplicate detection.
  'IN_BAND',
];
