/**
 * Constraints and indexes, created idempotently at every start (IF NOT EXISTS). Labels and
 * relationship types come from schema/vocabulary.ts.
 */
import { inTransaction, runQuery, type GraphContext } from './access.ts';
import { label, MENTIONS_RELATIONSHIP, relType, variable } from './cypher-fragments.ts';
import { ENTITY_TYPES, PREDICATE_NAMES } from '../../schema/vocabulary.ts';
import { backfillEdgeRanks, backfillMentionRanks } from './writes/rank-edges.ts';

/** Full-text index over every entity's name and aliases: accent- and case-insensitive. */
export const ENTITY_NAMES_INDEX = 'entity_names';

export function databaseSchemaStatements(): string[] {
  return [
    // One id per entity across all types (every entity also carries the Entity label).
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    ...ENTITY_TYPES.map((type) => `CREATE CONSTRAINT ${variable(type.toLowerCase())}_id IF NOT EXISTS FOR (n:${label(type)}) REQUIRE n.id IS UNIQUE`),
    'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
    // Near-duplicate articles are found by their MinHash bands (server/graph/writes/group-publications.ts).
    'CREATE CONSTRAINT minhash_band_key IF NOT EXISTS FOR (n:MinHashBand) REQUIRE n.key IS UNIQUE',
    // Commits of one article or url serialize on these keys (server/graph/writes/commit-queries.ts).
    'CREATE CONSTRAINT commit_lock_key IF NOT EXISTS FOR (n:CommitLock) REQUIRE n.key IS UNIQUE',
    // The audit log, paged newest first by key (server/graph/writes/audit-log.ts).
    'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX audit_entry_key IF NOT EXISTS FOR (n:AuditEntry) ON (n.key)',
    'CREATE INDEX statement_edge IF NOT EXISTS FOR (n:Statement) ON (n.edgeId)',
    'CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)',
    // An edited version of an article is found by its url (server/graph/writes/commit-article.ts).
    'CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)',
    'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
    'CREATE INDEX policy_announced IF NOT EXISTS FOR (n:Policy) ON (n.announced)',
    'CREATE INDEX policy_effective IF NOT EXISTS FOR (n:Policy) ON (n.effective)',
    ...PREDICATE_NAMES.map((p) => `CREATE INDEX rel_${variable(p.toLowerCase())}_id IF NOT EXISTS FOR ()-[r:${relType(p)}]-() ON (r.id)`),
    ...PREDICATE_NAMES.map((p) => `CREATE INDEX rel_${variable(p.toLowerCase())}_date IF NOT EXISTS FOR ()-[r:${relType(p)}]-() ON (r.date)`),
    // Ranked relationship lists: a node's best supported edges per predicate (server/graph/writes/rank-edges.ts).
    ...PREDICATE_NAMES.map((p) => `CREATE INDEX rel_${variable(p.toLowerCase())}_out_rank IF NOT EXISTS FOR ()-[r:${relType(p)}]-() ON (r.outRank)`),
    ...PREDICATE_NAMES.map((p) => `CREATE INDEX rel_${variable(p.toLowerCase())}_in_rank IF NOT EXISTS FOR ()-[r:${relType(p)}]-() ON (r.inRank)`),
    // An entity's articles, newest first (server/graph/writes/rank-edges.ts).
    `CREATE INDEX mention_entity_rank IF NOT EXISTS FOR ()-[m:${MENTIONS_RELATIONSHIP}]-() ON (m.entityRank)`,
    `CREATE FULLTEXT INDEX ${ENTITY_NAMES_INDEX} IF NOT EXISTS
       FOR (n:${ENTITY_TYPES.map(label).join('|')}) ON EACH [n.name, n.aliases]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  ];
}

/** Seconds to wait for new indexes to come online. */
const AWAIT_INDEXES_SECONDS = 120;

export async function applyDatabaseSchema(graph: GraphContext): Promise<void> {
  // Schema statements each need a transaction of their own.
  for (const statement of databaseSchemaStatements()) await runQuery(graph, 'apply-database-schema', statement, {}, 'WRITE');
  await inTransaction(graph, 'READ', 'await-indexes', (tx) => tx.run('CALL db.awaitIndexes($seconds)', { seconds: AWAIT_INDEXES_SECONDS }), { timeoutMs: (AWAIT_INDEXES_SECONDS + 10) * 1000 });
  // Edges written before rank keys existed get theirs (a no-op once every edge has them).
  await backfillEdgeRanks(graph);
  await backfillMentionRanks(graph);
}
