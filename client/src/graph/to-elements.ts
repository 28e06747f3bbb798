/**
 * The pure mapping from API results (GraphNode, GraphEdge) to cytoscape element definitions: the
 * data the stylesheet reads (label, glyph, edge words, width by sources) and nothing else.
 */
import type { ElementDefinition } from 'cytoscape';
import { PREDICATES, isPredicate } from '../../../schema/vocabulary.ts';
import type { GraphEdge, GraphNode } from '../api/explorer-api.ts';
import { currentLanguage, type Language } from '../i18n/language.ts';
import { LOW_CONFIDENCE, NODE_STYLES } from './node-styles.ts';

export interface NodeData {
  id: string;
  /** Name, plus "+N more" on a second line when relationships are not drawn. */
  label: string;
  name: string;
  type: GraphNode['type'];
  glyph: string;
  degree: number;
  hiddenDegree: number;
  date?: string;
  kind?: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  predicate: GraphEdge['predicate'];
  /** The predicate in words, from the vocabulary ("restricts export of"). */
  label: string;
  confidence: number;
  sources: number;
  date?: string;
  validFrom?: string;
  validTo?: string;
}

/**
 * "restricts export of" for RESTRICTS_EXPORT_OF in English, "restreint l'exportation de" in
 * French, from the vocabulary; "mentions" / "mentionne" for an article's MENTIONS.
 */
export function predicateWords(predicate: string, language: Language = currentLanguage()): string {
  if (isPredicate(predicate)) return PREDICATES[predicate][language];
  if (predicate === 'MENTIONS') return language === 'fr' ? 'mentionne' : 'mentions';
  return predicate.toLowerCase().replaceAll('_', ' ');
}

export function nodeLabel(name: string, hiddenDegree: number): string {
  return hiddenDegree > 0 ? `${name}\n+${hiddenDegree} more` : name;
}

export function nodeElement(node: GraphNode, hiddenDegree: number = node.hiddenDegree): ElementDefinition {
  const data: NodeData = {
    id: node.id,
    label: nodeLabel(node.name, hiddenDegree),
    name: node.name,
    type: node.type,
    glyph: NODE_STYLES[node.type].glyph,
    degree: node.degree,
    hiddenDegree,
    ...(node.date ? { date: node.date } : {}),
    ...(node.kind ? { kind: node.kind } : {}),
  };
  return { group: 'nodes', data, classes: node.type };
}

export function edgeElement(edge: GraphEdge): ElementDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    predicate: edge.predicate,
    label: predicateWords(edge.predicate),
    confidence: edge.confidence,
    sources: edge.sources,
    ...(edge.date ? { date: edge.date } : {}),
    ...(edge.validFrom ? { validFrom: edge.validFrom } : {}),
    ...(edge.validTo ? { validTo: edge.validTo } : {}),
  };
  const classes = [edge.predicate === 'MENTIONS' ? 'mention' : 'relation', edge.confidence < LOW_CONFIDENCE ? 'low-confidence' : ''];
  return { group: 'edges', data, classes: classes.filter(Boolean).join(' ') };
}

/**
 * Elements for a subgraph: every node, and every edge whose two ends are among those nodes (an
 * edge to a node that is not drawn would make cytoscape throw). `hiddenDegree` overrides the
 * API's count, e.g. with what the whole canvas leaves undrawn.
 */
export function toElements(
  subgraph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] },
  hiddenDegree: (node: GraphNode) => number = (node) => node.hiddenDegree,
): ElementDefinition[] {
  const ids = new Set(subgraph.nodes.map((node) => node.id));
  const seen = new Set<string>();
  const nodes = subgraph.nodes.filter((node) => !seen.has(node.id) && seen.add(node.id)).map((node) => nodeElement(node, hiddenDegree(node)));
  const edges = subgraph.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target) && !seen.has(edge.id) && seen.add(edge.id))
    .map(edgeElement);
  return [...nodes, ...edges];
}
