import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useExplorerFixture } from '../../../test/support/explorer-fixture.ts';

const PREFIX = 'test-read-timeline-';
const TIMELINE = `query ($ids: [ID!], $from: String, $to: String, $limit: Int) {
  timeline(ids: $ids, from: $from, to: $to, limit: $limit) { date kind label nodeId edgeId articleId sentence }
}`;

interface Event { date: string; kind: string; label: string; nodeId: string | null; edgeId: string | null; articleId: string | null; sentence: string | null }

describe('timeline', () => {
  const explorer = useExplorerFixture(PREFIX);
  const { f } = explorer;

  const timeline = async (variables: Record<string, unknown>) => {
    const result = await explorer.app.graphql<{ timeline: Event[] }>(TIMELINE, variables);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.timeline;
  };

  it('puts the dated relationships and articles about an entity in order', async () => {
    const events = await timeline({ ids: [f.chip] });
    assert.deepEqual(events.map((e) => [e.date, e.kind, e.edgeId ?? e.articleId]), [
      ['2025-04-09', 'RELATIONSHIP', f.restricts],
      ['2025-08-01', 'RELATIONSHIP', f.allows],
      ['2025-08-01', 'STATEMENT', f.allows],
      ['2025-08-12', 'ARTICLE', f.article],
    ]);
    assert.match(events[0]!.label, /restricts export of/);
  });

  it('keeps only the events of the period asked for', async () => {
    const events = await timeline({ ids: [f.chip], from: '2025-05-01', to: '2025-08-05' });
    assert.deepEqual(events.map((e) => e.edgeId), [f.allows, f.allows]);
  });

  it('quotes each statement about an entity with its sentence and article', async () => {
    const events = await timeline({ ids: [f.chip] });
    const statement = events.find((e) => e.kind === 'STATEMENT');
    assert.equal(statement?.sentence, f.sentence);
    assert.equal(statement?.articleId, f.article);
    assert.equal(statement?.label, 'Zorblax X1 cleared for export');
  });

  it('shows the dates of the policies about an entity', async () => {
    const events = await timeline({ ids: ['h20'] });
    assert.ok(events.some((e) => e.kind === 'POLICY' && e.nodeId === 'us-h20-export-license-requirement-2025'));
    const dates = events.map((e) => e.date);
    assert.deepEqual(dates, [...dates].sort());
  });

  it('covers the whole graph when no id is given, up to the limit', async () => {
    const events = await timeline({ limit: 5 });
    assert.equal(events.length, 5);
  });

  it('refuses more than 500 events with LIMIT_EXCEEDED', async () => {
    const result = await explorer.app.graphql(TIMELINE, { limit: 501 });
    assert.equal(result.errors?.[0]?.extensions?.code, 'LIMIT_EXCEEDED');
  });

  it('refuses a malformed date with BAD_USER_INPUT', async () => {
    const result = await explorer.app.graphql(TIMELINE, { from: '12/04/2025' });
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});
