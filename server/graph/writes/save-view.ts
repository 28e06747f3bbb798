/**
 * Saves an explorer view under a short id, with a name the team will recognise: the view itself is
 * the URL state the explorer writes (`#/explore?n=…`), kept as text. The id is a digest of the
 * name and the state, so saving the same view twice gives the same id and one node. A new view
 * is recorded in the audit log in the same transaction.
 */
import { createHash } from 'node:crypto';
import { appError } from '../../errors.ts';
import { inTransaction, rowsOf, type GraphContext } from '../access.ts';
import { recordAudit } from './audit-log.ts';

/** Longest view state kept, in characters (500 nodes with positions fit well within). */
export const SAVED_VIEW_MAX_STATE = 40_000;
/** Longest name, in characters. */
export const SAVED_VIEW_MAX_NAME = 120;

const SAVE_VIEW = `
MERGE (v:SavedView {id: $id})
ON CREATE SET v.name = $name, v.state = $state, v.createdAt = datetime.transaction()
RETURN v.id AS id, v.name AS name, v.state AS state, toString(v.createdAt) AS createdAt,
       v.createdAt = datetime.transaction() AS created
`;

export interface SavedViewRow extends Record<string, unknown> {
  id: string;
  name: string;
  state: string;
  createdAt: string;
}

export async function saveView(ctx: GraphContext, args: { name: string; state: string }): Promise<SavedViewRow> {
  const name = args.name.trim();
  if (name.length === 0 || name.length > SAVED_VIEW_MAX_NAME) throw appError('BAD_USER_INPUT', `A view's name has 1 to ${SAVED_VIEW_MAX_NAME} characters.`, { argument: 'name' });
  if (!args.state.startsWith('#/explore') || args.state.length > SAVED_VIEW_MAX_STATE) {
    throw appError('BAD_USER_INPUT', `A view's state is an explorer URL (#/explore…) of at most ${SAVED_VIEW_MAX_STATE} characters.`, { argument: 'state' });
  }
  const id = createHash('sha256').update(`${name}\n${args.state}`).digest('base64url').slice(0, 10);
  const row = await inTransaction(ctx, 'WRITE', 'saveView', async (tx) => {
    const [saved] = await rowsOf<SavedViewRow & { created: boolean }>(tx, SAVE_VIEW, { id, name, state: args.state });
    if (!saved) throw new Error('saveView returned no row');
    // Saving the same view again writes nothing, and is not audited.
    if (saved.created) await recordAudit(tx, ctx, { operation: 'saveView', target: id, outcome: 'CREATED', changes: { name, stateLength: args.state.length } });
    return saved;
  });
  return { id: row.id, name: row.name, state: row.state, createdAt: row.createdAt };
}
