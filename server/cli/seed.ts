/**
 * `npm run seed`: loads the curated knowledge base into Neo4j (the local one, started if needed,
 * or NEO4J_URI), then ingests the sample articles (seed/articles/) through the pipeline.
 * Idempotent: running it twice changes nothing (every article UNCHANGED).
 */
import { ConfigError, loadConfig } from '../config.ts';
import { applyDatabaseSchema } from '../graph/apply-database-schema.ts';
import { connectNeo4j } from '../neo4j/connect-neo4j.ts';
import { Neo4jSetupError } from '../neo4j/local-neo4j.ts';
import { describeSampleSummary, ingestSampleArticles } from '../graph/writes/ingest-sample-articles.ts';
import { loadKnowledgeBase } from '../graph/writes/load-knowledge-base.ts';
import { loadKnowledge } from '../../seed/knowledge/load-knowledge.ts';

const say = (message: string): void => void process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const connection = await connectNeo4j(config, say);
  try {
    await applyDatabaseSchema({ driver: connection.driver, database: connection.database });
    const summary = await loadKnowledgeBase({ driver: connection.driver, database: connection.database }, await loadKnowledge());
    say(`Seed loaded into ${connection.uri}: ${summary.entities} entities, ${summary.relations} relationships, ${summary.sources} sources.`);
    const articles = await ingestSampleArticles({ driver: connection.driver, database: connection.database });
    say(`Sample articles: ${describeSampleSummary(articles)}.`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  say(error instanceof ConfigError || error instanceof Neo4jSetupError ? error.message : `Seeding failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
