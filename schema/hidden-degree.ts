/**
 * "+N more": how many of each node's relationships a drawing leaves out, given the edges drawn.
 * The one definition, used by the server for an answer and by the client for the whole canvas.
 */
export function hiddenDegrees(
  nodes: Iterable<{ readonly id: string; readonly degree: number }>,
  edges: Iterable<{ readonly source: string; readonly target: string }>,
): Map<string, number> {
  const drawn = new Map<string, number>();
  for (const edge of edges) {
    drawn.set(edge.source, (drawn.get(edge.source) ?? 0) + 1);
    if (edge.target !== edge.source) drawn.set(edge.target, (drawn.get(edge.target) ?? 0) + 1);
  }
  const hidden = new Map<string, number>();
  for (const node of nodes) hidden.set(node.id, Math.max(0, node.degree - (drawn.get(node.id) ?? 0)));
  return hidden;
}
