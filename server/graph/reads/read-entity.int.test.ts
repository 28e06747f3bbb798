import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useExplorerFixture } from '../../../test/support/explorer-fixture.ts';

const PREFIX = 'test-read-entity-';
const ENTITY = `query ($id: ID!) { entity(id: $id) {
  id type name aliases description properties { sector ticker announced vendor isFamily roles }
  relations { predicate direction edges { edge { id } evidence { sentence articleId sourceName } conflicts { id } } }
  articles { id title language publishedAt mentionCount }
} }`;

interface Entity {
  id: string; type: string; name: string; aliases: string[];
  properties: { sector: string | null; ticker: string | null; announced: string | null; vendor: string | null; isFamily: boolean | null; roles: string[] | null };
  relations: Array<{ predicate: string; direction: string; edges: Array<{ edge: { id: string }; evidence: Array<{ sentence: string | null; articleId: string | null; sourceName: string | null }>; conflicts: Array<{ id: string }> }> }>;
  articles: Array<{ id: string; mentionCount: number }>;
}

describe('entity', () => {
  const explorer = useExplorerFixture(PREFIX);
  const { f } = explorer;

  const entity = async (id: string) => {
    const result = await explorer.app.graphql<{ entity: Entity }>(ENTITY, { id });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.entity;
  };

  it('shows a seed entity with its names, properties and relationships', async () => {
    const nvidia = await entity('nvidia');
    assert.equal(nvidia.type, 'Company');
    assert.ok(nvidia.aliases.includes('Team Green'));
    assert.equal(nvidia.properties.sector, 'CHIP_DESIGNER');
    assert.equal(nvidia.properties.ticker, 'NVDA');
    const makes = nvidia.relations.find((g) => g.predicate === 'MAKES' && g.direction === 'OUT');
    assert.ok(makes?.edges.some((e) => e.edge.id === 'nvidia|MAKES|h20'));
  });

  it('groups relationships by predicate and direction', async () => {
    const chip = await entity(f.chip);
    const groups = chip.relations.map((g) => `${g.predicate} ${g.direction}`).sort();
    assert.deepEqual(groups, ['ALLOWS_EXPORT_OF IN', 'MAKES IN', 'RESTRICTS_EXPORT_OF IN']);
  });

  it('quotes the sentence behind each relationship and flags conflicting ones', async () => {
    const government = await entity(f.government);
    const allows = government.relations.find((g) => g.predicate === 'ALLOWS_EXPORT_OF')?.edges[0];
    assert.equal(allows?.evidence[0]?.sentence, f.sentence);
    assert.equal(allows?.evidence[0]?.articleId, f.article);
    assert.deepEqual(allows?.conflicts.map((c) => c.id), [f.restricts]);
  });

  it('reads the same relationships without their evidence when the operation does not select it (the explorer\'s panel)', async () => {
    const PANEL = `query ($id: ID!) { entity(id: $id) { relations { predicate direction total edges { ...Ends } } } }
      fragment Ends on EdgeDetail { edge { id sources } subject { id degree } object { id degree } }`;
    const WITH_EVIDENCE = `query ($id: ID!) { entity(id: $id) { relations { predicate direction total edges { ...Ends evidence { sentence } } } } }
      fragment Ends on EdgeDetail { edge { id sources } subject { id degree } object { id degree } }`;
    type Relations = { entity: { relations: Array<{ predicate: string; direction: string; total: number; edges: Array<{ edge: { id: string }; evidence?: unknown[] }> }> } };
    for (const id of ['nvidia', f.government]) {
      const panel = await explorer.app.graphql<Relations>(PANEL, { id });
      const full = await explorer.app.graphql<Relations>(WITH_EVIDENCE, { id });
      assert.equal(panel.errors, undefined, JSON.stringify(panel.errors));
      assert.equal(full.errors, undefined, JSON.stringify(full.errors));
      const strip = (data: Relations) => data.entity.relations.map((g) => ({ ...g, edges: g.edges.map(({ evidence: _evidence, ...rest }) => rest) }));
      assert.deepEqual(strip(panel.data!), strip(full.data!));
      assert.ok(full.data!.entity.relations.some((g) => g.edges.some((e) => (e.evidence?.length ?? 0) > 0)), 'the full read has evidence');
    }
  });

  it('lists the articles that name it with how often they do', async () => {
    const chip = await entity(f.chip);
    assert.deepEqual(chip.articles.map((a) => [a.id, a.mentionCount]), [[f.article, 2]]);
  });

  it('gives its stored properties as typed fields, null where it has none', async () => {
    const { properties } = await entity(f.chip);
    assert.deepEqual(properties, { sector: null, ticker: null, announced: '2024-05-01', vendor: f.maker, isFamily: null, roles: null });
  });

  it('answers an unknown id with ENTITY_NOT_FOUND', async () => {
    const result = await explorer.app.graphql(ENTITY, { id: `${PREFIX}nothing` });
    assert.equal(result.errors?.[0]?.extensions?.code, 'ENTITY_NOT_FOUND');
  });

  it('refuses an empty id with BAD_USER_INPUT', async () => {
    const result = await explorer.app.graphql(ENTITY, { id: ' ' });
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});
