/**
 * The audit log (writes/audit-log.ts), newest first, a page at a time: `first` entries after the
 * cursor `after` (the `endCursor` of the page before). Cursors are opaque: the entry's key
 * (time, then id) in base64url.
 */
import { appError } from '../../errors.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { integer } from './integer-parameter.ts';

/** Entries per page: default and most. */
export const AUDIT_PAGE = { default: 50, max: 200 } as const;

const READ_AUDIT_LOG = `
MATCH (entry:AuditEntry)
WHERE $after IS NULL OR entry.key < $after
WITH entry ORDER BY entry.key DESC LIMIT $limit
RETURN entry.id AS id, toString(entry.at) AS at, entry.actor AS actor, entry.operation AS operation,
       entry.target AS target, entry.outcome AS outcome, entry.changes AS changes, entry.key AS key
`;

export interface AuditEntryRow extends Record<string, unknown> {
  id: string;
  at: string;
  actor: string;
  operation: string;
  target: string | null;
  outcome: string;
  changes: string;
}

export interface AuditLogPage {
  entries: AuditEntryRow[];
  /** Pass as `after` for the next page; null when there is none. */
  endCursor: string | null;
  hasMore: boolean;
}

const KEY = /^\d{15}\|[0-9a-f-]{36}$/;

export async function readAuditLog(graph: GraphContext, args: { first?: number | null; after?: string | null }): Promise<AuditLogPage> {
  const first = args.first ?? AUDIT_PAGE.default;
  if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE.max) {
    throw appError('BAD_USER_INPUT', `first is between 1 and ${AUDIT_PAGE.max}.`, { argument: 'first' });
  }
  let after: string | null = null;
  if (args.after != null) {
    after = Buffer.from(args.after, 'base64url').toString('utf8');
    if (!KEY.test(after)) throw appError('BAD_USER_INPUT', 'after is not a cursor of the audit log.', { argument: 'after' });
  }
  const rows = await runQuery<AuditEntryRow & { key: string }>(graph, 'auditLog', READ_AUDIT_LOG, { after, limit: integer(first + 1) });
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    entries: page.map(({ key: _key, ...entry }) => entry),
    endCursor: last ? Buffer.from(last.key, 'utf8').toString('base64url') : null,
    hasMore: rows.length > first,
  };
}
