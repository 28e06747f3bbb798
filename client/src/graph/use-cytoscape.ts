/**
 * One cytoscape instance for the life of the canvas, kept in step with the canvas model by
 * imperative updates: elements are added and removed, never re-created. New nodes start around the
 * node that brought them and fcose lays out only them, the others fixed where they are.
 */
import cytoscape, { type Collection, type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, type RefObject } from 'react';
import { hiddenDegrees, SEED, type CanvasModel } from './canvas-model.ts';
import { visibleElements, type GraphFilters } from './graph-filters.ts';
import { FIT_PADDING, fitViewport, overlayPadding, type Padding, type Rect } from './fit-view.ts';
import { labelledNodes, labelScale, type LabelBox } from './label-priority.ts';
import { layoutFor, runExpansionLayout, type LayoutName } from './layouts.ts';
import { separateNodes, type NodeBox } from './separate-nodes.ts';
import { EDGE_LABEL_ZOOM, LABEL_MARGIN, STYLESHEET } from './stylesheet.ts';
import { useLanguage, type Language } from '../i18n/language.ts';
import { bundleEdges, bundleElement, edgeElement, nodeElement, nodeLabel, openBundles, predicateWords, type EdgeData, type NodeData } from './to-elements.ts';

cytoscape.use(fcose);

/** What can be selected: a node, a relationship, or a bundle of the relationships between two nodes. */
export type CanvasTarget = { kind: 'node' | 'edge' | 'bundle'; id: string };

export interface CanvasInputs {
  model: CanvasModel;
  filters: GraphFilters;
  layout: LayoutName;
  selected: CanvasTarget | null;
  /** Nodes and edges of the paths being shown, highlighted. */
  highlighted: { nodeIds: readonly string[]; edgeIds: readonly string[] } | null;
  /** Bumped to run the chosen layout on everything again. */
  layoutRun: number;
  /** Positions to draw nodes at (a shared link, Back/Forward): applied once per new object. */
  placement: { readonly positions: ReadonlyMap<string, { x: number; y: number }> } | null;
}

export interface CanvasHandlers {
  onSelect(target: CanvasTarget | null): void;
  onExpand(id: string): void;
  /** The nodes have stopped moving (a layout ended, a node was dropped). */
  onSettled(): void;
}

declare global {
  interface Window {
    /** The canvas's cytoscape instance, and how many layouts it has started, for browser tests and benchmarks. */
    __chipgraph?: { cy: Core; layoutsStarted: number };
  }
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
  /** The nodes the running layout may move (null: all); the others stay put when overlaps are removed. */
  const layoutScope = useRef<ReadonlySet<string> | null>(null);
  /** Nodes labelled whatever the zoom: the selection (a node, or the ends of an edge), the paths shown. */
  const labelFocus = useRef<ReadonlySet<string>>(new Set());

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
    const handle = { cy, layoutsStarted: 0 };
    window.__chipgraph = handle;
    cy.on('tap', 'node', (event) => handlersRef.current.onSelect({ kind: 'node', id: event.target.id() }));
    cy.on('tap', 'edge', (event) => handlersRef.current.onSelect({ kind: event.target.hasClass('bundle') ? 'bundle' : 'edge', id: event.target.id() }));
    cy.on('tap', (event) => {
      if (event.target === cy) handlersRef.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (event) => handlersRef.current.onExpand(event.target.id()));
    cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      cy.batch(() => {
        cy.elements().addClass('faded');
        node.closedNeighborhood().removeClass('faded').addClass('highlighted');
        node.closedNeighborhood().nodes().removeClass('label-hidden');
      });
      element.style.cursor = 'pointer';
    });
    cy.on('mouseover', 'edge', () => void (element.style.cursor = 'pointer'));
    cy.on('layoutstart', () => {
      layoutsRunning.current += 1;
      handle.layoutsStarted += 1;
    });
    cy.on('layoutstop', () => {
      layoutsRunning.current = Math.max(0, layoutsRunning.current - 1);
      if (layoutsRunning.current > 0) return;
      removeOverlaps(cy, layoutScope.current);
      // A layout of everything ends with the graph fitted clear of the legend and the notices; an
      // expansion, once its overlaps are pushed apart, only when its nodes fell out of the clear part.
      if (layoutScope.current === null) fitCanvas(cy, cy.elements().not('.filtered'), { animate: true });
      else revealNew(cy, layoutScope.current);
      updateLabels(cy, labelFocus.current);
      handlersRef.current.onSettled();
    });
    // Edge labels when they are legible; otherwise on hover and selection only.
    // Node labels by priority: at most once a frame while zooming.
    let labelFrame = 0;
    cy.on('zoom', () => {
      const legible = cy.zoom() >= EDGE_LABEL_ZOOM;
      if (cy.edges().nonempty() && legible !== cy.edges().first().hasClass('legible')) cy.batch(() => void cy.edges().toggleClass('legible', legible));
      if (labelFrame === 0) labelFrame = window.requestAnimationFrame(() => {
        labelFrame = 0;
        updateLabels(cy, labelFocus.current);
      });
    });
    cy.on('add', 'edge', (event) => void event.target.toggleClass('legible', cy.zoom() >= EDGE_LABEL_ZOOM));
    cy.on('mouseover', 'edge', (event) => void event.target.addClass('hover'));
    cy.on('mouseout', 'edge', (event) => void event.target.removeClass('hover'));
    cy.on('dragfree', 'node', () => handlersRef.current.onSettled());
    cy.on('mouseout', 'node, edge', () => {
      cy.batch(() => cy.elements().removeClass('faded highlighted'));
      updateLabels(cy, labelFocus.current);
      element.style.cursor = '';
    });
    const resize = new ResizeObserver(() => keepInViewOnResize(cy));
    resize.observe(element);
    return () => {
      window.cancelAnimationFrame(labelFrame);
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window.__chipgraph?.cy === cy) delete window.__chipgraph;
    };
  }, [container]);

  // Keep the elements in step with the model.
  const { model, filters, placement } = inputs;
  const placed = useRef<CanvasInputs['placement']>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wasEmpty = cy.nodes().length === 0;
    const hiddenByNode = hiddenDegrees(model);
    const hidden = (id: string): number => hiddenByNode.get(id) ?? 0;
    const place = placement !== placed.current ? placement : null;
    placed.current = placement;
    const addedIds: string[] = [];
    cy.batch(() => {
      cy.elements()
        .not('.bundle')
        .filter((el) => (el.isNode() ? !model.nodes.has(el.id()) : !model.edges.has(el.id())))
        .remove();
      const newNodes: ElementDefinition[] = [];
      for (const node of model.nodes.values()) {
        const existing = cy.getElementById(node.id);
        const hiddenDegree = hidden(node.id);
        if (existing.nonempty()) {
          if ((existing.data('hiddenDegree') as number) !== hiddenDegree) existing.data({ hiddenDegree, label: nodeLabel(node.name, hiddenDegree) });
        } else {
          newNodes.push(nodeElement(node, hiddenDegree));
          addedIds.push(node.id);
        }
      }
      const positions = wasEmpty ? new Map() : startPositions(cy, model, addedIds);
      for (const [id, at] of place?.positions ?? []) positions.set(id, at);
      cy.add(newNodes.map((definition) => ({ ...definition, position: positions.get(definition.data.id as string) ?? { x: 0, y: 0 } })));
      // Nodes already drawn go where the link or the history entry had them.
      if (place) cy.nodes().forEach((node) => void (place.positions.has(node.id()) && node.position(place.positions.get(node.id()) as { x: number; y: number })));
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
    if (place && addedIds.every((id) => place.positions.has(id))) {
      // Drawn where they were: no layout, only the view fitted around them.
      if (wasEmpty || addedIds.length > 0) fitCanvas(cy, cy.elements().not('.filtered'), { animate: false });
      updateLabels(cy, labelFocus.current);
      handlersRef.current.onSettled();
      return;
    }
    updateLabels(cy, labelFocus.current);
    if (addedIds.length === 0) return;
    if (wasEmpty || layoutRef.current !== 'fcose') {
      layoutScope.current = null;
      runLayout(cy, layoutRef.current);
      return;
    }
    const added = new Set(addedIds);
    layoutScope.current = added;
    runExpansionLayout(cy, added, () => updateLabels(cy, labelFocus.current));
  }, [model, filters, placement]);

  // Bundles of parallel relationships, selection and path highlight follow the state.
  const { selected, highlighted } = inputs;
  const language = useLanguage();
  /** The selection last brought into view: a later change of the model or filters leaves the view alone. */
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    syncBundles(cy, selected?.id ?? null, highlighted?.edgeIds ?? [], language);
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (selected) cy.getElementById(selected.id).select();
      cy.elements().removeClass('path');
      if (highlighted) {
        for (const id of [...highlighted.nodeIds, ...highlighted.edgeIds]) cy.getElementById(id).addClass('path');
      }
      // Edge words around the selected node, whatever the zoom.
      cy.edges('.focus').removeClass('focus');
      if (selected?.kind === 'node') cy.getElementById(selected.id).connectedEdges().addClass('focus');
    });
    const focus = new Set<string>(highlighted?.nodeIds ?? []);
    if (selected) {
      // The selected node, or the two ends of the selected relationship or bundle.
      const element = cy.getElementById(selected.id);
      const touched: string[] = element.isNode() ? [element.id()] : (element as unknown as cytoscape.EdgeSingular).connectedNodes().map((node) => node.id());
      for (const id of touched) focus.add(id);
    }
    labelFocus.current = focus;
    updateLabels(cy, focus);
    // What is newly selected is on screen: picked in the details or the reader, it may lie outside.
    if (selected && selected.id !== revealed.current && layoutsRunning.current === 0) revealElement(cy, selected.id);
    revealed.current = selected?.id ?? null;
  }, [selected, highlighted, model, filters, language]);

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
      if (elements.nonempty()) fitCanvas(cy, elements.union(elements.connectedNodes()), { animate: true, padding: 60 });
    };
    // A frame later: the layout of the nodes drawn with the highlight has started by then.
    const frame = window.requestAnimationFrame(fitHighlighted);
    return () => {
      cancelled = true;
      window.cancelAnimationFrame(frame);
    };
  }, [highlighted]);

  // Edge words and "+N more" follow the interface language.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.edges().not('.bundle').forEach((edge) => void edge.data('label', predicateWords(edge.data('predicate') as string, language)));
      cy.nodes().forEach((node) => void node.data('label', nodeLabel(node.data('name') as string, node.data('hiddenDegree') as number, language)));
    });
  }, [language]);

  // Run the chosen layout on everything when the user asks, and only then: a view restored from a
  // link or a history entry changes the layout's name without a run, its positions are kept.
  const { layoutRun } = inputs;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length === 0) return;
    layoutScope.current = null;
    runLayout(cy, layoutRef.current);
  }, [layoutRun]);

  return cyRef;
}

/** Lays out everything visible with the chosen layout, in its settings for that many nodes. */
function runLayout(cy: Core, name: LayoutName): void {
  const visible = cy.elements().not('.filtered');
  visible.layout(layoutFor(name, visible.nodes().length)).run();
}

function applyFilters(cy: Core, filters: GraphFilters): void {
  const relations = cy.edges().not('.bundle');
  const shown = visibleElements(
    cy.nodes().map((node) => node.data() as NodeData),
    relations.map((edge) => edge.data() as EdgeData),
    filters,
  );
  cy.batch(() => {
    cy.nodes().forEach((node) => void node.toggleClass('filtered', !shown.nodes.has(node.id())));
    relations.forEach((edge) => void edge.toggleClass('filtered', !shown.edges.has(edge.id())));
  });
}

/**
 * Draws the relationships between two nodes as one edge with their count when there are several
 * (among those the filters leave), and opens the bundles that are selected or hold the selection or
 * a highlighted relationship: their relationships are drawn one by one, labelled, the bundle hidden.
 */
function syncBundles(cy: Core, selected: string | null, highlighted: readonly string[], language: Language): void {
  const relations = cy.edges().not('.bundle');
  const bundles = bundleEdges(relations.not('.filtered').map((edge) => edge.data() as EdgeData), language);
  const open = openBundles(bundles, selected, highlighted);
  const wanted = new Set(bundles.map((bundle) => bundle.id));
  const memberOf = new Map<string, string>();
  cy.batch(() => {
    cy.edges('.bundle').filter((edge) => !wanted.has(edge.id())).remove();
    for (const bundle of bundles) {
      let element = cy.getElementById(bundle.id);
      // A bundle's ends cannot change in place: one whose direction changed is drawn again.
      if (element.nonempty() && (element.data('source') !== bundle.source || element.data('target') !== bundle.target)) element.remove();
      if (cy.getElementById(bundle.id).empty()) element = cy.add(bundleElement(bundle));
      else {
        const { id: _id, source: _source, target: _target, ...data } = bundle;
        element.data(data);
        element.toggleClass('undirected', !bundle.directed);
      }
      element.toggleClass('open', open.has(bundle.id));
      for (const member of bundle.members) memberOf.set(member, bundle.id);
    }
    relations.forEach((edge) => {
      const bundle = memberOf.get(edge.id());
      edge.toggleClass('bundled', bundle !== undefined && !open.has(bundle));
      edge.toggleClass('unbundled', bundle !== undefined && open.has(bundle));
    });
  });
}

/** Most nodes whose overlaps are removed after a layout (above, labels are hidden anyway). */
const SEPARATION_MAX_NODES = 400;

/** Moves apart the visible nodes that overlap, labels included; only those in `scope` when given. */
function removeOverlaps(cy: Core, scope: ReadonlySet<string> | null): void {
  const nodes = cy.nodes().not('.filtered');
  if (nodes.length < 2 || nodes.length > SEPARATION_MAX_NODES) return;
  const boxes: NodeBox[] = nodes.map((element) => {
    const node = element as NodeSingular;
    const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    const { x, y } = node.position();
    return {
      id: node.id(),
      x,
      y,
      halfWidth: Math.max(x - box.x1, box.x2 - x),
      halfHeight: Math.max(y - box.y1, box.y2 - y),
      fixed: node.locked() || (scope !== null && !scope.has(node.id())),
    };
  });
  const moved = separateNodes(boxes);
  if (moved.size === 0) return;
  cy.batch(() => {
    for (const box of boxes) if (moved.has(box.id)) cy.getElementById(box.id).position({ x: box.x, y: box.y });
  });
}

/** Fits the view again when new nodes fell outside it, or under the legend or a notice. */
function revealNew(cy: Core, added: ReadonlySet<string>): void {
  const padding = canvasPadding(cy, 0);
  const [width, height] = [cy.width(), cy.height()];
  const outside = cy.nodes().not('.filtered').toArray().some((node) => {
    if (!added.has(node.id())) return false;
    const box = (node as NodeSingular).renderedBoundingBox({ includeLabels: false });
    return box.x1 < padding.left || box.x2 > width - padding.right || box.y1 < padding.top || box.y2 > height - padding.bottom;
  });
  if (outside) fitCanvas(cy, cy.elements().not('.filtered'), { animate: true });
}

/** Whether every visible node lies inside a canvas of that size, clear of `padding`. */
function wholeInView(cy: Core, width: number, height: number, padding: Padding): boolean {
  return cy.nodes().not('.filtered').toArray().every((node) => {
    const box = (node as NodeSingular).renderedBoundingBox({ includeLabels: false });
    return box.x1 >= padding.left && box.x2 <= width - padding.right && box.y1 >= padding.top && box.y2 <= height - padding.bottom;
  });
}

/**
 * The canvas changed size (the article reader opened or closed beside it, the window was resized):
 * a graph that was whole in view is fitted again, clear of the overlays; otherwise the point at the
 * centre of the canvas stays at its centre, instead of the right and bottom being cut off.
 */
function keepInViewOnResize(cy: Core): void {
  const [width, height] = [cy.width(), cy.height()]; // the size before this change (cached until resize)
  const container = cy.container();
  if (!container || cy.nodes().not('.filtered').empty() || width === 0 || height === 0) {
    cy.resize();
    return;
  }
  const whole = wholeInView(cy, width, height, { top: 0, right: 0, bottom: 0, left: 0 });
  cy.resize();
  const [newWidth, newHeight] = [cy.width(), cy.height()];
  if (newWidth === width && newHeight === height) return;
  if (whole) {
    if (!wholeInView(cy, newWidth, newHeight, canvasPadding(cy, 0))) fitCanvas(cy, cy.elements().not('.filtered'), { animate: false });
    return;
  }
  const pan = cy.pan();
  cy.pan({ x: pan.x + (newWidth - width) / 2, y: pan.y + (newHeight - height) / 2 });
}

/** Brings an element into the clear part of the canvas when it lies outside it (centring it). */
function revealElement(cy: Core, id: string): void {
  const element = cy.getElementById(id);
  if (element.empty() || !element.visible()) return;
  const padding = canvasPadding(cy, 8);
  const box = element.renderedBoundingBox({ includeLabels: false });
  const inside = box.x1 >= padding.left && box.x2 <= cy.width() - padding.right && box.y1 >= padding.top && box.y2 <= cy.height() - padding.bottom;
  if (inside) return;
  const centre = { x: padding.left + (cy.width() - padding.left - padding.right) / 2, y: padding.top + (cy.height() - padding.top - padding.bottom) / 2 };
  const model = element.boundingBox({ includeLabels: false });
  const at = { x: (model.x1 + model.x2) / 2, y: (model.y1 + model.y2) / 2 };
  const zoom = cy.zoom();
  cy.animate({ pan: { x: centre.x - at.x * zoom, y: centre.y - at.y * zoom }, duration: 250 });
}

/** Highest zoom a fit goes to: one or two nodes are not blown up to fill the canvas. */
const FIT_MAX_ZOOM = 2;

/**
 * Zooms and pans to show `eles` whole, clear of what lies over the canvas (the legend, notices,
 * error cards: elements marked `data-canvas-overlay`), each cleared from its cheapest side.
 */
export function fitCanvas(cy: Core, eles: Collection, options: { animate: boolean; padding?: number }): void {
  if (!cy.container() || eles.empty()) return;
  const padding = canvasPadding(cy, options.padding ?? FIT_PADDING);
  const viewport = fitViewport(eles.boundingBox({}), { width: cy.width(), height: cy.height() }, padding, { min: cy.minZoom(), max: Math.min(cy.maxZoom(), FIT_MAX_ZOOM) });
  if (options.animate) cy.animate({ ...viewport, duration: 250 });
  else cy.viewport(viewport);
}

/** Padding per side of the canvas that keeps clear of what lies over it (`data-canvas-overlay`). */
function canvasPadding(cy: Core, base: number): Padding {
  const container = cy.container();
  if (!container) return { top: base, right: base, bottom: base, left: base };
  const area = container.closest('.canvas-area') ?? container.parentElement;
  const overlays: Rect[] = [...(area?.querySelectorAll('[data-canvas-overlay]') ?? [])].map((element) => element.getBoundingClientRect()).filter((rect) => rect.width > 0 && rect.height > 0);
  return overlayPadding(container.getBoundingClientRect(), overlays, base);
}

/** A node's label where it lies, brought back to scale 1 (the label drawn now may be scaled). */
function labelBox(node: NodeSingular): LabelBox | undefined {
  const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
  if (!(box.w > 0 && box.h > 0)) return undefined;
  const scale = Number(node.data('labelScale')) || 1;
  return { x: (box.x1 + box.x2) / 2, top: box.y1 - LABEL_MARGIN * scale, margin: LABEL_MARGIN, width: box.w / scale, height: box.h / scale };
}

/**
 * Draws the labels that matter at this zoom (label-priority.ts): the others are hidden until the
 * view zooms in, or their node is hovered or selected; the ones kept grow when zoomed out so that
 * they stay legible, and none is drawn over another.
 */
function updateLabels(cy: Core, focus: ReadonlySet<string>): void {
  const zoom = cy.zoom();
  const nodes = cy.nodes().not('.filtered');
  const labelled = labelledNodes(nodes.map((node) => ({ id: node.id(), degree: Number(node.data('degree')) || 0, box: labelBox(node as NodeSingular) })), zoom, focus);
  const scale = Math.round(labelScale(zoom) * 20) / 20;
  cy.batch(() => {
    nodes.forEach((node) => {
      const shown = labelled.has(node.id());
      node.toggleClass('label-hidden', !shown);
      const wanted = shown ? scale : 1;
      if (node.data('labelScale') !== wanted) node.data('labelScale', wanted);
    });
  });
}
