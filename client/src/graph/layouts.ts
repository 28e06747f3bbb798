/**
 * Layouts the user can choose, as data: cytoscape layout options with one comment per option.
 * `fcose` is the default (cheaper settings on large graphs, `layoutFor`); an expansion lays out
 * only the new nodes and their neighbours, the others fixed (`runExpansionLayout`).
 */
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';

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

/** Above this many nodes, layouts do not animate and fcose keeps only its spectral step. */
export const LARGE_GRAPH_NODES = 300;

/**
 * The options of layout `name` for `nodeCount` visible nodes. fcose's force refinement runs at
 * least five iterations per node whatever `numIter` says, so its cost grows with the square of
 * the graph: measured in headless Chromium, 500 nodes take 5 s and 1,000 nodes 9–18 s, against
 * under 2 s for the spectral step alone ('draft'). Large answers get that step, spread wider (a
 * longer ideal edge: spectral positions are otherwise packed tight) and no animation.
 */
export function layoutFor(name: LayoutName, nodeCount: number): LayoutOptions {
  if (nodeCount <= LARGE_GRAPH_NODES) return LAYOUTS[name];
  if (name !== 'fcose') return { ...LAYOUTS[name], animate: false } as LayoutOptions;
  const large: FcoseOptions = {
    ...FCOSE,
    quality: 'draft', // spectral layout only, no force refinement
    animate: false, // moving hundreds of nodes costs more than it shows
    nodeDimensionsIncludeLabels: false, // labels are hidden at the zoom such a graph needs
    idealEdgeLength: 400, // px; spreads the spectral positions so that nodes rarely overlap
    nodeSeparation: 300, // px between packed components
  };
  return large as unknown as LayoutOptions;
}

/**
 * After an expansion, fcose runs on the new nodes and their drawn neighbours only, starting from
 * the positions the new nodes were given; the neighbours that were already drawn are fixed (and
 * locked: fcose may otherwise shift a constrained node by a few pixels), so nothing the user has
 * seen moves and the cost follows the size of the expansion, not of the canvas. `done` runs
 * once the new nodes are in place (also when the layout throws: the start positions stay).
 */
export function runExpansionLayout(cy: Core, addedIds: ReadonlySet<string>, done: () => void): void {
  const added = cy.nodes().filter((node) => addedIds.has(node.id()));
  const region: Collection = added.union(added.neighborhood()).not('.filtered');
  const old = region.nodes().filter((node) => !addedIds.has(node.id()));
  const fixed = old.toArray().map((node) => ({ nodeId: node.id(), position: { ...(node as NodeSingular).position() } }));
  const unlocked = old.filter((node) => !(node as NodeSingular).locked());
  unlocked.lock();
  const finish = (): void => {
    unlocked.unlock();
    done();
  };
  const options: FcoseOptions = {
    ...FCOSE,
    // Keep the positions given to the new nodes as a start, unless only a node or two were drawn
    // around them: from that ring, the best connected newcomers end up piled onto the expanded
    // node, whereas fcose's spectral start, turned to fit the fixed nodes, spreads them well.
    randomize: fixed.length <= 2,
    fit: false, // do not move the viewport
    animationDuration: 300, // ms
    fixedNodeConstraint: fixed, // old nodes stay exactly where they are
  };
  try {
    const layout = region.layout(options as unknown as LayoutOptions);
    layout.one('layoutstop', finish);
    layout.run();
  } catch {
    finish();
  }
}
