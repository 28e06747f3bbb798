/**
 * Pushes apart nodes whose boxes (with their labels) overlap, after any layout: each overlapping
 * pair moves apart along the axis of least overlap, a fixed node (pinned, or one that should stay
 * where the user left it) never moves. A few passes settle what fcose, concentric or grid leave.
 */
export interface NodeBox {
  readonly id: string;
  x: number;
  y: number;
  /** Half the width and half the height of the node with its label, in px. */
  readonly halfWidth: number;
  readonly halfHeight: number;
  readonly fixed: boolean;
}

/**
 * Moves `boxes` in place until no two overlap (gap px apart); returns the moved ids. When pushing
 * pairs apart does not settle a crowded layout, the free nodes spread out from their centre a
 * little and the pushing starts again.
 */
export function separateNodes(boxes: NodeBox[], gap = 6, passes = 100): Set<string> {
  const moved = new Set<string>();
  for (let round = 0; round < 6; round++) {
    if (pushApart(boxes, gap, passes, moved)) return moved;
    const free = boxes.filter((b) => !b.fixed);
    if (free.length === 0) return moved;
    const cx = free.reduce((sum, b) => sum + b.x, 0) / free.length;
    const cy = free.reduce((sum, b) => sum + b.y, 0) / free.length;
    for (const b of free) {
      b.x = cx + (b.x - cx) * 1.25;
      b.y = cy + (b.y - cy) * 1.25;
      moved.add(b.id);
    }
  }
  return moved;
}

/** Pairwise pushes; true once a pass finds no overlap. */
function pushApart(boxes: NodeBox[], gap: number, passes: number, moved: Set<string>): boolean {
  for (let pass = 0; pass < passes; pass++) {
    let overlaps = 0;
    const order = [...boxes].sort((a, b) => a.x - a.halfWidth - (b.x - b.halfWidth));
    for (let i = 0; i < order.length; i++) {
      const a = order[i] as NodeBox;
      for (let j = i + 1; j < order.length; j++) {
        const b = order[j] as NodeBox;
        if (b.x - b.halfWidth >= a.x + a.halfWidth + gap) break; // sorted by left edge: no later box can meet a
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const overlapX = a.halfWidth + b.halfWidth + gap - Math.abs(dx);
        const overlapY = a.halfHeight + b.halfHeight + gap - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0 || (a.fixed && b.fixed)) continue;
        overlaps += 1;
        // Along the axis that needs the shorter move; identical centres part sideways.
        const alongX = overlapX < overlapY;
        const push = (alongX ? overlapX : overlapY) + 0.5;
        const sign = alongX ? (dx === 0 ? (a.id < b.id ? 1 : -1) : Math.sign(dx)) : dy === 0 ? 1 : Math.sign(dy);
        const shareA = a.fixed ? 0 : b.fixed ? 1 : 0.5;
        const shareB = 1 - shareA;
        if (alongX) {
          a.x -= sign * push * shareA;
          b.x += sign * push * shareB;
        } else {
          a.y -= sign * push * shareA;
          b.y += sign * push * shareB;
        }
        if (shareA > 0) moved.add(a.id);
        if (shareB > 0) moved.add(b.id);
      }
    }
    if (overlaps === 0) return true;
  }
  return false;
}

/** Whether any two boxes overlap. */
export function hasOverlap(boxes: readonly NodeBox[]): boolean {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as NodeBox;
      const b = boxes[j] as NodeBox;
      if (Math.abs(a.x - b.x) < a.halfWidth + b.halfWidth && Math.abs(a.y - b.y) < a.halfHeight + b.halfHeight) return true;
    }
  }
  return false;
}
