import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { edgeId } from '../../../schema/edge-id.ts';
import type { ExtractionResult } from '../../../seed/ingest/extraction-contract.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { commitArticle, retractArticle } from './commit-article.ts';
import { backfillPublications } from './group-publications.ts';

const PREFIX = 'publication-test-';
const VENDOR = `${PREFIX}zorbex`;
const CHIP = `${PREFIX}q7`;
const MAKES = edgeId(VENDOR, 'MAKES', CHIP);
const CLAIM = 'Zorbex Devices makes the Q7 accelerator in its plant near the harbour.';

/** One wire story, about 140 words, that outlets re-publish with small changes. */
const STORY = [
  'Zorbex Devices has started shipping a new inference card to cloud providers in three countries, the company said on Tuesday.',
  CLAIM,
  'Executives told analysts that demand for the card had doubled since the spring, driven by smaller data centres that cannot afford the largest systems.',
  'The company expects revenue from the product line to reach a record in the final quarter, although it warned that memory supplies remain tight and that prices could rise.',
  'Analysts at two brokerages raised their targets after the call, citing the strength of orders from regional operators and the speed of the production ramp.',
  'A spokesperson declined to say how many units had been delivered so far.',
].join(' ');

/** The same story as five outlets ran it: five texts, five article ids, one publication. */
const COPIES = [
  STORY,
  `Zorbex ramps up inference card shipments\n\n${STORY}`,
  `${STORY}\n\nReporting by the technology desk; editing by the news team. Subscribe to our newsletter for daily chip news.`,
  STORY.replace('on Tuesday', 'on Tuesday morning').replace('two brokerages', 'several brokerages'),
  STORY.replace('A spokesperson declined to say how many units had been delivered so far.', 'The company would not give a delivery figure.'),
];

/** Another story that states the same fact: a second publication. */
const OTHER_STORY = [
  'A regional reseller said it had placed its largest order yet for accelerator cards this year.',
  CLAIM,
  'The reseller, which supplies universities and research laboratories, said lead times had fallen from twelve weeks to six.',
  'It plans to open a second warehouse next year to keep stock closer to its customers in the north.',
].join(' ');

/** A third story, stored twice by an earlier version of Chipgraph. */
const OLD_STORY = [
  'A start-up in the north of the country has taped out its first training chip, its founders said at a trade fair on Thursday.',
  'The design relies on a mature manufacturing process so that it can be made locally, and samples will reach partners before the summer.',
  'Investors who backed the company last year said they expect a second funding round once the first customers have tested the part.',
  'The founders declined to name the foundry or the price of the chip, but said volume production could begin within eighteen months.',
].join(' ');

/** The extraction of a text that names the vendor and its chip and states the claim. */
function extractionOf(text: string): ExtractionResult {
  const at = (written: string): { text: string; start: number; end: number } => {
    const start = text.indexOf(written);
    assert.ok(start >= 0, `"${written}" is in the text`);
    return { text: written, start, end: start + written.length };
  };
  return {
    language: 'en',
    entities: [
      { id: VENDOR, type: 'Company', name: 'Zorbex Devices', isNew: true, mentions: [{ ...at('Zorbex Devices'), rule: 'candidate' }] },
      { id: CHIP, type: 'Chip', name: 'Q7', isNew: true, mentions: [{ ...at('Q7'), rule: 'candidate' }] },
    ],
    relations: [{ subject: VENDOR, predicate: 'MAKES', object: CHIP, confidence: 0.8, rule: 'hand', evidence: at(CLAIM) }],
    warnings: [],
  };
}

interface EdgeAnswer {
  edge: { edge: { sources: number; publications: number }; evidence: Array<{ articleId: string | null; publication: string | null; sentence: string | null }> };
}

const EDGE = `query ($id: ID!) {
  edge(id: $id) { edge { sources publications } evidence { articleId publication sentence } }
}`;

describe('sources counted by publication', () => {
  let app: TestApp;
  const committed: string[] = [];
  const graph = () => ({ driver: app.driver, database: undefined });
  const readEdge = async () => {
    const result = await app.graphql<EdgeAnswer>(EDGE, { id: MAKES });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.edge;
  };

  before(async () => {
    app = await startTestApp();
  });
  after(async () => {
    for (const id of committed) await retractArticle(graph(), id);
    await app.driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX });
    await app.close();
  });

  it('counts five near-identical copies of a story as five sources from one publication', async () => {
    for (const [i, text] of COPIES.entries()) {
      const summary = await commitArticle(graph(), extractionOf(text), { text, title: `${PREFIX}copy ${i}`, url: `https://outlet-${i}.example/zorbex` });
      assert.equal(summary.status, 'CREATED');
      committed.push(summary.articleId);
    }
    assert.equal(new Set(committed).size, 5, 'five articles');
    const detail = await readEdge();
    assert.deepEqual(detail.edge, { sources: 5, publications: 1 });
    assert.deepEqual(new Set(detail.evidence.map((e) => e.publication)), new Set([committed[0]]), 'the first copy represents the publication');
  });

  it('stores the group on each article: the first copy is its own publication, the others copy one of the group', async () => {
    const rows = await app.driver.executeQuery(
      'MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.publication AS publication, a.duplicateOf AS duplicateOf',
      { ids: committed },
    );
    const byId = new Map(rows.records.map((r) => [r.get('id') as string, r.toObject() as { publication: string; duplicateOf: string | null }]));
    assert.deepEqual(byId.get(committed[0]!), { id: committed[0], publication: committed[0], duplicateOf: null });
    for (const id of committed.slice(1)) {
      assert.equal(byId.get(id)?.publication, committed[0]);
      assert.ok(committed.includes(byId.get(id)?.duplicateOf ?? ''), `${id} copies ${byId.get(id)?.duplicateOf}`);
    }
  });

  it('counts a distinct article stating the same fact as a second publication', async () => {
    const summary = await commitArticle(graph(), extractionOf(OTHER_STORY), { text: OTHER_STORY, title: `${PREFIX}reseller`, url: 'https://reseller-news.example/orders' });
    committed.push(summary.articleId);
    const detail = await readEdge();
    assert.deepEqual(detail.edge, { sources: 6, publications: 2 });
    assert.ok(detail.evidence.some((e) => e.publication === summary.articleId));
  });

  it('keeps the group when its first article is retracted', async () => {
    await retractArticle(graph(), committed.shift()!);
    const detail = await readEdge();
    assert.deepEqual(detail.edge, { sources: 5, publications: 2 });
  });

  it('lists as evidence only the statements of the edge\'s own predicate', async () => {
    // A statement filed under the MAKES edge's id but saying something else (a sale): not evidence of MAKES.
    await app.driver.executeQuery(`
      MATCH (a:Article {id: $articleId})
      CREATE (a)-[:STATES]->(:Statement {id: $id, edgeId: $edgeId, predicate: 'SELLS_TO', sentence: 'Zorbex sold Q7 cards to a reseller.', confidence: 0.9, rule: 'hand'})
    `, { articleId: committed[0], id: `${PREFIX}stray`, edgeId: MAKES });
    try {
      const detail = await readEdge();
      assert.ok(detail.evidence.every((e) => e.sentence === CLAIM), JSON.stringify(detail.evidence));
      assert.equal(detail.evidence.length, 5);
    } finally {
      await app.driver.executeQuery('MATCH (s:Statement {id: $id}) DETACH DELETE s', { id: `${PREFIX}stray` });
    }
  });

  it('groups the articles stored before publications existed, at the next start', async () => {
    const old = `${PREFIX}old`;
    const oldEdge = edgeId(VENDOR, 'DESIGNS', CHIP);
    // Two copies of a story and their statements, written as an earlier version stored them: no signature, no publication.
    await app.driver.executeQuery(`
      MATCH (vendor:Entity {id: $vendor}), (chip:Entity {id: $chip})
      CREATE (vendor)-[:DESIGNS {id: $edge, sources: 2, confidence: 0.8}]->(chip)
      WITH vendor, chip
      UNWIND [0, 1] AS i
      CREATE (a:Article {id: $old + i, title: $old, text: $texts[i], ingestedAt: datetime() + duration({seconds: i})})
      CREATE (a)-[:STATES]->(:Statement {id: $old + i + ':s', edgeId: $edge, predicate: 'DESIGNS', subjectId: $vendor, objectId: $chip, confidence: 0.8, rule: 'hand'})
    `, { vendor: VENDOR, chip: CHIP, edge: oldEdge, old, texts: [OLD_STORY, `${OLD_STORY}\n\nReporting by the regional desk.`] });
    try {
      assert.ok(await backfillPublications({ driver: app.driver, database: undefined }) >= 2);
      const rows = await app.driver.executeQuery(
        'MATCH (a:Article) WHERE a.id STARTS WITH $old RETURN a.id AS id, a.publication AS publication ORDER BY id', { old },
      );
      assert.deepEqual(rows.records.map((r) => r.get('publication')), [`${old}0`, `${old}0`]);
      const result = await app.graphql<EdgeAnswer>(EDGE, { id: oldEdge });
      assert.deepEqual(result.data?.edge.edge, { sources: 2, publications: 1 });
    } finally {
      await app.driver.executeQuery(`
        MATCH (a:Article) WHERE a.id STARTS WITH $old
        OPTIONAL MATCH (a)-[:STATES]->(s:Statement)
        DETACH DELETE a, s
      `, { old });
    }
  });
});
