/**
 * The pure mapping from API results (GraphNode, GraphEdge) to cytoscape element definitions: the
 * data the stylesheet reads (label, glyph, edge words, width by publications) and nothing else.
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
  /** Distinct publications among the sources (copies of one story count once): the line's width. */
  publications: number;
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

/** "NVIDIA\n+49 more" ("+49 de plus" in French) when relationships are not drawn. */
export function nodeLabel(name: string, hiddenDegree: number, language: Language = currentLanguage()): string {
  if (hiddenDegree <= 0) return name;
  return `${name}\n+${hiddenDegree} ${language === 'fr' ? 'de plus' : 'more'}`;
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
    publications: edge.publications,
    ...(edge.date ? { date: edge.date } : {}),
    ...(edge.validFrom ? { validFrom: edge.validFrom } : {}),
    ...(edge.validTo ? { validTo: edge.validTo } : {}),
  };
  const classes = [edge.predicate === 'MENTIONS' ? 'mention' : 'relation', edge.confidence < LOW_CONFIDENCE ? 'low-confidence' : ''];
  return { group: 'edges', data, classes: classes.filter(Boolean).join(' ') };
}

/** Start of the id of a drawn edge that stands for several relationships between two nodes. */
export const BUNDLE_PREFIX = 'bundle:';

/** The id of the bundle of relationships between two nodes, whichever way they go. */
export function bundleId(a: string, b: string): string {
  const [first, second] = a < b ? [a, b] : [b, a];
  return `${BUNDLE_PREFIX}${first}|${second}`;
}

/** The two nodes of a bundle id, or undefined for any other id. */
export function parseBundleId(id: string): { a: string; b: string } | undefined {
  if (!id.startsWith(BUNDLE_PREFIX)) return undefined;
  const parts = id.slice(BUNDLE_PREFIX.length).split('|');
  if (parts.length !== 2 || parts.some((part) => part.length === 0)) return undefined;
  const [a, b] = parts as [string, string];
  return { a, b };
}

/** "3 relationships", "3 relations". */
export function bundleLabel(count: number, language: Language = currentLanguage()): string {
  return language === 'fr' ? `${count} relations` : `${count} relationships`;
}

export interface BundleData {
  id: string;
  /** Where the arrow starts when every member goes the same way; else the first node by id. */
  source: string;
  target: string;
  /** "3 relationships". */
  label: string;
  /** "×3", drawn when the full label is not. */
  short: string;
  /** The relationships bundled, best supported first. */
  members: string[];
  count: number;
  /** Sources of all members together. */
  sources: number;
  /** Publications of the best published member (the line's width): members may share them. */
  publications: number;
  /** The best confidence among the members (dashed only when all are weak). */
  confidence: number;
  /** Every member goes from `source` to `target`. */
  directed: boolean;
}

type Bundleable = Pick<EdgeData, 'id' | 'source' | 'target' | 'sources' | 'publications' | 'confidence'>;

/**
 * Parallel relationships drawn as one: each pair of nodes with two or more relationships between
 * them (either way) gets a bundle, labelled with their count. Pass the edges drawn (the ones the
 * filters leave); lone edges get no bundle.
 */
export function bundleEdges(edges: Iterable<Bundleable>, language: Language = currentLanguage()): BundleData[] {
  const byPair = new Map<string, Bundleable[]>();
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    const id = bundleId(edge.source, edge.target);
    byPair.set(id, [...(byPair.get(id) ?? []), edge]);
  }
  const bundles: BundleData[] = [];
  for (const [id, members] of byPair) {
    if (members.length < 2) continue;
    const { a, b } = parseBundleId(id) as { a: string; b: string };
    const first = members[0] as Bundleable;
    const directed = members.every((edge) => edge.source === first.source);
    const sorted = [...members].sort((x, y) => y.publications - x.publications || y.sources - x.sources || y.confidence - x.confidence || (x.id < y.id ? -1 : 1));
    bundles.push({
      id,
      source: directed ? first.source : a,
      target: directed ? first.target : b,
      label: bundleLabel(members.length, language),
      short: `×${members.length}`,
      members: sorted.map((edge) => edge.id),
      count: members.length,
      sources: members.reduce((sum, edge) => sum + edge.sources, 0),
      publications: Math.max(...members.map((edge) => edge.publications)),
      confidence: Math.max(...members.map((edge) => edge.confidence)),
      directed,
    });
  }
  return bundles.sort((x, y) => (x.id < y.id ? -1 : 1));
}

export function bundleElement(bundle: BundleData): ElementDefinition {
  const classes = ['bundle', bundle.directed ? '' : 'undirected', bundle.confidence < LOW_CONFIDENCE ? 'low-confidence' : ''];
  return { group: 'edges', data: { ...bundle }, classes: classes.filter(Boolean).join(' ') };
}

/**
 * The bundles drawn open, their relationships one by one: the one selected, the one holding the
 * selected relationship, and those holding a highlighted relationship (a path, what an article added).
 */
export function openBundles(bundles: readonly BundleData[], selected: string | null, highlighted: Iterable<string> = []): Set<string> {
  const wanted = new Set(highlighted);
  if (selected) wanted.add(selected);
  return new Set(bundles.filter((bundle) => wanted.has(bundle.id) || bundle.members.some((id) => wanted.has(id))).map((bundle) => bundle.id));
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
