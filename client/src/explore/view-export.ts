/**
 * The current view as a JSON document with its sources: nodes, edges with their ids, and for each
 * edge the supporting evidence when it has been loaded (by opening the edge).
 */
import type { EdgeDetail } from '../api/explorer-api.ts';
import type { CanvasModel } from '../graph/canvas-model.ts';
import { predicateWords } from '../graph/to-elements.ts';
import type { ExploreUrlState } from './view-url.ts';

export function viewExport(model: CanvasModel, edgeDetails: ReadonlyMap<string, EdgeDetail>, view: ExploreUrlState, link: string) {
  return {
    exportedAt: new Date().toISOString(),
    link,
    view,
    nodes: [...model.nodes.values()].map(({ id, type, name, date, kind, degree }) => ({ id, type, name, date, kind, degree })),
    edges: [...model.edges.values()].map((edge) => ({
      ...edge,
      words: predicateWords(edge.predicate),
      evidence: edgeDetails.get(edge.id)?.evidence ?? null,
    })),
  };
}

/** Saves a blob or data URL as a file through a temporary link. */
export function download(name: string, content: Blob | string): void {
  const url = typeof content === 'string' ? content : URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  if (typeof content !== 'string') window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
