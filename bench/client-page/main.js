/* global window, document, requestAnimationFrame */
/**
 * The canvas benchmark page (built by bench/client.bench.ts with Vite): the explorer's own
 * stylesheet, layouts and API-to-elements mapping on cytoscape + fcose, driven from Playwright
 * through `window.__bench`. Every timing runs from "the JSON answer is here" to "laid out and
 * painted" (the layout's layoutstop, then two animation frames).
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { STYLESHEET } from '../../client/src/graph/stylesheet.ts';
import { layoutFor, runExpansionLayout } from '../../client/src/graph/layouts.ts';
import { toElements } from '../../client/src/graph/to-elements.ts';
import { prng } from '../prng.ts';

cytoscape.use(fcose);

const TYPES = ['Company', 'Company', 'Company', 'Chip', 'Chip', 'Chip', 'Government', 'Policy', 'Person'];
const PREDICATES = { Company: ['MAKES', 'SUPPLIES', 'COMPETES_WITH'], Chip: ['BASED_ON'], Government: ['RESTRICTS_EXPORT_OF', 'PART_OF'], Policy: ['TARGETS'], Person: ['LEADS'] };

/** A Subgraph as the API returns it: n nodes, 2n edges by preferential attachment (a few hubs). */
function subgraph(n, seed, prefix = 'n') {
  const rng = prng(seed);
  const nodes = [];
  const edges = [];
  const ends = [];
  for (let i = 0; i < n; i++) {
    const type = TYPES[Math.floor(rng() * TYPES.length)];
    nodes.push({ id: `${prefix}${i}`, type, name: `${type} ${prefix}${i}`, degree: 3, hiddenDegree: rng() < 0.2 ? Math.floor(rng() * 40) : 0, date: null, kind: null });
    for (let k = 0; k < 2 && i > 0; k++) {
      const j = rng() < 0.5 && ends.length > 0 ? ends[Math.floor(rng() * ends.length)] : Math.floor(rng() * i);
      const predicate = PREDICATES[type][Math.floor(rng() * PREDICATES[type].length)];
      edges.push({ id: `${prefix}${i}|${predicate}|${prefix}${j}|${k}`, source: `${prefix}${i}`, target: `${prefix}${j}`, predicate, confidence: 0.6 + rng() * 0.4, sources: 1 + Math.floor(rng() * 3), date: null, validFrom: null, validTo: null });
      ends.push(i, j);
    }
  }
  return { nodes, edges, truncated: false };
}

const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const stopped = (layout) => new Promise((resolve) => { layout.one('layoutstop', resolve); layout.run(); });

let cy = null;

function fresh() {
  if (cy) cy.destroy();
  cy = cytoscape({ container: document.getElementById('canvas'), style: STYLESHEET, elements: [], minZoom: 0.15, maxZoom: 3, selectionType: 'single', boxSelectionEnabled: false });
  return cy;
}

/** Draws a fresh graph of n nodes and 2n edges as the explorer does for a first answer; ms. */
async function draw(n, seed = 1) {
  const json = JSON.stringify(subgraph(n, seed));
  fresh();
  const t = performance.now();
  const elements = toElements(JSON.parse(json));
  cy.add(elements);
  await stopped(cy.elements().layout(layoutFor('fcose', cy.nodes().length)));
  await painted();
  return { ms: performance.now() - t, nodes: cy.nodes().length, edges: cy.edges().length };
}

let expansions = 0;

/** Expands the node `id` with `k` new neighbours as the explorer does (ring start, the explorer's expansion layout); ms until visible and until settled. */
async function expand(id, k = 50) {
  const prefix = `x${expansions++}-`;
  const centre = cy.getElementById(id);
  const data = subgraph(k, 1000 + expansions, prefix);
  data.edges = data.nodes.map((node, i) => ({ id: `${id}|SUPPLIES|${node.id}`, source: id, target: node.id, predicate: 'SUPPLIES', confidence: 0.9, sources: 1 + (i % 3), date: null, validFrom: null, validTo: null }));
  const json = JSON.stringify({ nodes: [...data.nodes, { id, type: centre.data('type'), name: centre.data('name'), degree: k, hiddenDegree: 0, date: null, kind: null }], edges: data.edges, truncated: false });
  const t = performance.now();
  const answer = JSON.parse(json);
  const origin = centre.position();
  const radius = 90 + k * 9;
  const newNodes = toElements({ nodes: answer.nodes.filter((node) => node.id !== id), edges: [] })
    .map((element, i) => ({ ...element, position: { x: origin.x + radius * Math.cos((2 * Math.PI * i) / k), y: origin.y + radius * Math.sin((2 * Math.PI * i) / k) } }));
  cy.batch(() => {
    cy.add(newNodes);
    cy.add(toElements(answer).filter((element) => element.group === 'edges'));
  });
  // Visible: the layout has placed the new nodes (fcose's layoutready, before its animation) and
  // a frame shows them; settled: the animation is over.
  const placed = new Promise((resolve) => cy.one('layoutready', resolve));
  const settled = new Promise((resolve) => runExpansionLayout(cy, new Set(newNodes.map((element) => element.data.id)), resolve));
  await placed;
  await painted();
  const ms = performance.now() - t;
  await settled;
  await painted();
  return { ms, settledMs: performance.now() - t, added: newNodes.length, prefix };
}

/** Removes what an expansion added (the explorer's collapse). */
async function collapse(prefix) {
  cy.batch(() => cy.nodes(`[id ^= "${prefix}"]`).remove());
  await painted();
  return cy.nodes().length;
}

/** The best connected node of the canvas (a hub: the node a user would expand). */
function hub() {
  return cy.nodes().max((node) => node.degree(false)).ele.id();
}

window.__bench = { draw, expand, collapse, hub, ready: true };
