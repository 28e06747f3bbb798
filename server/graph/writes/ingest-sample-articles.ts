/**
 * The sample articles (seed/articles/*.md) read through the pipeline and committed, after the
 * knowledge base, so a fresh install shows articles and the sentences behind its edges.
 * Linked against the offline gazetteer (seed/knowledge/) so every install reads them the same
 * way; idempotent: a second run finds every article UNCHANGED.
 */
import { opendir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphContext } from '../access.ts';
import { buildGazetteer } from '../../../seed/ingest/build-gazetteer.ts';
import { loadGazetteerEntries } from '../../../seed/ingest/load-gazetteer.ts';
import { ingestArticle } from '../../ingest/ingest-article.ts';

export const SAMPLE_ARTICLES_DIR = fileURLToPath(new URL('../../../seed/articles/', import.meta.url));

/** How many articles ended in each status (CREATED, UPDATED, UNCHANGED). */
export type SampleSummary = Record<string, number>;

export async function ingestSampleArticles(graph: GraphContext, dir: string = SAMPLE_ARTICLES_DIR): Promise<SampleSummary> {
  const names: string[] = [];
  for await (const entry of await opendir(dir)) if (entry.isFile() && /\.md$/.test(entry.name) && entry.name !== 'README.md') names.push(entry.name);
  names.sort();
  const gazetteer = buildGazetteer(await loadGazetteerEntries());
  const summary: SampleSummary = {};
  for (const name of names) {
    const outcome = await ingestArticle(graph, { bytes: await readFile(join(dir, name)), fileName: name }, { dryRun: false, gazetteer });
    summary[outcome.status] = (summary[outcome.status] ?? 0) + 1;
  }
  return summary;
}

export function describeSampleSummary(summary: SampleSummary): string {
  return Object.entries(summary).map(([status, count]) => `${count} ${status}`).join(', ') || 'none';
}
