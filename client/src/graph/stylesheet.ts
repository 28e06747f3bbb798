/**
 * The canvas's cytoscape stylesheet, as data: one block per node type (colour, shape, glyph from
 * node-styles.ts), edges labelled with the vocabulary's words, width by distinct publications, dashed
 * below LOW_CONFIDENCE, and the classes the explorer toggles (faded, highlighted, path, pinned,
 * filtered, bundle, bundled, unbundled).
 */
import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from '../../../schema/vocabulary.ts';
import { ACCENT_COLOR, EDGE_COLOR, EDGE_LABEL_COLOR, LABEL_COLOR, LOW_CONFIDENCE, NODE_STYLES } from './node-styles.ts';

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

/** Room between a node and its label, in px at zoom 1 (times `labelScale` when drawn larger). */
export const LABEL_MARGIN = 5;

/** Zoom from which every edge label is drawn (9 px at zoom 1 is about 11 px there); below, on hover and selection only. */
export const EDGE_LABEL_ZOOM = 1.2;

export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 34, // px
      height: 34, // px
      'border-width': 2, // px, white ring that separates overlapping nodes
      'border-color': '#ffffff',
      label: 'data(label)', // name, plus "+N more" on a second line
      'font-family': FONT,
      'font-size': 11, // px at zoom 1
      'font-weight': 600,
      color: LABEL_COLOR,
      'text-valign': 'bottom',
      'text-margin-y': LABEL_MARGIN, // px below the node
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-background-color': '#f7f8fa', // the canvas colour, so labels stay readable over edges
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 7, // px: labels disappear when zoomed out further (speed)
      'overlay-padding': 4,
    },
  },
  ...NODE_TYPES.map((type) => ({
    selector: `node.${type}`,
    style: {
      'background-color': NODE_STYLES[type].color,
      shape: NODE_STYLES[type].shape,
    },
  })),
  {
    // The type's glyph inside the node: drawn as a background SVG so the label keeps its place.
    selector: 'node[glyph]',
    style: {
      'background-image': (node: { data(key: string): string }) => glyphImage(node.data('glyph')),
      'background-fit': 'contain',
      'background-clip': 'none',
    },
  },
  { selector: 'node[hiddenDegree > 0]', style: { 'border-color': '#c7ced9', 'border-width': 3 } },
  // Labels by priority (label-priority.ts): hidden until zoomed in, hovered or selected; the ones
  // kept when zoomed out are drawn larger so that they stay legible.
  { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  {
    selector: 'node[labelScale > 1]',
    style: {
      'font-size': (node: { data(key: string): number }) => 11 * node.data('labelScale'), // px
      'text-max-width': (node: { data(key: string): number }) => `${140 * node.data('labelScale')}px`,
      'text-margin-y': (node: { data(key: string): number }) => LABEL_MARGIN * node.data('labelScale'), // px
    },
  },
  {
    selector: 'edge',
    style: {
      // px: 1 publication → 1.5 px, 6 or more → 5 px; copies of one story count once, as in the panels
      width: 'mapData(publications, 1, 6, 1.5, 5)',
      'line-color': EDGE_COLOR,
      'target-arrow-color': EDGE_COLOR,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'curve-style': 'bezier', // parallel edges fan out instead of overlapping
      label: 'data(label)', // the predicate in words ("restricts export of")
      'font-family': FONT,
      'font-size': 9, // px at zoom 1
      color: EDGE_LABEL_COLOR,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8, // px
      'text-opacity': 0, // shown by the classes below: legible zoom, hover, selection, highlight
    },
  },
  { selector: 'edge.legible, edge.hover, edge:selected, edge.highlighted, edge.path, edge.focus', style: { 'text-opacity': 1 } },
  // Parallel relationships drawn as one edge with their count ("×3", "3 relationships" when
  // legible, hovered or selected); an open bundle is hidden and its relationships drawn, labelled.
  { selector: 'edge.bundle', style: { label: 'data(short)', 'text-opacity': 1, 'font-weight': 700, 'line-color': '#7c8799', 'target-arrow-color': '#7c8799' } },
  { selector: 'edge.bundle.legible, edge.bundle.hover, edge.bundle:selected', style: { label: 'data(label)' } },
  { selector: 'edge.bundle.undirected', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge.bundled, edge.bundle.open', style: { display: 'none' } },
  { selector: 'edge.unbundled', style: { 'text-opacity': 1 } },
  { selector: 'edge[predicate = "COMPETES_WITH"]', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge.mention', style: { 'line-color': '#b5bcc8', 'target-arrow-color': '#b5bcc8', 'line-style': 'dotted' } },
  { selector: `edge[confidence < ${LOW_CONFIDENCE}]`, style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'node:selected', style: { 'border-color': ACCENT_COLOR, 'border-width': 4 } },
  { selector: 'edge:selected', style: { 'line-color': ACCENT_COLOR, 'target-arrow-color': ACCENT_COLOR, color: '#9a3412', 'font-weight': 700 } },
  { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#334155' } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'node.highlighted', style: { 'border-color': '#0f172a' } },
  { selector: 'edge.highlighted', style: { 'line-color': '#475569', 'target-arrow-color': '#475569', 'z-index': 10 } },
  { selector: 'node.path', style: { 'border-color': ACCENT_COLOR, 'border-width': 4 } },
  { selector: 'edge.path', style: { 'line-color': ACCENT_COLOR, 'target-arrow-color': ACCENT_COLOR, width: 4, 'z-index': 20 } },
  { selector: '.filtered', style: { display: 'none' } },
];

const glyphCache = new Map<string, string>();

/** A white glyph centred in a square SVG, as a data URL (cached per glyph). */
export function glyphImage(glyph: string): string {
  const cached = glyphCache.get(glyph);
  if (cached) return cached;
  const escaped = glyph.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><text x="20" y="21" text-anchor="middle" dominant-baseline="middle" font-family="Arial, Helvetica, sans-serif" font-size="18" font-weight="700" fill="#ffffff">${escaped}</text></svg>`;
  const url = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
  glyphCache.set(glyph, url);
  return url;
}
