/**
 * Which node labels to draw at a zoom level: all of them when they are legible, fewer as the view
 * zooms out, hubs (most relationships) first; the selection and the paths shown always (a hovered
 * node's neighbours get theirs on the canvas). Pure.
 */

/** From this zoom, every label is drawn. */
export const ALL_LABELS_ZOOM = 1;
/** Hubs labelled however far the view zooms out. */
export const MIN_LABELLED = 5;

export interface LabelCandidate {
  readonly id: string;
  /** Relationships of the node in the whole graph. */
  readonly degree: number;
}

/**
 * The nodes to label: `focus` (the selection, the ends of a selected edge, a path) always; of the others,
 * a share that shrinks with the square of the zoom (the room on screen), the best connected
 * first, and at least MIN_LABELLED.
 */
export function labelledNodes(nodes: readonly LabelCandidate[], zoom: number, focus: ReadonlySet<string> = new Set()): Set<string> {
  if (zoom >= ALL_LABELS_ZOOM) return new Set(nodes.map((node) => node.id));
  const budget = Math.max(MIN_LABELLED, Math.round(nodes.length * zoom * zoom));
  const ranked = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  const labelled = new Set(ranked.slice(0, budget).map((node) => node.id));
  for (const node of nodes) if (focus.has(node.id)) labelled.add(node.id);
  return labelled;
}

/**
 * How much larger to draw the labels kept when zoomed out, so that they stay about as large on
 * screen as at zoom 0.9 (1 from there on, at most 3).
 */
export function labelScale(zoom: number): number {
  return Math.min(3, Math.max(1, 0.9 / zoom));
}
