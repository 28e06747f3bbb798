/**
 * A small graph the explorer's integration tests create and delete themselves: a government that
 * both allows and restricts the export of a chip (a conflict), the chip's maker, and an article
 * that names them and supports the "allows" edge with a quoted sentence. Every id starts with the
 * test file's prefix, so tests never collide with the seed data or each other.
 */
import { after, before } from 'node:test';
import neo4j, { type Driver } from 'neo4j-driver';
import { backfillMentionRanks } from '../../server/graph/writes/rank-edges.ts';
import { startTestApp, type TestApp } from './test-app.ts';

export interface ExplorerFixture {
  government: string;
  chip: string;
  maker: string;
  article: string;
  allows: string;
  restricts: string;
  makes: string;
  /** The sentence of the article that supports the "allows" edge. */
  sentence: string;
  text: string;
}

export function explorerFixture(prefix: string): ExplorerFixture {
  const government = `${prefix}gov`;
  const chip = `${prefix}chip`;
  const maker = `${prefix}maker`;
  const sentence = 'Testland allowed the export of the Zorblax X1 under licence in August 2025.';
  const text = `Zorblax news. ${sentence} Testland had restricted the Zorblax X1 in April.`;
  return {
    government, chip, maker, article: `${prefix}article`, sentence, text,
    allows: `${government}|ALLOWS_EXPORT_OF|${chip}`,
    restricts: `${government}|RESTRICTS_EXPORT_OF|${chip}`,
    makes: `${maker}|MAKES|${chip}`,
  };
}

const CREATE = `
CREATE (government:Entity:Government {id: $f.government, name: 'Testland Government', aliases: ['Testland', 'Gouvernement du Testland'], kind: 'STATE', description: 'A test state.'})
CREATE (chip:Entity:Chip {id: $f.chip, name: 'Zorblax X1', aliases: ['X1 accelerator'], announced: '2024-05-01', vendor: $f.maker})
CREATE (maker:Entity:Company {id: $f.maker, name: 'Zorblax Semiconductor', aliases: ['Zorblax'], sector: 'CHIP_DESIGNER'})
CREATE (maker)-[:MAKES {id: $f.makes, confidence: 1.0, sources: 1}]->(chip)
CREATE (government)-[:ALLOWS_EXPORT_OF {id: $f.allows, confidence: 0.9, sources: 1, date: '2025-08-01'}]->(chip)
CREATE (government)-[:RESTRICTS_EXPORT_OF {id: $f.restricts, confidence: 1.0, sources: 1, validFrom: '2025-04-09'}]->(chip)
CREATE (article:Article {id: $f.article, title: 'Zorblax X1 cleared for export', url: 'https://example.org/zorblax', language: 'en', publishedAt: '2025-08-12', text: $f.text, contentHash: $f.article})
CREATE (article)-[:MENTIONS {starts: [$start], ends: [$start + 8], texts: ['Testland']}]->(government)
CREATE (article)-[:MENTIONS {starts: [$start + 35, $second], ends: [$start + 45, $second + 10], texts: ['Zorblax X1', 'Zorblax X1']}]->(chip)
CREATE (article)-[:STATES]->(:Statement {id: $f.article + ':allows', edgeId: $f.allows, predicate: 'ALLOWS_EXPORT_OF', subjectId: $f.government, objectId: $f.chip, sentence: $f.sentence, start: $start, end: $start + size($f.sentence), confidence: 0.9, rule: 'test-rule', date: '2025-08-01', firstSeen: datetime()})
CREATE (:Statement {id: $f.article + ':restricts', edgeId: $f.restricts, predicate: 'RESTRICTS_EXPORT_OF', subjectId: $f.government, objectId: $f.chip, sentence: 'Testland requires a licence for the X1.', confidence: 1.0, rule: 'curated', validFrom: '2025-04-09', sourceName: 'Testland Gazette', sourceUrl: 'https://example.org/gazette'})
CREATE (:Statement {id: $f.article + ':makes', edgeId: $f.makes, predicate: 'MAKES', subjectId: $f.maker, objectId: $f.chip, confidence: 1.0, rule: 'curated', sourceName: 'Zorblax website'})
`;

const DELETE = `
MATCH (n) WHERE (n:Entity OR n:Article OR n:Statement) AND n.id STARTS WITH $prefix
DETACH DELETE n
`;

export async function createExplorerFixture(driver: Driver, prefix: string): Promise<ExplorerFixture> {
  const fixture = explorerFixture(prefix);
  await driver.executeQuery(DELETE, { prefix });
  await driver.executeQuery(CREATE, {
    f: fixture,
    start: neo4j.int(fixture.text.indexOf(fixture.sentence)),
    second: neo4j.int(fixture.text.lastIndexOf('Zorblax X1')),
  });
  // The mentions' rank keys, as a commit writes them (an entity's articles are read from them).
  await backfillMentionRanks({ driver, database: undefined });
  return fixture;
}

export async function deleteExplorerFixture(driver: Driver, prefix: string): Promise<void> {
  await driver.executeQuery(DELETE, { prefix });
}

export interface ExplorerTestContext {
  /** The app on the test Neo4j; available once the file's `before` hook ran. */
  readonly app: TestApp;
  readonly f: ExplorerFixture;
}

/**
 * The set-up every explorer test file shares, called inside its `describe`: an app started and
 * the fixture created before the tests, the fixture deleted and the app closed after them.
 */
export function useExplorerFixture(prefix: string): ExplorerTestContext {
  let app: TestApp | undefined;
  before(async () => {
    app = await startTestApp();
    await createExplorerFixture(app.driver, prefix);
  });
  after(async () => {
    if (!app) return;
    await deleteExplorerFixture(app.driver, prefix);
    await app.close();
  });
  return {
    get app(): TestApp {
      if (!app) throw new Error('The test app starts in the before hook.');
      return app;
    },
    f: explorerFixture(prefix),
  };
}
