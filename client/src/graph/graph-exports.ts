/**
 * The canvas as files other tools open: GraphML (yEd, Cytoscape Desktop, Gephi), GEXF (Gephi) and
 * SVG (any browser or editor). Pure functions of the nodes and edges drawn (and their positions):
 * node type, name, edge predicate, confidence, source count and time as attributes.
 */
import type { GraphEdge, GraphNode } from '../api/explorer-api.ts';
import { edgeTimeText } from './graph-filters.ts';
import { EDGE_COLOR, LABEL_COLOR, NODE_STYLES } from './node-styles.ts';
import { predicateWords } from './to-elements.ts';

export interface ExportGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Position of each node (graph coordinates), when drawn. */
  readonly positions?: ReadonlyMap<string, { x: number; y: number }>;
}

const escapeXml = (value: string | number): string =>
  String(value).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);

export function toGraphML({ nodes, edges, positions }: ExportGraph): string {
  const keys = [
    ['node', 'name', 'string'], ['node', 'type', 'string'], ['node', 'kind', 'string'], ['node', 'x', 'double'], ['node', 'y', 'double'],
    ['edge', 'predicate', 'string'], ['edge', 'label', 'string'], ['edge', 'confidence', 'double'], ['edge', 'sources', 'int'], ['edge', 'publications', 'int'], ['edge', 'time', 'string'],
  ] as const;
  const data = (key: string, value: string | number | null | undefined): string => (value === null || value === undefined || value === '' ? '' : `<data key="${key}">${escapeXml(value)}</data>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([scope, name, type]) => `  <key id="${name}" for="${scope}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="chipgraph" edgedefault="directed">',
    ...nodes.map((node) => {
      const at = positions?.get(node.id);
      return `    <node id="${escapeXml(node.id)}">${data('name', node.name)}${data('type', node.type)}${data('kind', node.kind)}${data('x', at?.x)}${data('y', at?.y)}</node>`;
    }),
    ...edges.map(
      (edge) =>
        `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${data('predicate', edge.predicate)}${data('label', predicateWords(edge.predicate))}${data('confidence', edge.confidence)}${data('sources', edge.sources)}${data('publications', edge.publications)}${data('time', edgeTimeText(edge))}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

export function toGEXF({ nodes, edges, positions }: ExportGraph, exportedAt = new Date().toISOString().slice(0, 10)): string {
  const value = (id: number, v: string | number | null | undefined): string => (v === null || v === undefined || v === '' ? '' : `<attvalue for="${id}" value="${escapeXml(v)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${exportedAt}"><creator>Chipgraph</creator></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node"><attribute id="0" title="type" type="string"/><attribute id="1" title="kind" type="string"/></attributes>',
    '    <attributes class="edge"><attribute id="0" title="predicate" type="string"/><attribute id="1" title="confidence" type="double"/><attribute id="2" title="sources" type="integer"/><attribute id="3" title="time" type="string"/><attribute id="4" title="publications" type="integer"/></attributes>',
    '    <nodes>',
    ...nodes.map((node) => {
      const at = positions?.get(node.id);
      const position = at ? `<viz:position x="${at.x.toFixed(1)}" y="${(-at.y).toFixed(1)}" z="0"/>` : '';
      return `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.name)}"><attvalues>${value(0, node.type)}${value(1, node.kind)}</attvalues>${position}</node>`;
    }),
    '    </nodes>',
    '    <edges>',
    ...edges.map(
      (edge) =>
        `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${escapeXml(predicateWords(edge.predicate))}" weight="${edge.publications}"><attvalues>${value(0, edge.predicate)}${value(1, edge.confidence)}${value(2, edge.sources)}${value(3, edgeTimeText(edge))}${value(4, edge.publications)}</attvalues></edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

/** A plain SVG drawing of the canvas: lines with their words, nodes in their type's colour, names below. */
export function toSVG({ nodes, edges, positions }: ExportGraph): string {
  const at = (id: string) => positions?.get(id) ?? { x: 0, y: 0 };
  const xs = nodes.map((node) => at(node.id).x);
  const ys = nodes.map((node) => at(node.id).y);
  const margin = 80;
  const minX = Math.min(0, ...xs) - margin;
  const minY = Math.min(0, ...ys) - margin;
  const width = Math.max(0, ...xs) + margin - minX;
  const height = Math.max(0, ...ys) + margin - minY;
  const font = 'font-family="Arial, Helvetica, sans-serif"';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX.toFixed(0)} ${minY.toFixed(0)} ${width.toFixed(0)} ${height.toFixed(0)}" width="${width.toFixed(0)}" height="${height.toFixed(0)}">`,
    `  <rect x="${minX.toFixed(0)}" y="${minY.toFixed(0)}" width="100%" height="100%" fill="#f7f8fa"/>`,
    ...edges.map((edge) => {
      const a = at(edge.source);
      const b = at(edge.target);
      const dash = edge.confidence < 0.7 ? ' stroke-dasharray="6 4"' : '';
      return `  <g class="edge" data-id="${escapeXml(edge.id)}"><line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${EDGE_COLOR}" stroke-width="${lineWidth(edge.publications).toFixed(1)}"${dash}/><text x="${((a.x + b.x) / 2).toFixed(1)}" y="${((a.y + b.y) / 2 - 3).toFixed(1)}" ${font} font-size="9" fill="#3d4756" text-anchor="middle">${escapeXml(predicateWords(edge.predicate))}</text></g>`;
    }),
    ...nodes.map((node) => {
      const { x, y } = at(node.id);
      return `  <g class="node" data-id="${escapeXml(node.id)}" data-type="${node.type}"><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="17" fill="${NODE_STYLES[node.type].color}" stroke="#fff" stroke-width="2"/><text x="${x.toFixed(1)}" y="${(y + 32).toFixed(1)}" ${font} font-size="11" font-weight="600" fill="${LABEL_COLOR}" text-anchor="middle">${escapeXml(node.name)}</text></g>`;
    }),
    '</svg>',
    '',
  ].join('\n');
}

/** The canvas's width of a line (stylesheet.ts): 1 publication → 1.5 px, 6 or more → 5 px. */
function lineWidth(publications: number): number {
  return 1.5 + ((Math.min(6, Math.max(1, publications)) - 1) * 3.5) / 5;
}
