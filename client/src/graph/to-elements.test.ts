/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GraphEdge, GraphNode } from '../api/explorer-api.ts';
import { bundleEdges, bundleElement, bundleId, edgeElement, nodeElement, nodeLabel, openBundles, parseBundleId, predicateWords, toElements } from './to-elements.ts';

const node = (id: string, type: GraphNode['type'] = 'Company', extra: Partial<GraphNode> = {}): GraphNode => ({
  id, type, name: id.toUpperCase(), degree: 3, hiddenDegree: 0, date: null, kind: null, ...extra,
});
const edge = (source: string, predicate: GraphEdge['predicate'], target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id: `${source}|${predicate}|${target}`, source, target, predicate, confidence: 0.9, sources: 2, publications: 2, date: null, validFrom: null, validTo: null, ...extra,
});

describe('toElements', () => {
  it('labels an edge with the vocabulary words of its predicate', () => {
    const element = edgeElement(edge('bis', 'RESTRICTS_EXPORT_OF', 'h20'));
    assert.equal(element.data['label'], 'restricts export of');
    assert.equal(predicateWords('MENTIONS'), 'mentions');
  });

  it('carries the distinct publications the line width is drawn from, beside the sources', () => {
    const element = edgeElement(edge('nvidia', 'MAKES', 'h20', { sources: 41, publications: 10 }));
    assert.deepEqual([element.data['sources'], element.data['publications']], [41, 10]);
  });

  it('marks edges below 0.7 confidence as low-confidence (dashed)', () => {
    assert.match(String(edgeElement(edge('a', 'MAKES', 'b', { confidence: 0.5 })).classes), /low-confidence/);
    assert.doesNotMatch(String(edgeElement(edge('a', 'MAKES', 'b', { confidence: 0.7 })).classes), /low-confidence/);
  });

  it('gives a node its type as class, its glyph, and "+N more" when relationships are hidden', () => {
    const element = nodeElement(node('h20', 'Chip', { hiddenDegree: 4 }));
    assert.equal(element.classes, 'Chip');
    assert.equal(element.data['glyph'], 'µ');
    assert.equal(element.data['label'], 'H20\n+4 more');
    assert.equal(nodeElement(node('h20', 'Chip'), 0).data['label'], 'H20');
    assert.equal(nodeLabel('H20', 4, 'fr'), 'H20\n+4 de plus');
  });

  it('leaves out null properties instead of writing them as data', () => {
    const element = nodeElement(node('nvidia'));
    assert.equal('date' in element.data, false);
    assert.equal('kind' in element.data, false);
  });

  it('drops edges whose ends are not among the nodes, and duplicates', () => {
    const elements = toElements({
      nodes: [node('nvidia'), node('h20', 'Chip'), node('nvidia')],
      edges: [edge('nvidia', 'MAKES', 'h20'), edge('nvidia', 'MAKES', 'h20'), edge('nvidia', 'MAKES', 'b30a')],
    });
    assert.deepEqual(elements.map((element) => element.data.id), ['nvidia', 'h20', 'nvidia|MAKES|h20']);
  });

  it('uses the hidden degree the caller computes', () => {
    const [first] = toElements({ nodes: [node('nvidia')], edges: [] }, () => 7);
    assert.equal(first?.data['hiddenDegree'], 7);
  });

  it('needs no DOM', () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  });
});

describe('parallel relationships', () => {
  const makes = edge('nvidia', 'MAKES', 'h20', { sources: 5, publications: 3 });
  const designs = edge('nvidia', 'DESIGNS', 'h20', { sources: 1, confidence: 0.5 });
  const sells = edge('h20', 'SELLS_TO', 'nvidia', { sources: 2 });
  const alone = edge('bis', 'RESTRICTS_EXPORT_OF', 'h20');

  it('bundles two or more relationships between the same two nodes, either way, with their count', () => {
    const [bundle, ...others] = bundleEdges([makes, designs, sells, alone], 'en');
    assert.equal(others.length, 0, 'a lone relationship is drawn as itself');
    assert.equal(bundle?.id, bundleId('nvidia', 'h20'));
    assert.equal(bundle?.label, '3 relationships');
    assert.deepEqual(bundle?.members, [makes.id, sells.id, designs.id], 'best supported first');
    assert.equal(bundle?.sources, 8);
    assert.equal(bundle?.publications, 3, 'drawn as wide as its best published relationship: members may share publications');
    assert.equal(bundle?.confidence, 0.9);
    assert.equal(bundle?.directed, false, 'one of them goes the other way: no arrow');
    assert.equal(bundleEdges([makes, designs, sells], 'fr')[0]?.label, '3 relations');
  });

  it('draws the arrow of a bundle whose relationships all go the same way', () => {
    const [bundle] = bundleEdges([makes, designs], 'en');
    assert.deepEqual([bundle?.source, bundle?.target, bundle?.directed], ['nvidia', 'h20', true]);
    const element = bundleElement(bundle as NonNullable<typeof bundle>);
    assert.equal(element.group, 'edges');
    assert.equal(element.classes, 'bundle');
    assert.equal(element.data['label'], '2 relationships');
  });

  it('names a bundle by its two nodes in either order, apart from any relationship id', () => {
    assert.equal(bundleId('nvidia', 'h20'), bundleId('h20', 'nvidia'));
    assert.deepEqual(parseBundleId(bundleId('nvidia', 'h20')), { a: 'h20', b: 'nvidia' });
    assert.equal(parseBundleId(makes.id), undefined);
  });

  it('opens the bundle that is selected, or holds the selected or a highlighted relationship', () => {
    const bundles = bundleEdges([makes, designs, edge('amd', 'MAKES', 'mi308'), edge('amd', 'DESIGNS', 'mi308')], 'en');
    const [first, second] = bundles.map((bundle) => bundle.id);
    assert.deepEqual(openBundles(bundles, null), new Set());
    assert.deepEqual(openBundles(bundles, second ?? ''), new Set([second]));
    assert.deepEqual(openBundles(bundles, designs.id), new Set([bundleId('nvidia', 'h20')]));
    assert.deepEqual(openBundles(bundles, null, ['amd|MAKES|mi308']), new Set([bundleId('amd', 'mi308')]));
    assert.ok(first && second);
  });
});
