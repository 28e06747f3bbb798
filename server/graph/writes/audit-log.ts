/**
 * The audit log: one `(:AuditEntry)` per write that changed the graph (an article committed
 * CREATED or UPDATED, a view saved), written by the write itself in its own transaction, so an
 * entry exists exactly when its write was committed: a write that fails or is rolled back leaves
 * none, and a commit that changes nothing (UNCHANGED, a view saved again) is not a write.
 *
 * An entry holds when (`at`, the transaction's time), who (`actor`: `token:` and a fingerprint
 * of the write token, never the token, or `local` for the command line and the app's seeding),
 * the operation, its target and outcome, and what changed (`changes`, a JSON object of ids and
 * counts). `key` orders entries (time, then id) for paging (reads/read-audit-log.ts).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphContext } from '../access.ts';

/** The actor of a write made by this process itself, without a token. */
export const LOCAL_ACTOR = 'local';

export type AuditOperation = 'commitArticle' | 'saveView';

export interface AuditRecord {
  operation: AuditOperation;
  /** Id of what was written (the article, the view). */
  target: string;
  outcome: 'CREATED' | 'UPDATED';
  /** Ids and counts of what changed; stored as JSON. */
  changes: Record<string, unknown>;
}

const RECORD_AUDIT_ENTRY = `
CREATE (entry:AuditEntry {id: randomUUID()})
SET entry.at = datetime.transaction(),
    entry.key = right('000000000000000' + toString(datetime.transaction().epochMillis), 15) + '|' + entry.id,
    entry.actor = $actor,
    entry.operation = $operation,
    entry.target = $target,
    entry.outcome = $outcome,
    entry.changes = $changes
RETURN entry.id AS id
`;

/** Records one write in the audit log, inside the write's own transaction `tx`. */
export async function recordAudit(tx: Pick<ManagedTransaction, 'run'>, graph: Pick<GraphContext, 'actor'>, record: AuditRecord): Promise<void> {
  await tx.run(RECORD_AUDIT_ENTRY, {
    actor: graph.actor ?? LOCAL_ACTOR,
    operation: record.operation,
    target: record.target,
    outcome: record.outcome,
    changes: JSON.stringify(record.changes),
  });
}
