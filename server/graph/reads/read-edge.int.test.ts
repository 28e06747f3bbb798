import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useExplorerFixture } from '../../../test/support/explorer-fixture.ts';

const PREFIX = 'test-read-edge-';
const EDGE = `query ($id: ID!) { edge(id: $id) {
  edge { id source target predicate confidence sources }
  subject { id type degree hiddenDegree }
  object { id type }
  evidence { statementId sentence start end confidence rule date articleId articleTitle articleUrl articleLanguage publishedAt sourceName sourceUrl }
  conflicts { id predicate }
} }`;

interface Detail {
  edge: { id: string; source: string; target: string; predicate: string };
  subject: { id: string; type: string; degree: number; hiddenDegree: number };
  object: { id: string; type: string };
  evidence: Array<{ sentence: string | null; start: number | null; end: number | null; rule: string; articleId: string | null; articleTitle: string | null; publishedAt: string | null; sourceName: string | null }>;
  conflicts: Array<{ id: string; predicate: string }>;
}

describe('edge', () => {
  const explorer = useExplorerFixture(PREFIX);
  const { f } = explorer;

  const edge = async (id: string) => {
    const result = await explorer.app.graphql<{ edge: Detail }>(EDGE, { id });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.edge;
  };

  it('quotes the supporting sentence of an edge with its offsets and article', async () => {
    const detail = await edge(f.allows);
    assert.equal(detail.edge.predicate, 'ALLOWS_EXPORT_OF');
    assert.equal(detail.subject.id, f.government);
    assert.equal(detail.object.id, f.chip);
    const [evidence] = detail.evidence;
    assert.equal(evidence?.sentence, f.sentence);
    assert.equal(f.text.slice(evidence!.start!, evidence!.end!), f.sentence);
    assert.equal(evidence?.articleId, f.article);
    assert.equal(evidence?.publishedAt, '2025-08-12');
  });

  it('names the curated source of a curated fact', async () => {
    const detail = await edge(f.restricts);
    assert.equal(detail.evidence[0]?.sourceName, 'Testland Gazette');
    assert.equal(detail.evidence[0]?.articleId, null);
  });

  it('keeps allowed and restricted export statements side by side', async () => {
    const allows = await edge(f.allows);
    const restricts = await edge(f.restricts);
    assert.deepEqual(allows.conflicts.map((c) => c.id), [f.restricts]);
    assert.deepEqual(restricts.conflicts.map((c) => c.id), [f.allows]);
    assert.equal(allows.evidence.length, 1);
    assert.equal(restricts.evidence.length, 1);
  });

  it('reports no conflict for an edge nothing contradicts', async () => {
    assert.deepEqual((await edge(f.makes)).conflicts, []);
  });

  it('reads the provenance of a seed edge', async () => {
    const detail = await edge('nvidia|MAKES|h20');
    assert.ok(detail.evidence.length > 0);
    assert.ok(detail.subject.hiddenDegree < detail.subject.degree);
  });

  it('answers an unknown edge with ENTITY_NOT_FOUND', async () => {
    const result = await explorer.app.graphql(EDGE, { id: `${f.maker}|DESIGNS|${f.chip}` });
    assert.equal(result.errors?.[0]?.extensions?.code, 'ENTITY_NOT_FOUND');
  });

  it('refuses a malformed id or an unknown predicate with BAD_USER_INPUT', async () => {
    for (const id of ['nvidia-makes-h20', 'nvidia|MAKES', 'nvidia|INVENTS|h20', 'a||b']) {
      const result = await explorer.app.graphql(EDGE, { id });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', id);
    }
  });
});
