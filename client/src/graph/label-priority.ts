/**
 * Which node labels to draw at a zoom level: all of them when they are legible, fewer as the view
 * zooms out, hubs (most relationships) first and never one over another; the selection and the
 * paths shown always (a hovered node's neighbours get theirs on the canvas). Pure.
 */

/** From this zoom, every label is drawn. */
export const ALL_LABELS_ZOOM = 1;
/** Hubs labelled however far the view zooms out. */
export const MIN_LABELLED = 5;
/** Room kept between two labels drawn, in graph units at scale 1. */
const LABEL_GAP = 2;

/**
 * Where a node's label is drawn at scale 1, in graph units: centred on `x`, `margin` below `top`
 * (the node's lower edge), `width` × `height`. Drawn `scale` times larger, its size and margin grow
 * alike (stylesheet.ts, `labelScale`).
 */
export interface LabelBox {
  readonly x: number;
  readonly top: number;
  readonly margin: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelCandidate {
  readonly id: string;
  /** Relationships of the node in the whole graph. */
  readonly degree: number;
  /** Where its label lies; without it, the label is never checked against the others. */
  readonly box?: LabelBox;
}

interface Extent {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

function extentOf(box: LabelBox, scale: number): Extent {
  const half = (box.width * scale) / 2 + LABEL_GAP / 2;
  const y1 = box.top + box.margin * scale - LABEL_GAP / 2;
  return { x1: box.x - half, x2: box.x + half, y1, y2: y1 + box.height * scale + LABEL_GAP };
}

const overlaps = (a: Extent, b: Extent): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The nodes to label: `focus` (the selection, the ends of a selected edge, a path) always; of the
 * others, below ALL_LABELS_ZOOM, a number that shrinks with the square of the zoom (the room on
 * screen), at least MIN_LABELLED, the best connected first, skipping any whose label, drawn at
 * `labelScale(zoom)`, would cover one already kept (a focus label or a bigger hub's).
 */
export function labelledNodes(nodes: readonly LabelCandidate[], zoom: number, focus: ReadonlySet<string> = new Set()): Set<string> {
  if (zoom >= ALL_LABELS_ZOOM) return new Set(nodes.map((node) => node.id));
  const budget = Math.max(MIN_LABELLED, Math.round(nodes.length * zoom * zoom));
  const scale = labelScale(zoom);
  const labelled = new Set<string>();
  const kept: Extent[] = [];
  for (const node of nodes) {
    if (!focus.has(node.id)) continue;
    labelled.add(node.id);
    if (node.box) kept.push(extentOf(node.box, scale));
  }
  const ranked = nodes.filter((node) => !focus.has(node.id)).sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  let count = 0;
  for (const node of ranked) {
    if (count >= budget) break;
    const extent = node.box ? extentOf(node.box, scale) : null;
    if (extent && kept.some((other) => overlaps(extent, other))) continue;
    labelled.add(node.id);
    if (extent) kept.push(extent);
    count += 1;
  }
  return labelled;
}

/**
 * How much larger to draw the labels kept when zoomed out, so that they stay about as large on
 * screen as at zoom 0.9 (1 from there on, at most 3).
 */
export function labelScale(zoom: number): number {
  return Math.min(3, Math.max(1, 0.9 / zoom));
}
