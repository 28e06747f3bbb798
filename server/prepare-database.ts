/**
 * Makes a database ready to serve: constraints and indexes (idempotent), then, when the graph is
 * empty, the seed knowledge base and the sample articles (seed/articles/) through the pipeline. Shared by `npm start`, `npm run seed` and the tests.
 */
import type { Config } from './config.ts';
import type { Neo4jConnection } from './neo4j/connect-neo4j.ts';
import { applyDatabaseSchema } from './neo4j/apply-database-schema.ts';
import { graphIsEmpty, loadKnowledgeBase } from '../seed/graph/load-knowledge-base.ts';
import { describeSampleSummary, ingestSampleArticles } from '../seed/graph/ingest-sample-articles.ts';
import { loadKnowledge } from '../seed/knowledge/load-knowledge.ts';

export async function prepareDatabase(
  connection: Pick<Neo4jConnection, 'driver' | 'database'>,
  config: Pick<Config, 'skipSeed'>,
  say: (message: string) => void,
): Promise<void> {
  await applyDatabaseSchema(connection.driver, connection.database);
  if (config.skipSeed || !(await graphIsEmpty(connection.driver, connection.database))) return;
  say('Empty graph: loading the seed knowledge base…');
  const summary = await loadKnowledgeBase(connection.driver, connection.database, await loadKnowledge());
  say(`Loaded ${summary.entities} entities, ${summary.relations} relationships from ${summary.sources} sources.`);
  const articles = await ingestSampleArticles(connection.driver, connection.database);
  say(`Sample articles: ${describeSampleSummary(articles)}.`);
}
