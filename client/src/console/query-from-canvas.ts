/**
 * "Copy as query": the GraphQL query that reproduces what the canvas shows. One root field per
 * node type present, listing its nodes by id; under it, one relationship field per predicate drawn
 * from those nodes (the subject's `out` field), filtered to the objects on the canvas. Drawing the
 * answer gives the same nodes and edges.
 */
import { RELATIONSHIP_FIELDS, isPredicate, type NodeType } from '../../../schema/vocabulary.ts';

export interface CanvasNode {
  readonly id: string;
  readonly type: NodeType;
}

export interface CanvasEdge {
  readonly source: string;
  readonly target: string;
  readonly predicate: string;
}

/** Query root field of each node type (@neo4j/graphql's plural). */
export const ROOT_FIELDS: Record<NodeType, string> = {
  Company: 'companies',
  Government: 'governments',
  Chip: 'chips',
  Policy: 'policies',
  Person: 'people',
  Article: 'articles',
};

const TYPE_ORDER: readonly NodeType[] = ['Company', 'Government', 'Chip', 'Policy', 'Person', 'Article'];

const list = (ids: Iterable<string>): string => `[${[...ids].sort().map((id) => JSON.stringify(id)).join(', ')}]`;

/** The relationship field read from the subject's side (`makes`), or `mentions` for an article. */
function outField(predicate: string): string | null {
  if (predicate === 'MENTIONS') return 'mentions';
  return isPredicate(predicate) ? RELATIONSHIP_FIELDS[predicate].out : null;
}

export function queryFromCanvas(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[]): string {
  if (nodes.length === 0) return '# The canvas is empty: nothing to reproduce.\n';
  const typeOf = new Map(nodes.map((node) => [node.id, node.type] as const));
  const lines: string[] = ['# The current canvas view, as a query: run it, then Draw, to get the same graph back.', 'query CanvasView {'];
  for (const type of TYPE_ORDER) {
    const ids = nodes.filter((node) => node.type === type).map((node) => node.id);
    if (ids.length === 0) continue;
    // field -> objects, for edges whose subject has this type
    const fields = new Map<string, Set<string>>();
    for (const edge of edges) {
      if (typeOf.get(edge.source) !== type || !typeOf.has(edge.target)) continue;
      const field = outField(edge.predicate);
      if (!field) continue;
      fields.set(field, (fields.get(field) ?? new Set()).add(edge.target));
    }
    const label = type === 'Article' ? 'title' : 'name';
    lines.push(`  ${ROOT_FIELDS[type]}(where: { id: { in: ${list(ids)} } }) {`, '    id', `    ${label}`);
    for (const [field, targets] of [...fields].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`    ${field}(where: { id: { in: ${list(targets)} } }) { id name }`);
    }
    lines.push('  }');
  }
  lines.push('}', '');
  return lines.join('\n');
}
