/**
 * How each node type looks: colour, shape and glyph, shared by the canvas stylesheet and the legend.
 * Every colour carries a white glyph at ≥ 4.5:1 contrast (WCAG AA); labels are drawn in
 * `LABEL_COLOR` on the light canvas, well above 7:1.
 */
import type { NodeType } from '../../../schema/vocabulary.ts';

export interface NodeStyle {
  /** Fill colour; white text on it meets WCAG AA (contrast ratio in the comment). */
  readonly color: string;
  /** A cytoscape node shape. */
  readonly shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'round-tag' | 'rectangle';
  /** One or two characters drawn inside the node. */
  readonly glyph: string;
  /** The type's name in the legend and the filters. */
  readonly label: string;
}

export const NODE_STYLES: Record<NodeType, NodeStyle> = {
  Company: { color: '#2358a6', shape: 'ellipse', glyph: 'C', label: 'Company' }, // 6.9:1
  Government: { color: '#a4321c', shape: 'hexagon', glyph: 'G', label: 'Government' }, // 6.6:1
  Chip: { color: '#1a6b3b', shape: 'round-rectangle', glyph: 'µ', label: 'Chip' }, // 6.5:1
  Policy: { color: '#8c4a00', shape: 'diamond', glyph: '§', label: 'Policy' }, // 6.4:1
  Person: { color: '#6a3d9e', shape: 'round-tag', glyph: 'P', label: 'Person' }, // 7.9:1
  Article: { color: '#4b5563', shape: 'rectangle', glyph: 'A', label: 'Article' }, // 7.6:1
};

/** Text colour of labels on the canvas background (#f7f8fa): 15:1. */
export const LABEL_COLOR = '#17202c';
/** Colour of edges and their arrows; edge labels use `EDGE_LABEL_COLOR` (7.4:1 on white). */
export const EDGE_COLOR = '#8792a4';
export const EDGE_LABEL_COLOR = '#3d4756';
/** Selection and path highlight. */
export const ACCENT_COLOR = '#d9480f';
/** Edges whose confidence is below this are dashed. */
export const LOW_CONFIDENCE = 0.7;
