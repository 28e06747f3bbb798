/** The team's saved explorer views: the list, newest first, and one by its short id. */
import { appError } from '../../errors.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { integer } from './integer-parameter.ts';
import type { SavedViewRow } from '../writes/save-view.ts';

/** Most views listed. */
const LIST_LIMIT = 200;

const LIST_VIEWS = `
MATCH (v:SavedView)
RETURN v.id AS id, v.name AS name, v.state AS state, toString(v.createdAt) AS createdAt
ORDER BY v.createdAt DESC
LIMIT $limit
`;

const READ_VIEW = `
MATCH (v:SavedView {id: $id})
RETURN v.id AS id, v.name AS name, v.state AS state, toString(v.createdAt) AS createdAt
`;

export function listSavedViews(ctx: GraphContext): Promise<SavedViewRow[]> {
  return runQuery<SavedViewRow>(ctx, 'savedViews', LIST_VIEWS, { limit: integer(LIST_LIMIT) });
}

export async function readSavedView(ctx: GraphContext, args: { id: string }): Promise<SavedViewRow> {
  const [row] = await runQuery<SavedViewRow>(ctx, 'savedView', READ_VIEW, { id: args.id });
  if (!row) throw appError('ENTITY_NOT_FOUND', `No saved view has the id ${args.id}.`, { id: args.id });
  return row;
}
