/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PathsResult } from '../api/explorer-api.ts';
import { rankPaths } from './rank-paths.ts';

const node = (id: string, degree: number) => ({ id, type: 'Company' as const, name: id, degree, hiddenDegree: 0, date: null, kind: null });
const edge = (source: string, target: string, publications: number, confidence = 1) => ({
  id: `${source}|SUPPLIES|${target}`, source, target, predicate: 'SUPPLIES' as const, confidence, sources: publications, publications, date: null, validFrom: null, validTo: null,
});
const path = (...ids: string[]) => ({ nodeIds: ids, edgeIds: ids.slice(1).map((id, i) => `${ids[i]}|SUPPLIES|${id}`), length: ids.length - 1 });

describe('paths in the order to list them', () => {
  const graph = {
    nodes: [node('a', 3), node('b', 4), node('hub', 4000), node('small', 5), node('twin', 5), node('weak', 5)],
    edges: [edge('a', 'hub', 2), edge('hub', 'b', 2), edge('a', 'small', 2), edge('small', 'b', 2), edge('a', 'weak', 1, 0.5), edge('weak', 'b', 1, 0.5), edge('a', 'b', 1), edge('a', 'twin', 2), edge('twin', 'b', 2)],
    truncated: false,
  };
  const result = (paths: PathsResult['paths']): PathsResult => ({ paths, graph, cut: false }) as PathsResult;

  it('puts a route through a hub after one as well supported through a small node', () => {
    const ranked = rankPaths(result([path('a', 'hub', 'b'), path('a', 'small', 'b')]));
    assert.deepEqual(ranked.paths.map((p) => p.nodeIds[1]), ['small', 'hub']);
  });

  it('puts the better supported route first, and the shortest before any longer', () => {
    const ranked = rankPaths(result([path('a', 'weak', 'b'), path('a', 'small', 'b'), path('a', 'b')]));
    assert.deepEqual(ranked.paths.map((p) => p.nodeIds.join('>')), ['a>b', 'a>small>b', 'a>weak>b']);
  });

  it('keeps the server’s order between routes that score the same', () => {
    const ranked = rankPaths(result([path('a', 'twin', 'b'), path('a', 'small', 'b')]));
    assert.deepEqual(ranked.paths.map((p) => p.nodeIds[1]), ['twin', 'small']);
  });
});
