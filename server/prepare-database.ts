/**
 * Makes a database ready to serve: constraints and indexes (idempotent), the publications of
 * articles stored before they existed, then, when the graph is empty, the seed knowledge base and the sample articles (seed/articles/) through the pipeline. Shared by `npm start`, `npm run seed` and the tests.
 */
import type { Config } from './config.ts';
import type { GraphContext } from './graph/access.ts';
import { applyDatabaseSchema } from './graph/apply-database-schema.ts';
import { graphIsEmpty, loadKnowledgeBase } from './graph/writes/load-knowledge-base.ts';
import { describeSampleSummary, ingestSampleArticles } from './graph/writes/ingest-sample-articles.ts';
import { backfillPublications } from './graph/writes/group-publications.ts';
import { loadKnowledge } from '../seed/knowledge/load-knowledge.ts';

/** Transaction timeout while seeding an empty database, in ms. */
const SEEDING_TIMEOUT_MS = 300_000;

export async function prepareDatabase(
  graph: GraphContext,
  config: Pick<Config, 'skipSeed'>,
  say: (message: string) => void,
): Promise<void> {
  await applyDatabaseSchema(graph);
  const grouped = await backfillPublications(graph);
  if (grouped > 0) say(`Grouped ${grouped} articles stored before publications existed into publications.`);
  if (config.skipSeed || !(await graphIsEmpty(graph))) return;
  // Seeding is a one-off batch: its transactions may take longer than a request's on a busy machine.
  graph = { ...graph, timeoutMs: SEEDING_TIMEOUT_MS };
  say('Empty graph: loading the seed knowledge base…');
  const summary = await loadKnowledgeBase(graph, await loadKnowledge());
  say(`Loaded ${summary.entities} entities, ${summary.relations} relationships from ${summary.sources} sources.`);
  const articles = await ingestSampleArticles(graph);
  say(`Sample articles: ${describeSampleSummary(articles)}.`);
}
