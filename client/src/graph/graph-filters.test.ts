/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GraphEdge, GraphNode } from '../api/explorer-api.ts';
import { edgeTime, edgeTimeText, NO_FILTERS, visibleElements } from './graph-filters.ts';

const node = (id: string, type: GraphNode['type'] = 'Company', date: string | null = null): GraphNode => ({ id, type, name: id, degree: 1, hiddenDegree: 0, date, kind: null });
const edge = (source: string, predicate: GraphEdge['predicate'], target: string, time: Partial<Pick<GraphEdge, 'date' | 'validFrom' | 'validTo'>>): GraphEdge => ({
  id: `${source}|${predicate}|${target}`, source, target, predicate, confidence: 1, sources: 1, publications: 1, date: null, validFrom: null, validTo: null, ...time,
});

describe('the time window', () => {
  // H20 was announced in 2023; its export controls are facts of 2025.
  const nodes = [node('nvidia'), node('h20', 'Chip', '2023-11-09'), node('usa', 'Government'), node('a100', 'Chip', '2020-05-14')];
  const edges = [
    edge('usa', 'RESTRICTS_EXPORT_OF', 'h20', { validFrom: '2025-04-09' }),
    edge('nvidia', 'MAKES', 'h20', { date: '2023-11-09' }),
    edge('usa', 'RESTRICTS_EXPORT_OF', 'a100', { validFrom: '2022-09-01', validTo: '2023-10-17' }),
  ];
  const window = { ...NO_FILTERS, from: '2025-04-01', to: '2025-08-31' };

  it('keeps a chip announced long before while one of its facts is in the window', () => {
    const shown = visibleElements(nodes, edges, window);
    assert.ok(shown.nodes.has('h20'));
    assert.deepEqual([...shown.edges], ['usa|RESTRICTS_EXPORT_OF|h20']);
  });

  it('hides an entity whose drawn facts all lie outside the window', () => {
    const shown = visibleElements(nodes, edges, window);
    assert.equal(shown.nodes.has('a100'), false, 'its restriction ended in 2023');
    assert.equal(shown.nodes.has('nvidia'), false, 'its only drawn fact was reported in 2023');
  });

  it('counts a validity without an end as still in force', () => {
    const asOf = { ...NO_FILTERS, from: '2026-01-01', to: '2026-01-01' };
    assert.ok(visibleElements(nodes, edges, asOf).edges.has('usa|RESTRICTS_EXPORT_OF|h20'));
  });

  it('keeps undated facts and entities with no drawn fact', () => {
    const shown = visibleElements([...nodes, node('alone')], [...edges, edge('nvidia', 'COMPETES_WITH', 'usa', {})], window);
    assert.ok(shown.nodes.has('alone'));
    assert.ok(shown.edges.has('nvidia|COMPETES_WITH|usa'));
  });

  it('defines an edge time once: validity first, else the day first reported', () => {
    assert.deepEqual(edgeTime({ date: '2025-07-31T00:00:00Z', validFrom: '2025-04-09' }), { start: '2025-04-09', end: null });
    assert.equal(edgeTimeText({ date: '2025-07-31' }), '2025-07-31');
    assert.equal(edgeTimeText({ validFrom: '2025-04-09' }), 'from 2025-04-09');
    assert.equal(edgeTimeText({ validFrom: '2022-09-01', validTo: '2023-10-17' }), '2022-09-01 → 2023-10-17');
    assert.equal(edgeTimeText({}), null);
    assert.equal(edgeTimeText({ validFrom: '2025-04-09' }, 'fr'), 'à partir du 2025-04-09');
    assert.equal(edgeTimeText({ validTo: '2025-04-09' }, 'fr'), 'jusqu’au 2025-04-09');
    const writeDay = (iso: string) => `[${iso}]`;
    assert.equal(edgeTimeText({ validFrom: '2022-09-01', validTo: '2023-10-17' }, 'en', writeDay), '[2022-09-01] → [2023-10-17]');
    assert.equal(edgeTimeText({ date: '2025-07-31T00:00:00Z' }, 'fr', writeDay), '[2025-07-31]');
  });
});
