/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { queryFromCanvas } from './query-from-canvas.ts';
import { resultToGraph } from './result-to-graph.ts';

const schema = buildSchema(readFileSync(new URL('../../../schema/generated/schema.graphql', import.meta.url), 'utf8'));

const nodes = [
  { id: 'nvidia', type: 'Company' as const },
  { id: 'h20', type: 'Chip' as const },
  { id: 'cambricon', type: 'Company' as const },
  { id: 'us-h20-licence', type: 'Policy' as const },
  { id: 'article-1', type: 'Article' as const },
];
const edges = [
  { source: 'nvidia', target: 'h20', predicate: 'MAKES' },
  { source: 'cambricon', target: 'nvidia', predicate: 'COMPETES_WITH' },
  { source: 'us-h20-licence', target: 'h20', predicate: 'TARGETS' },
  { source: 'us-h20-licence', target: 'nvidia', predicate: 'TARGETS' },
  { source: 'article-1', target: 'h20', predicate: 'MENTIONS' },
];

describe('queryFromCanvas', () => {
  it('writes a query the served schema accepts', () => {
    const query = queryFromCanvas(nodes, edges);
    assert.deepEqual(validate(schema, parse(query)).map((e) => e.message), []);
  });

  it('lists each type’s nodes by id and each predicate from the subject’s side', () => {
    const query = queryFromCanvas(nodes, edges);
    assert.match(query, /companies\(where: \{ id: \{ in: \["cambricon", "nvidia"\] \} \}\)/);
    assert.match(query, /makes\(where: \{ id: \{ in: \["h20"\] \} \}\) \{ id name \}/);
    assert.match(query, /targets\(where: \{ id: \{ in: \["h20", "nvidia"\] \} \}\)/);
    assert.match(query, /articles\(where: \{ id: \{ in: \["article-1"\] \} \}\) \{\n {4}id\n {4}title\n {4}mentions/);
    assert.doesNotMatch(query, /people|governments/);
  });

  it('gives back the same nodes and edges once its answer is drawn', () => {
    // The answer the server would give, shaped by the query (with the __typename the console adds).
    const answer = {
      companies: [
        { __typename: 'Company', id: 'cambricon', name: 'Cambricon', competesWith: [{ __typename: 'Company', id: 'nvidia', name: 'NVIDIA' }] },
        { __typename: 'Company', id: 'nvidia', name: 'NVIDIA', makes: [{ __typename: 'Chip', id: 'h20', name: 'H20' }] },
      ],
      chips: [{ __typename: 'Chip', id: 'h20', name: 'H20' }],
      policies: [{ __typename: 'Policy', id: 'us-h20-licence', name: 'Licence', targets: [{ __typename: 'Chip', id: 'h20', name: 'H20' }, { __typename: 'Company', id: 'nvidia', name: 'NVIDIA' }] }],
      articles: [{ __typename: 'Article', id: 'article-1', title: 'A', mentions: [{ __typename: 'Chip', id: 'h20', name: 'H20' }] }],
    };
    const graph = resultToGraph(answer);
    assert.deepEqual(graph.nodes.map((n) => n.id).sort(), nodes.map((n) => n.id).sort());
    assert.deepEqual(graph.edges.map((e) => `${e.source}|${e.predicate}|${e.target}`).sort(), edges.map((e) => `${e.source}|${e.predicate}|${e.target}`).sort());
  });

  it('says so when the canvas is empty', () => {
    assert.match(queryFromCanvas([], []), /empty/);
  });
});
