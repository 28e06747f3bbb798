/**
 * Who says so? The provenance of one edge: every statement that supports it (the quoted sentence
 * and its article, or the curated source) and the edges between the same two entities that
 * conflict with it, kept side by side.
 */
import type { EdgeDetail } from '../../../schema/generated/graphql.ts';
import { parseEdgeId } from '../../../schema/edge-id.ts';
import { isPredicate } from '../../../schema/vocabulary.ts';
import { appError } from '../../errors.ts';
import { runQuery, type GraphContext } from '../access.ts';
import { edgeDetail } from '../cypher-fragments.ts';
import { completeEdgeDetail, edgeDetailParameters, type EdgeDetailRow } from './edge-detail.ts';
import { requireId } from '../../graphql/validate-arguments.ts';

// Found from its subject (unique id index), then by the relationship's own id and type.
const EDGE = `
MATCH (subject:Entity {id: $subject})-[r]->(object:Entity {id: $object})
WHERE r.id = $id AND type(r) = $predicate
RETURN ${edgeDetail('r')} AS detail
LIMIT 1
`;

export async function readEdge(ctx: GraphContext, args: { id: string }): Promise<EdgeDetail> {
  const id = requireId('id', args.id);
  const parts = parseEdgeId(id);
  if (!parts) throw appError('BAD_USER_INPUT', `An edge id reads subject|PREDICATE|object, got "${id}".`, { argument: 'id' });
  if (!isPredicate(parts.predicate)) throw appError('BAD_USER_INPUT', `Unknown predicate ${parts.predicate} in edge id "${id}".`, { argument: 'id' });
  const [row] = await runQuery<{ detail: EdgeDetailRow }>(ctx, 'edge', EDGE, {
    id,
    subject: parts.subject,
    predicate: parts.predicate,
    object: parts.object,
    ...edgeDetailParameters(),
  });
  if (!row) throw appError('ENTITY_NOT_FOUND', `No edge has the id "${id}".`, { id });
  return completeEdgeDetail(row.detail);
}
