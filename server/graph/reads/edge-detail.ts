/** The EdgeDetail rows read by `edgeDetail()` (cypher-fragments.ts), made ready for GraphQL. */
import type { EdgeDetail, GraphNode } from '../../../schema/generated/graphql.ts';
import { hiddenDegrees } from '../../../schema/hidden-degree.ts';
import { conflictsByPredicate } from './conflicting-predicates.ts';

export type GraphNodeRow = Omit<GraphNode, 'hiddenDegree'>;

export interface EdgeDetailRow extends Omit<EdgeDetail, 'subject' | 'object'> {
  subject: GraphNodeRow;
  object: GraphNodeRow;
}

/** Parameters every query using `edgeDetail()` passes. */
export function edgeDetailParameters(): { conflicts: ReturnType<typeof conflictsByPredicate>; countMentions: boolean } {
  return { conflicts: conflictsByPredicate(), countMentions: false };
}

/** Subject and object show the edge itself, so everything else of theirs is hidden. */
export function completeEdgeDetail(row: EdgeDetailRow): EdgeDetail {
  const hidden = hiddenDegrees([row.subject, row.object], [{ source: row.subject.id, target: row.object.id }]);
  const complete = (node: GraphNodeRow): GraphNode => ({ ...node, hiddenDegree: hidden.get(node.id) ?? 0 });
  return { ...row, subject: complete(row.subject), object: complete(row.object) };
}
