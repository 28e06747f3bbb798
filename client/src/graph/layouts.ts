/**
 * Layouts the user can choose, as data: cytoscape layout options with one comment per option.
 * `fcose` is the default; an expansion runs `expansionLayout` on the new nodes only.
 */
import type { LayoutOptions } from 'cytoscape';

export const LAYOUT_NAMES = ['fcose', 'concentric', 'hierarchy', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric',
  hierarchy: 'Hierarchy',
  grid: 'Grid',
};

export function isLayoutName(value: string): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value);
}

/** fcose's own options, which cytoscape's types do not know. */
interface FcoseOptions {
  name: 'fcose';
  quality: 'draft' | 'default' | 'proof';
  randomize: boolean;
  animate: boolean;
  animationDuration: number;
  fit: boolean;
  padding: number;
  nodeDimensionsIncludeLabels: boolean;
  idealEdgeLength: number;
  nodeRepulsion: number;
  nodeSeparation: number;
  edgeElasticity: number;
  gravity: number;
  numIter: number;
  fixedNodeConstraint?: Array<{ nodeId: string; position: { x: number; y: number } }>;
}

const FCOSE: FcoseOptions = {
  name: 'fcose',
  quality: 'default', // 'draft' is faster and rougher, 'proof' slower and finer; default 'default'
  randomize: true, // start from random positions (a fresh layout); default true
  animate: true, // animate nodes to their positions; default true
  animationDuration: 400, // ms; default 1000
  fit: true, // zoom and pan to show the whole graph afterwards; default true
  padding: 40, // px around the graph when fitting; default 30
  nodeDimensionsIncludeLabels: true, // labels take room, so they do not overlap; default false
  idealEdgeLength: 110, // px an edge tries to have; default 50
  nodeRepulsion: 6500, // how strongly nodes push apart; default 4500
  nodeSeparation: 90, // px between nodes in packed components; default 75
  edgeElasticity: 0.45, // how stiff edges are (0–1); default 0.45
  gravity: 0.25, // pull towards the centre, keeps components together; default 0.25
  numIter: 2500, // maximum iterations; default 2500
};

export const LAYOUTS: Record<LayoutName, LayoutOptions> = {
  fcose: FCOSE as unknown as LayoutOptions,
  concentric: {
    name: 'concentric',
    concentric: (node) => node.degree(false), // ring of a node: most connected in the centre
    levelWidth: () => 2, // degrees per ring; default: max degree / 4
    minNodeSpacing: 40, // px between nodes of a ring; default 10
    animate: true, // default false
    animationDuration: 400, // ms; default 500
    fit: true, // default true
    padding: 40, // px; default 30
  } as LayoutOptions,
  hierarchy: {
    name: 'breadthfirst',
    directed: true, // subject above object, following edge direction; default false
    spacingFactor: 1.1, // scales the space between levels; default 1.75
    animate: true, // default false
    animationDuration: 400, // ms; default 500
    fit: true, // default true
    padding: 40, // px; default 30
  } as LayoutOptions,
  grid: {
    name: 'grid',
    avoidOverlap: true, // leave room for each node's bounding box; default true
    avoidOverlapPadding: 30, // px between boxes; default 10
    condense: true, // cells as small as the nodes, not the whole viewport; default false
    animate: true, // default false
    animationDuration: 400, // ms; default 500
    fit: true, // default true
    padding: 40, // px; default 30
  } as LayoutOptions,
};

/**
 * The layout after an expansion: fcose starting from the current positions, with every node
 * that was already drawn fixed where it is, and no fit (the user's view does not jump).
 */
export function expansionLayout(fixed: Array<{ nodeId: string; position: { x: number; y: number } }>): LayoutOptions {
  const options: FcoseOptions = {
    ...FCOSE,
    randomize: false, // keep the positions given to the new nodes as a start
    fit: false, // do not move the viewport
    animationDuration: 300, // ms
    fixedNodeConstraint: fixed, // old nodes stay exactly where they are
  };
  return options as unknown as LayoutOptions;
}
