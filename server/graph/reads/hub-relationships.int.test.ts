/**
 * A hub (more relationships than HUB_DEGREE) is read from the ranked relationship lists the writes
 * keep: its first hop and its entity panel show the best supported relationships of every
 * predicate and say how many more there are; paths do not walk through it, and say so.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { inTransaction, type GraphContext } from '../access.ts';
import { backfillEdgeRanks } from '../writes/rank-edges.ts';
import { refreshEdges } from '../writes/refresh-edges.ts';
import { PATHS_HUB_DEGREE } from './find-paths.ts';
import { HUB_DEGREE } from './read-neighborhood.ts';

const PREFIX = 'test-hub-';
const HUB = `${PREFIX}foundry`;
/** Customers the hub supplies (enough for the hub to be one for paths too); customer i has i % 50 + 1 sources. */
const CUSTOMERS = Math.max(HUB_DEGREE, PATHS_HUB_DEGREE) + 20;
const CHIPS = 8;

const CREATE = `
CREATE (hub:Entity:Company {id: $hub, name: 'Test Hub Foundry', aliases: []})
WITH hub
UNWIND range(0, $customers - 1) AS i
CREATE (customer:Entity:Company {id: $prefix + 'customer-' + right('000' + toString(i), 3), name: 'Test customer ' + toString(i), aliases: []})
CREATE (hub)-[:SUPPLIES {id: $hub + '|SUPPLIES|' + customer.id, confidence: 0.9, sources: i % 50 + 1}]->(customer)
WITH DISTINCT hub
UNWIND range(0, $chips - 1) AS j
CREATE (chip:Entity:Chip {id: $prefix + 'chip-' + toString(j), name: 'Test hub chip ' + toString(j), aliases: []})
CREATE (hub)-[:FABRICATES {id: $hub + '|FABRICATES|' + chip.id, confidence: 1.0, sources: 1}]->(chip)
WITH DISTINCT hub
CREATE (policy:Entity:Policy {id: $prefix + 'policy', name: 'Test hub probe', aliases: []})-[:TARGETS {id: $prefix + 'policy|TARGETS|' + $hub, confidence: 1.0, sources: 2}]->(hub)
`;

const DELETE = `
MATCH (n) WHERE (n:Entity OR n:Statement) AND n.id STARTS WITH $prefix
DETACH DELETE n
`;

const NEIGHBORHOOD = `query ($ids: [ID!]!, $limit: Int, $predicates: [Predicate!]) {
  neighborhood(ids: $ids, limit: $limit, predicates: $predicates) {
    nodes { id degree hiddenDegree }
    edges { id source target predicate sources }
    truncated
    relationCounts { nodeId predicate direction total shown }
  }
}`;

const ENTITY = `query ($id: ID!) { entity(id: $id) {
  relations { predicate direction total edges { edge { id sources } } }
} }`;

interface Neighborhood {
  nodes: Array<{ id: string; degree: number; hiddenDegree: number }>;
  edges: Array<{ id: string; source: string; target: string; predicate: string; sources: number }>;
  truncated: boolean;
  relationCounts: Array<{ nodeId: string; predicate: string; direction: string; total: number; shown: number }>;
}

interface Entity {
  relations: Array<{ predicate: string; direction: string; total: number; edges: Array<{ edge: { id: string; sources: number } }> }>;
}

describe('a hub read from its ranked relationships', () => {
  let app: TestApp;
  let graph: GraphContext;

  before(async () => {
    app = await startTestApp();
    graph = { driver: app.driver, database: undefined };
    await app.driver.executeQuery(DELETE, { prefix: PREFIX });
    await app.driver.executeQuery(CREATE, { prefix: PREFIX, hub: HUB, customers: neo4j.int(CUSTOMERS), chips: neo4j.int(CHIPS) });
    // Edges written without rank keys get them as at start (the writes set them on every commit).
    await backfillEdgeRanks(graph);
  });
  after(async () => {
    await app.driver.executeQuery(DELETE, { prefix: PREFIX });
    await app.close();
  });

  const neighborhood = async (variables: Record<string, unknown>): Promise<Neighborhood> => {
    const result = await app.graphql<{ neighborhood: Neighborhood }>(NEIGHBORHOOD, variables);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.neighborhood;
  };

  it("takes a hub's first hop from every predicate, best supported first, and says how many more there are", async () => {
    const answer = await neighborhood({ ids: [HUB], limit: 20 });
    assert.equal(answer.nodes.length, 20);
    assert.equal(answer.truncated, true);
    const supplies = answer.edges.filter((e) => e.predicate === 'SUPPLIES');
    assert.ok(supplies.length >= 5, `a handful of SUPPLIES edges, got ${supplies.length}`);
    assert.ok(supplies.every((e) => e.sources === 50), `only the best supported customers: ${supplies.map((e) => e.sources).join(', ')}`);
    assert.ok(answer.edges.some((e) => e.predicate === 'FABRICATES'), 'the smaller groups are not crowded out');
    assert.ok(answer.edges.some((e) => e.predicate === 'TARGETS' && e.target === HUB), 'incoming relationships too');
    const counts = answer.relationCounts.filter((c) => c.nodeId === HUB);
    assert.deepEqual(
      counts.map(({ predicate, direction, total, shown }) => ({ predicate, direction, total, shown })).sort((a, b) => a.predicate.localeCompare(b.predicate)),
      [
        { predicate: 'FABRICATES', direction: 'OUT', total: CHIPS, shown: answer.edges.filter((e) => e.predicate === 'FABRICATES').length },
        { predicate: 'SUPPLIES', direction: 'OUT', total: CUSTOMERS, shown: supplies.length },
        { predicate: 'TARGETS', direction: 'IN', total: 1, shown: 1 },
      ],
    );
    const hub = answer.nodes.find((n) => n.id === HUB)!;
    assert.equal(hub.degree, CUSTOMERS + CHIPS + 1);
    assert.equal(hub.hiddenDegree, hub.degree - answer.edges.length);
  });

  it('shows more of one predicate of a hub when only that one is asked for', async () => {
    const answer = await neighborhood({ ids: [HUB], limit: 60, predicates: ['SUPPLIES'] });
    assert.equal(answer.edges.length, 59);
    const sources = answer.edges.map((e) => e.sources);
    assert.deepEqual(sources, [...sources].sort((a, b) => b - a), 'best supported first');
    assert.deepEqual(answer.relationCounts.map((c) => `${c.predicate} ${c.total} ${c.shown}`), [`SUPPLIES ${CUSTOMERS} 59`]);
  });

  it("shows a hub's best supported relationships per predicate in its panel, with each group's size", async () => {
    const result = await app.graphql<{ entity: Entity }>(ENTITY, { id: HUB });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const supplies = result.data!.entity.relations.find((g) => g.predicate === 'SUPPLIES' && g.direction === 'OUT')!;
    assert.equal(supplies.total, CUSTOMERS);
    assert.equal(supplies.edges.length, 10);
    assert.ok(supplies.edges.every((e) => e.edge.sources >= 49));
    const targets = result.data!.entity.relations.find((g) => g.predicate === 'TARGETS' && g.direction === 'IN');
    assert.equal(targets?.total, 1);
  });

  it('does not walk paths through a hub, and says the search was cut', async () => {
    const PATHS = `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to) { paths { nodeIds length } cut } }`;
    const through = await app.graphql<{ paths: { paths: Array<{ nodeIds: string[] }>; cut: boolean } }>(PATHS, { from: `${PREFIX}customer-001`, to: `${PREFIX}customer-002` });
    assert.equal(through.errors, undefined, JSON.stringify(through.errors));
    assert.deepEqual(through.data!.paths, { paths: [], cut: true });
    const toHub = await app.graphql<{ paths: { paths: Array<{ nodeIds: string[] }>; cut: boolean } }>(PATHS, { from: `${PREFIX}customer-001`, to: HUB });
    assert.deepEqual(toHub.data!.paths, { paths: [{ nodeIds: [`${PREFIX}customer-001`, HUB], length: 1 }], cut: false }, 'a hub at either end is reached');
  });

  it('moves an edge up the ranked list when a write gives it more sources, and the next read shows it', async () => {
    const edgeId = `${HUB}|SUPPLIES|${PREFIX}customer-000`;
    const before = await neighborhood({ ids: [HUB], limit: 3, predicates: ['SUPPLIES'] });
    assert.notEqual(before.edges[0]?.id, edgeId);
    const statements = Array.from({ length: 60 }, (_, i) => ({ id: `${PREFIX}statement-${i}`, edgeId, predicate: 'SUPPLIES', confidence: 0.9 }));
    await app.driver.executeQuery('UNWIND $statements AS s CREATE (statement:Statement) SET statement = s', { statements });
    await inTransaction(graph, 'WRITE', 'test-refresh', (tx) => refreshEdges(tx, new Map([['SUPPLIES', [edgeId]]])));
    const answer = await neighborhood({ ids: [HUB], limit: 3, predicates: ['SUPPLIES'] });
    assert.equal(answer.edges[0]?.id, edgeId);
    assert.equal(answer.edges[0]?.sources, 60);
  });
});
