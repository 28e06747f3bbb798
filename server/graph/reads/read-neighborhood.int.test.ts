import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useExplorerFixture } from '../../../test/support/explorer-fixture.ts';

const PREFIX = 'test-read-neighborhood-';
const NEIGHBORHOOD = `query ($ids: [ID!]!, $depth: Int, $nodeTypes: [NodeType!], $predicates: [Predicate!], $from: String, $to: String, $minConfidence: Float, $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, nodeTypes: $nodeTypes, predicates: $predicates, from: $from, to: $to, minConfidence: $minConfidence, limit: $limit) {
    nodes { id type name degree hiddenDegree }
    edges { id source target predicate confidence sources date validFrom validTo }
    truncated
  }
}`;

interface Subgraph {
  nodes: Array<{ id: string; type: string; degree: number; hiddenDegree: number }>;
  edges: Array<{ id: string; source: string; target: string; predicate: string; date: string | null; validFrom: string | null }>;
  truncated: boolean;
}

describe('neighborhood', () => {
  const explorer = useExplorerFixture(PREFIX);
  const { f } = explorer;

  const neighborhood = async (variables: Record<string, unknown>) => {
    const result = await explorer.app.graphql<{ neighborhood: Subgraph }>(NEIGHBORHOOD, variables);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.neighborhood;
  };

  it('draws an entity with its neighbours and the edges between them', async () => {
    const graph = await neighborhood({ ids: ['nvidia'] });
    const ids = new Set(graph.nodes.map((n) => n.id));
    assert.ok(ids.has('nvidia') && ids.has('h20'));
    assert.ok(graph.edges.some((e) => e.id === 'nvidia|MAKES|h20' && e.source === 'nvidia' && e.target === 'h20'));
    assert.ok(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target)), 'every edge joins two returned nodes');
  });

  it('cuts the neighbourhood at the limit and says it was truncated', async () => {
    const graph = await neighborhood({ ids: ['nvidia'], depth: 2, limit: 5 });
    assert.equal(graph.nodes.length, 5);
    assert.equal(graph.truncated, true);
    assert.equal(graph.nodes[0]?.id, 'nvidia');
  });

  it('reports how many relationships of a node were not returned', async () => {
    const graph = await neighborhood({ ids: ['nvidia'], limit: 3 });
    const nvidia = graph.nodes.find((n) => n.id === 'nvidia')!;
    const shown = graph.edges.filter((e) => e.source === 'nvidia' || e.target === 'nvidia').length;
    assert.ok(nvidia.degree > shown);
    assert.equal(nvidia.hiddenDegree, nvidia.degree - shown);
  });

  it('says nothing is hidden when a small neighbourhood is returned whole', async () => {
    const graph = await neighborhood({ ids: [f.maker] });
    assert.equal(graph.truncated, false);
    assert.equal(graph.nodes.find((n) => n.id === f.maker)?.hiddenDegree, 0);
  });

  it('follows only the predicates asked for', async () => {
    const graph = await neighborhood({ ids: [f.government], predicates: ['ALLOWS_EXPORT_OF'] });
    assert.deepEqual(graph.edges.map((e) => e.id), [f.allows]);
  });

  it('keeps only the node types asked for', async () => {
    const graph = await neighborhood({ ids: ['nvidia'], nodeTypes: ['Company', 'Chip'] });
    assert.ok(graph.nodes.length > 1);
    assert.ok(graph.nodes.every((n) => n.type === 'Company' || n.type === 'Chip'));
  });

  it('draws articles and their mentions only when articles are asked for', async () => {
    const without = await neighborhood({ ids: [f.chip] });
    assert.ok(!without.nodes.some((n) => n.type === 'Article'));
    const withArticles = await neighborhood({ ids: [f.chip], nodeTypes: ['Chip', 'Government', 'Company', 'Article'] });
    assert.ok(withArticles.nodes.some((n) => n.id === f.article && n.type === 'Article'));
    assert.ok(withArticles.edges.some((e) => e.predicate === 'MENTIONS' && e.source === f.article && e.target === f.chip));
  });

  it('filters edges by period, keeping undated ones', async () => {
    const graph = await neighborhood({ ids: [f.chip], to: '2025-06-30' });
    const ids = graph.edges.map((e) => e.id).sort();
    assert.deepEqual(ids, [f.makes, f.restricts].sort());
  });

  it('filters edges by confidence', async () => {
    const graph = await neighborhood({ ids: [f.government], minConfidence: 0.95 });
    assert.deepEqual(graph.edges.map((e) => e.id), [f.restricts]);
  });

  it('reaches two hops out at depth 2', async () => {
    const graph = await neighborhood({ ids: [f.maker], depth: 2 });
    assert.ok(graph.nodes.some((n) => n.id === f.government));
  });

  it('answers an unknown id with ENTITY_NOT_FOUND', async () => {
    const result = await explorer.app.graphql(NEIGHBORHOOD, { ids: ['nvidia', `${PREFIX}nothing`] });
    assert.equal(result.errors?.[0]?.extensions?.code, 'ENTITY_NOT_FOUND');
  });

  it('refuses depth 4 with LIMIT_EXCEEDED', async () => {
    const result = await explorer.app.graphql(NEIGHBORHOOD, { ids: ['nvidia'], depth: 4 });
    assert.equal(result.errors?.[0]?.extensions?.code, 'LIMIT_EXCEEDED');
  });

  it('refuses more than 500 nodes with LIMIT_EXCEEDED', async () => {
    const result = await explorer.app.graphql(NEIGHBORHOOD, { ids: ['nvidia'], limit: 501 });
    assert.equal(result.errors?.[0]?.extensions?.code, 'LIMIT_EXCEEDED');
  });

  it('refuses a malformed date, a reversed period and depth 0 with BAD_USER_INPUT', async () => {
    for (const variables of [{ from: 'last week' }, { from: '2025-06-01', to: '2025-01-01' }, { depth: 0 }, { minConfidence: 2 }, { ids: [] }]) {
      const result = await explorer.app.graphql(NEIGHBORHOOD, { ids: ['nvidia'], ...variables });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(variables));
    }
  });
});
