import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useExplorerFixture } from '../../../test/support/explorer-fixture.ts';

const PREFIX = 'test-read-subgraph-';
const SUBGRAPH = `query ($ids: [ID!]!) {
  subgraph(ids: $ids) {
    nodes { id type degree hiddenDegree }
    edges { id source target predicate }
  }
}`;

interface Subgraph {
  nodes: Array<{ id: string; type: string; degree: number; hiddenDegree: number }>;
  edges: Array<{ id: string; source: string; target: string; predicate: string }>;
}

describe('subgraph', () => {
  const explorer = useExplorerFixture(PREFIX);
  const { f } = explorer;

  const subgraph = async (ids: string[]) => {
    const result = await explorer.app.graphql<{ subgraph: Subgraph }>(SUBGRAPH, { ids });
    return result;
  };

  it('returns exactly the nodes named and every relationship between them', async () => {
    const result = await subgraph([f.government, f.chip]);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const graph = result.data!.subgraph;
    assert.deepEqual(graph.nodes.map((n) => n.id).sort(), [f.chip, f.government].sort());
    assert.deepEqual(graph.edges.map((e) => e.id).sort(), [f.allows, f.restricts].sort());
    const chip = graph.nodes.find((n) => n.id === f.chip)!;
    assert.equal(chip.hiddenDegree, chip.degree - 2, 'the maker and the mention are left out');
  });

  it('leaves out ids that do not exist instead of failing', async () => {
    const result = await subgraph([f.maker, `${PREFIX}gone`]);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.deepEqual(result.data!.subgraph.nodes.map((n) => n.id), [f.maker]);
  });

  it('refuses more ids than a view can hold', async () => {
    const result = await subgraph(Array.from({ length: 501 }, (_, i) => `${PREFIX}${i}`));
    assert.equal(result.errors?.[0]?.extensions?.['code'], 'LIMIT_EXCEEDED');
  });
});
