/** The EdgeDetail rows read by `edgeDetail()` (cypher-fragments.ts), made ready for GraphQL. */
import type { EdgeDetail, GraphNode } from '../../../schema/generated/graphql.ts';
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
  const hidden = (node: GraphNodeRow): GraphNode => ({ ...node, hiddenDegree: Math.max(0, node.degree - 1) });
  return { ...row, subject: hidden(row.subject), object: hidden(row.object) };
}
