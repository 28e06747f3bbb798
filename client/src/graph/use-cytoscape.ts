/**
 * One cytoscape instance for the life of the canvas, kept in step with the canvas model by
 * imperative updates: elements are added and removed, never re-created. New nodes start around the
 * node that brought them and fcose lays out only them, the others fixed where they are.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, type RefObject } from 'react';
import { SEED, type CanvasModel } from './canvas-model.ts';
import { edgePasses, nodePasses, type GraphFilters } from './graph-filters.ts';
import { layoutFor, runExpansionLayout, type LayoutName } from './layouts.ts';
import { STYLESHEET } from './stylesheet.ts';
import { edgeElement, nodeElement, nodeLabel, type EdgeData, type NodeData } from './to-elements.ts';

cytoscape.use(fcose);

export type CanvasTarget = { kind: 'node' | 'edge'; id: string };

export interface CanvasInputs {
  model: CanvasModel;
  filters: GraphFilters;
  layout: LayoutName;
  selected: CanvasTarget | null;
  /** Nodes and edges of the paths being shown, highlighted. */
  highlighted: { nodeIds: readonly string[]; edgeIds: readonly string[] } | null;
  /** Bumped to run the chosen layout on everything again. */
  layoutRun: number;
}

export interface CanvasHandlers {
  onSelect(target: CanvasTarget | null): void;
  onExpand(id: string): void;
}

declare global {
  interface Window {
    /** The canvas's cytoscape instance, for browser tests and benchmarks. */
    __chipgraph?: { cy: Core };
  }
}

function drawnDegrees(model: CanvasModel): Map<string, number> {
  const counts = new Map<string, number>();
  for (const edge of model.edges.values()) {
    counts.set(edge.source, (counts.get(edge.source) ?? 0) + 1);
    counts.set(edge.target, (counts.get(edge.target) ?? 0) + 1);
  }
  return counts;
}

/** Starting positions for new nodes: a ring around the expanded node, or around the view's centre. */
function startPositions(cy: Core, model: CanvasModel, added: string[]): Map<string, { x: number; y: number }> {
  const groups = new Map<string, string[]>();
  for (const id of added) {
    const owner = [...(model.owners.get(id) ?? [])].find((o) => o !== SEED && cy.getElementById(o).nonempty()) ?? '';
    groups.set(owner, [...(groups.get(owner) ?? []), id]);
  }
  const extent = cy.extent();
  const positions = new Map<string, { x: number; y: number }>();
  for (const [owner, ids] of groups) {
    const centre = owner ? cy.getElementById(owner).position() : { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    const radius = 90 + ids.length * 9;
    ids.forEach((id, index) => {
      const angle = (2 * Math.PI * index) / ids.length;
      positions.set(id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
  }
  return positions;
}

export function useCytoscape(container: RefObject<HTMLDivElement | null>, inputs: CanvasInputs, handlers: CanvasHandlers) {
  const cyRef = useRef<Core | null>(null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const layoutRef = useRef(inputs.layout);
  layoutRef.current = inputs.layout;
  /** Layouts started and not yet stopped (their animation included). */
  const layoutsRunning = useRef(0);

  // Create the instance once.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const cy = cytoscape({
      container: element,
      style: STYLESHEET,
      elements: [],
      minZoom: 0.15, // zoom factor
      maxZoom: 3,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;
    window.__chipgraph = { cy };
    cy.on('tap', 'node', (event) => handlersRef.current.onSelect({ kind: 'node', id: event.target.id() }));
    cy.on('tap', 'edge', (event) => handlersRef.current.onSelect({ kind: 'edge', id: event.target.id() }));
    cy.on('tap', (event) => {
      if (event.target === cy) handlersRef.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (event) => handlersRef.current.onExpand(event.target.id()));
    cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      cy.batch(() => {
        cy.elements().addClass('faded');
        node.closedNeighborhood().removeClass('faded').addClass('highlighted');
      });
      element.style.cursor = 'pointer';
    });
    cy.on('mouseover', 'edge', () => void (element.style.cursor = 'pointer'));
    cy.on('layoutstart', () => void (layoutsRunning.current += 1));
    cy.on('layoutstop', () => void (layoutsRunning.current = Math.max(0, layoutsRunning.current - 1)));
    cy.on('mouseout', 'node, edge', () => {
      cy.batch(() => cy.elements().removeClass('faded highlighted'));
      element.style.cursor = '';
    });
    const resize = new ResizeObserver(() => cy.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window.__chipgraph?.cy === cy) delete window.__chipgraph;
    };
  }, [container]);

  // Keep the elements in step with the model.
  const { model, filters } = inputs;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wasEmpty = cy.nodes().length === 0;
    const degrees = drawnDegrees(model);
    const hidden = (id: string, degree: number): number => Math.max(0, degree - (degrees.get(id) ?? 0));
    const addedIds: string[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((el) => (el.isNode() ? !model.nodes.has(el.id()) : !model.edges.has(el.id())))
        .remove();
      const newNodes: ElementDefinition[] = [];
      for (const node of model.nodes.values()) {
        const existing = cy.getElementById(node.id);
        const hiddenDegree = hidden(node.id, node.degree);
        if (existing.nonempty()) {
          if ((existing.data('hiddenDegree') as number) !== hiddenDegree) existing.data({ hiddenDegree, label: nodeLabel(node.name, hiddenDegree) });
        } else {
          newNodes.push(nodeElement(node, hiddenDegree));
          addedIds.push(node.id);
        }
      }
      const positions = wasEmpty ? new Map() : startPositions(cy, model, addedIds);
      cy.add(newNodes.map((definition) => ({ ...definition, position: positions.get(definition.data.id as string) ?? { x: 0, y: 0 } })));
      const newEdges = [...model.edges.values()].filter((edge) => cy.getElementById(edge.id).empty()).map(edgeElement);
      cy.add(newEdges);
      cy.nodes().forEach((node) => {
        const pinned = model.pinned.has(node.id());
        node.toggleClass('pinned', pinned);
        if (pinned) node.lock();
        else node.unlock();
      });
    });
    applyFilters(cy, filters);
    if (addedIds.length === 0) return;
    if (wasEmpty || layoutRef.current !== 'fcose') {
      runLayout(cy, layoutRef.current);
      return;
    }
    const added = new Set(addedIds);
    runExpansionLayout(cy, added, () => revealNew(cy, added));
  }, [model, filters]);

  // Selection and path highlight follow the state.
  const { selected, highlighted } = inputs;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (selected) cy.getElementById(selected.id).select();
      cy.elements().removeClass('path');
      if (highlighted) {
        for (const id of [...highlighted.nodeIds, ...highlighted.edgeIds]) cy.getElementById(id).addClass('path');
      }
    });
  }, [selected, highlighted, model]);

  // Newly shown paths, or what an article added, come into view once their nodes have settled.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !highlighted || highlighted.nodeIds.length + highlighted.edgeIds.length === 0) return;
    let cancelled = false;
    const fitHighlighted = (): void => {
      if (cancelled) return;
      if (layoutsRunning.current > 0) {
        cy.one('layoutstop', fitHighlighted);
        return;
      }
      const elements = cy.elements('.path');
      if (elements.nonempty()) cy.animate({ fit: { eles: elements.union(elements.connectedNodes()), padding: 60 }, duration: 300 });
    };
    // A frame later: the layout of the nodes drawn with the highlight has started by then.
    const frame = window.requestAnimationFrame(fitHighlighted);
    return () => {
      cancelled = true;
      window.cancelAnimationFrame(frame);
    };
  }, [highlighted]);

  // Re-run the chosen layout on everything when asked.
  const { layout, layoutRun } = inputs;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length === 0) return;
    runLayout(cy, layout);
  }, [layout, layoutRun]);

  return cyRef;
}

/** Lays out everything visible with the chosen layout, in its settings for that many nodes. */
function runLayout(cy: Core, name: LayoutName): void {
  const visible = cy.elements().not('.filtered');
  visible.layout(layoutFor(name, visible.nodes().length)).run();
}

function applyFilters(cy: Core, filters: GraphFilters): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const data = node.data() as NodeData;
      node.toggleClass('filtered', !nodePasses({ type: data.type, date: data.date ?? null }, filters));
    });
    cy.edges().forEach((edge) => {
      const data = edge.data() as EdgeData;
      edge.toggleClass('filtered', !edgePasses(data, filters));
    });
  });
}

/** Pans and zooms out just enough when new nodes fell outside the view. */
function revealNew(cy: Core, added: Set<string>): void {
  const extent = cy.extent();
  const outside = cy.nodes().toArray().some((node) => {
    if (!added.has(node.id())) return false;
    const { x, y } = (node as NodeSingular).position();
    return x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2;
  });
  if (outside) cy.animate({ fit: { eles: cy.elements().not('.filtered'), padding: 40 }, duration: 300 });
}
