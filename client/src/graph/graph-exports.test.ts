/// <reference types="node" />
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GraphEdge, GraphNode } from '../api/explorer-api.ts';
import { toGEXF, toGraphML, toSVG } from './graph-exports.ts';

const nodes: GraphNode[] = [
  { id: 'nvidia', type: 'Company', name: 'NVIDIA', degree: 3, hiddenDegree: 0, date: null, kind: null },
  { id: 'h20', type: 'Chip', name: 'H20 <"special"> & co', degree: 2, hiddenDegree: 0, date: '2023-11-09', kind: null },
];
const edges: GraphEdge[] = [{ id: 'nvidia|MAKES|h20', source: 'nvidia', target: 'h20', predicate: 'MAKES', confidence: 0.9, sources: 4, publications: 3, date: '2023-11-09', validFrom: null, validTo: null }];
const positions = new Map([['nvidia', { x: 0, y: 0 }], ['h20', { x: 120, y: -40 }]]);

describe('exports of the canvas', () => {
  it('writes GraphML with node types and edge predicates, confidence, sources and time', () => {
    const xml = toGraphML({ nodes, edges, positions });
    assert.match(xml, /<node id="h20"><data key="name">H20 &lt;&quot;special&quot;&gt; &amp; co<\/data><data key="type">Chip<\/data>/);
    assert.match(xml, /<edge id="nvidia\|MAKES\|h20" source="nvidia" target="h20"><data key="predicate">MAKES<\/data><data key="label">makes<\/data><data key="confidence">0.9<\/data><data key="sources">4<\/data><data key="publications">3<\/data><data key="time">2023-11-09<\/data>/);
  });

  it('writes GEXF 1.3 with attributes and positions', () => {
    const xml = toGEXF({ nodes, edges, positions }, '2026-01-01');
    assert.match(xml, /<gexf xmlns="http:\/\/gexf.net\/1.3"/);
    assert.match(xml, /<node id="nvidia" label="NVIDIA"><attvalues><attvalue for="0" value="Company"\/><\/attvalues><viz:position x="0.0" y="0.0" z="0"\/>/);
    assert.match(xml, /weight="3"><attvalues><attvalue for="0" value="MAKES"\/><attvalue for="1" value="0.9"\/><attvalue for="2" value="4"\/><attvalue for="3" value="2023-11-09"\/><attvalue for="4" value="3"\/>/);
  });

  it('draws an SVG with every node and edge where the canvas had them', () => {
    const svg = toSVG({ nodes, edges, positions });
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, /<circle cx="120.0" cy="-40.0"/);
    assert.match(svg, />makes<\/text>/);
    assert.equal((svg.match(/class="node"/g) ?? []).length, 2);
  });
});
