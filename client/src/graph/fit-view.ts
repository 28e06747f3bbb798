/**
 * Fitting the graph in the part of the canvas that nothing covers: the legend, status pills and
 * error cards lie over the canvas, so each one adds padding on the side where it costs the least
 * room. Pure: rectangles in, padding and viewport out.
 */

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Room kept around the graph, and between the graph and an overlay, in screen pixels. */
export const FIT_PADDING = 40;
const OVERLAY_GAP = 12;

/**
 * The padding per side that keeps the graph clear of the overlays lying over the canvas: each
 * overlay is cleared from the side that needs the smallest share of the canvas (the legend in a
 * bottom corner from the bottom, a wide banner at the top from the top); the others keep `base`.
 */
export function overlayPadding(canvas: Rect, overlays: readonly Rect[], base: number = FIT_PADDING): Padding {
  const padding: Padding = { top: base, right: base, bottom: base, left: base };
  const width = canvas.right - canvas.left;
  const height = canvas.bottom - canvas.top;
  if (width <= 0 || height <= 0) return padding;
  for (const overlay of overlays) {
    const over = overlay.left < canvas.right && overlay.right > canvas.left && overlay.top < canvas.bottom && overlay.bottom > canvas.top;
    if (!over) continue;
    const needs: Array<[keyof Padding, number, number]> = [
      ['top', overlay.bottom - canvas.top + OVERLAY_GAP, height],
      ['bottom', canvas.bottom - overlay.top + OVERLAY_GAP, height],
      ['left', overlay.right - canvas.left + OVERLAY_GAP, width],
      ['right', canvas.right - overlay.left + OVERLAY_GAP, width],
    ];
    const [side, room] = needs.reduce((best, next) => (next[1] / next[2] < best[1] / best[2] ? next : best));
    padding[side] = Math.max(padding[side], room);
  }
  // Never leave less than a third of the canvas for the graph.
  const squeeze = (a: keyof Padding, b: keyof Padding, size: number): void => {
    const excess = padding[a] + padding[b] - (size * 2) / 3;
    if (excess <= 0) return;
    const share = excess / (padding[a] + padding[b]);
    padding[a] -= padding[a] * share;
    padding[b] -= padding[b] * share;
  };
  squeeze('top', 'bottom', height);
  squeeze('left', 'right', width);
  return padding;
}

/**
 * The zoom and pan that show `box` (graph coordinates) as large as fits in a canvas of `size`
 * inside `padding`, centred in the room left, within the zoom bounds.
 */
export function fitViewport(
  box: { x1: number; y1: number; x2: number; y2: number },
  size: { width: number; height: number },
  padding: Padding,
  bounds: { min: number; max: number } = { min: 0.15, max: 3 },
): { zoom: number; pan: { x: number; y: number } } {
  const roomWidth = Math.max(1, size.width - padding.left - padding.right);
  const roomHeight = Math.max(1, size.height - padding.top - padding.bottom);
  const boxWidth = Math.max(1, box.x2 - box.x1);
  const boxHeight = Math.max(1, box.y2 - box.y1);
  const zoom = Math.min(bounds.max, Math.max(bounds.min, Math.min(roomWidth / boxWidth, roomHeight / boxHeight)));
  const centre = { x: padding.left + roomWidth / 2, y: padding.top + roomHeight / 2 };
  return { zoom, pan: { x: centre.x - ((box.x1 + box.x2) / 2) * zoom, y: centre.y - ((box.y1 + box.y2) / 2) * zoom } };
}
