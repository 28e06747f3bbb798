import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useExplorerFixture } from '../../../test/support/explorer-fixture.ts';

const PREFIX = 'test-find-paths-';
const PATHS = `query ($from: ID!, $to: ID!, $maxLength: Int, $predicates: [Predicate!], $limit: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, predicates: $predicates, limit: $limit) {
    paths { nodeIds edgeIds length }
    cut
    graph { nodes { id hiddenDegree degree } edges { id source target predicate } truncated }
  }
}`;

interface Paths {
  paths: Array<{ nodeIds: string[]; edgeIds: string[]; length: number }>;
  cut: boolean;
  graph: { nodes: Array<{ id: string }>; edges: Array<{ id: string; predicate: string }> };
}

describe('paths', () => {
  const explorer = useExplorerFixture(PREFIX);
  const { f } = explorer;

  const paths = async (variables: Record<string, unknown>) => {
    const result = await explorer.app.graphql<{ paths: Paths }>(PATHS, variables);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.paths;
  };

  it('connects Cambricon to the US government by several shortest paths, shortest first', async () => {
    const answer = await paths({ from: 'cambricon', to: 'us-government', limit: 3 });
    assert.ok(answer.paths.length >= 1);
    assert.ok(answer.paths.length <= 3);
    for (const path of answer.paths) {
      assert.equal(path.nodeIds[0], 'cambricon');
      assert.equal(path.nodeIds.at(-1), 'us-government');
      assert.equal(path.edgeIds.length, path.length);
      assert.equal(path.nodeIds.length, path.length + 1);
    }
    const lengths = answer.paths.map((p) => p.length);
    assert.deepEqual(lengths, [...lengths].sort((a, b) => a - b));
  });

  it('returns the union of the paths ready to draw', async () => {
    const answer = await paths({ from: f.maker, to: f.government });
    const nodeIds = new Set(answer.graph.nodes.map((n) => n.id));
    const edgeIds = new Set(answer.graph.edges.map((e) => e.id));
    assert.deepEqual([...nodeIds].sort(), [f.chip, f.government, f.maker].sort());
    for (const path of answer.paths) for (const id of path.edgeIds) assert.ok(edgeIds.has(id));
    assert.equal(answer.paths.length, 2, 'through the allowing and the restricting edge');
    assert.equal(answer.cut, false, 'a small graph is searched whole');
  });

  it('follows only the predicates asked for', async () => {
    const answer = await paths({ from: f.maker, to: f.government, predicates: ['MAKES', 'RESTRICTS_EXPORT_OF'] });
    assert.deepEqual(answer.paths.map((p) => p.edgeIds), [[f.makes, f.restricts]]);
  });

  it('finds nothing when the entities are further apart than maxLength', async () => {
    const answer = await paths({ from: f.maker, to: f.government, maxLength: 1 });
    assert.deepEqual(answer.paths, []);
  });

  it('answers an unknown id with ENTITY_NOT_FOUND', async () => {
    const result = await explorer.app.graphql(PATHS, { from: 'nvidia', to: `${PREFIX}nothing` });
    assert.equal(result.errors?.[0]?.extensions?.code, 'ENTITY_NOT_FOUND');
  });

  it('refuses the same id twice with BAD_USER_INPUT', async () => {
    const result = await explorer.app.graphql(PATHS, { from: 'nvidia', to: 'nvidia' });
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('refuses paths longer than 6 or more than 10 paths with LIMIT_EXCEEDED', async () => {
    for (const variables of [{ maxLength: 7 }, { limit: 11 }]) {
      const result = await explorer.app.graphql(PATHS, { from: 'nvidia', to: 'h20', ...variables });
      assert.equal(result.errors?.[0]?.extensions?.code, 'LIMIT_EXCEEDED', JSON.stringify(variables));
    }
  });

  it('refuses MENTIONS as a path predicate with BAD_USER_INPUT', async () => {
    const result = await explorer.app.graphql(PATHS, { from: 'nvidia', to: 'h20', predicates: ['MENTIONS'] });
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});
