/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resultToGraph } from './result-to-graph.ts';

const ids = (items: ReadonlyArray<{ id: string }>): string[] => items.map((item) => item.id).sort();

describe('resultToGraph', () => {
  it('draws entities with their nested relationships, the out field making the parent the subject', () => {
    const graph = resultToGraph({
      companies: [{ __typename: 'Company', id: 'nvidia', name: 'NVIDIA', makes: [{ __typename: 'Chip', id: 'h20', name: 'H20', announced: '2023-11-09' }] }],
    });
    assert.deepEqual(ids(graph.nodes), ['h20', 'nvidia']);
    assert.deepEqual(ids(graph.edges), ['nvidia|MAKES|h20']);
    assert.equal(graph.nodes.find((n) => n.id === 'h20')?.date, '2023-11-09');
  });

  it('reads an in field backwards: the child is the subject', () => {
    const graph = resultToGraph({
      chips: [{ __typename: 'Chip', id: 'h20', name: 'H20', targetedBy: [{ __typename: 'Policy', id: 'h20-licence', name: 'Licence requirement', kind: 'LICENCE_REQUIREMENT' }] }],
    });
    assert.deepEqual(ids(graph.edges), ['h20-licence|TARGETS|h20']);
    assert.equal(graph.nodes.find((n) => n.id === 'h20-licence')?.kind, 'LICENCE_REQUIREMENT');
  });

  it('stores a symmetric relationship once, whichever side the result starts from', () => {
    const graph = resultToGraph({
      a: [{ __typename: 'Company', id: 'huawei', competesWith: [{ __typename: 'Company', id: 'cambricon' }] }],
      b: [{ __typename: 'Company', id: 'cambricon', competesWith: [{ __typename: 'Company', id: 'huawei' }] }],
    });
    assert.deepEqual(ids(graph.edges), ['cambricon|COMPETES_WITH|huawei']);
  });

  it('follows connection wrappers and puts the relationship properties on the edge', () => {
    const graph = resultToGraph({
      governments: [{
        __typename: 'Government', id: 'cac', name: 'CAC',
        investigatesConnection: { edges: [{ properties: { confidence: 0.8, date: '2025-07-31', sources: 2 }, node: { __typename: 'Chip', id: 'h20', name: 'H20' } }] },
      }],
    });
    const [edge] = graph.edges;
    assert.equal(edge?.id, 'cac|INVESTIGATES|h20');
    assert.equal(edge?.confidence, 0.8);
    assert.equal(edge?.date, '2025-07-31');
    assert.equal(edge?.sources, 2);
  });

  it('links an article to what it mentions, and reads its statements as edges', () => {
    const graph = resultToGraph({
      articles: [{
        __typename: 'Article', id: 'a1', title: 'NVIDIA and China',
        mentions: [{ __typename: 'Company', id: 'nvidia', name: 'NVIDIA' }, { __typename: 'Chip', id: 'h20', name: 'H20' }],
        statements: [{ __typename: 'Statement', id: 's1', subjectId: 'nvidia', predicate: 'MAKES', objectId: 'h20', confidence: 0.9 }],
      }],
    });
    assert.equal(graph.nodes.find((n) => n.id === 'a1')?.name, 'NVIDIA and China');
    assert.deepEqual(ids(graph.edges), ['a1|MENTIONS|h20', 'a1|MENTIONS|nvidia', 'nvidia|MAKES|h20']);
    assert.equal(graph.edges.find((e) => e.predicate === 'MAKES')?.confidence, 0.9);
  });

  it('understands the explorer shapes: GraphNode with its type field, GraphEdge', () => {
    const graph = resultToGraph({
      neighborhood: {
        nodes: [{ __typename: 'GraphNode', id: 'nvidia', type: 'Company', name: 'NVIDIA', degree: 12 }, { __typename: 'GraphNode', id: 'h20', type: 'Chip', name: 'H20' }],
        edges: [{ __typename: 'GraphEdge', id: 'nvidia|MAKES|h20', source: 'nvidia', target: 'h20', predicate: 'MAKES', confidence: 1, sources: 3 }],
      },
    });
    assert.deepEqual(ids(graph.nodes), ['h20', 'nvidia']);
    assert.equal(graph.nodes.find((n) => n.id === 'nvidia')?.degree, 12);
    assert.equal(graph.edges[0]?.sources, 3);
  });

  it('draws no edge that breaks the predicate’s domain and range, nor across a non-relationship field', () => {
    const graph = resultToGraph({
      companies: [{ __typename: 'Company', id: 'nvidia', makes: [{ __typename: 'Company', id: 'tsmc' }], description: { __typename: 'Chip', id: 'h20' } }],
    });
    assert.deepEqual(ids(graph.nodes), ['h20', 'nvidia', 'tsmc']);
    assert.deepEqual(graph.edges, []);
  });

  it('counts objects that lack __typename and edges whose other end is missing', () => {
    const graph = resultToGraph({
      chips: [{ id: 'h20', name: 'H20' }],
      statements: [{ __typename: 'Statement', subjectId: 'nvidia', predicate: 'MAKES', objectId: 'h20' }],
    });
    assert.equal(graph.nodes.length, 0);
    assert.equal(graph.untyped, 1);
    assert.equal(graph.dangling, 1);
  });

  it('keeps the richer reading of a node seen twice', () => {
    const graph = resultToGraph([{ __typename: 'Chip', id: 'h20' }, { __typename: 'Chip', id: 'h20', name: 'H20' }]);
    assert.equal(graph.nodes[0]?.name, 'H20');
  });
});
