/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GraphEdge, GraphNode } from '../api/explorer-api.ts';
import { edgeElement, nodeElement, predicateWords, toElements } from './to-elements.ts';

const node = (id: string, type: GraphNode['type'] = 'Company', extra: Partial<GraphNode> = {}): GraphNode => ({
  id, type, name: id.toUpperCase(), degree: 3, hiddenDegree: 0, date: null, kind: null, ...extra,
});
const edge = (source: string, predicate: GraphEdge['predicate'], target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id: `${source}|${predicate}|${target}`, source, target, predicate, confidence: 0.9, sources: 2, date: null, validFrom: null, validTo: null, ...extra,
});

describe('toElements', () => {
  it('labels an edge with the vocabulary words of its predicate', () => {
    const element = edgeElement(edge('bis', 'RESTRICTS_EXPORT_OF', 'h20'));
    assert.equal(element.data['label'], 'restricts export of');
    assert.equal(predicateWords('MENTIONS'), 'mentions');
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
