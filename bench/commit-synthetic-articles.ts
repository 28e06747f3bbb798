/**
 * Benchmark hook: commits N synthetic articles of about 500 words, each naming existing
 * companies, chips and a government of the graph plus one new company, with five relationships,
 * through `commitArticle` (the extraction is built directly, so only the commit is measured).
 * `retractSyntheticArticles` removes them again.
 */
import { runQuery, type GraphContext } from '../server/graph/access.ts';
import type { ExtractedEntity, ExtractedRelation, ExtractionResult } from '../seed/ingest/extraction-contract.ts';
import type { EntityType, Predicate } from '../schema/vocabulary.ts';
import { commitArticle, retractArticle } from '../server/graph/writes/commit-article.ts';

const ENTITIES_BY_TYPE = `
MATCH (n:Entity)
WHERE n:Company OR n:Chip OR n:Government
WITH n, CASE WHEN n:Company THEN 'Company' WHEN n:Chip THEN 'Chip' ELSE 'Government' END AS type
ORDER BY n.id
RETURN type AS type, collect({id: n.id, name: n.name})[..20] AS entities
`;

interface Named { id: string; name: string }

export interface SyntheticArticle {
  extraction: ExtractionResult;
  title: string;
  url: string;
  text: string;
}

const FILLER = 'Analysts said the market for accelerators kept changing as buyers weighed supply, prices and the rules that apply to each shipment.';

/** Builds article `index` of a run named `prefix` from entities of the graph. Pure. */
export function syntheticArticle(prefix: string, index: number, pool: Record<'Company' | 'Chip' | 'Government', Named[]>): SyntheticArticle {
  const pick = (type: 'Company' | 'Chip' | 'Government', offset: number): Named => {
    const list = pool[type];
    const entity = list[(index + offset) % list.length];
    if (!entity) throw new Error(`The graph has no ${type} to build synthetic articles from.`);
    return entity;
  };
  const maker = pick('Company', 0);
  const rival = pick('Company', 3);
  const chip = pick('Chip', 0);
  const other = pick('Chip', 5);
  const government = pick('Government', 0);
  const newcomer: Named = { id: `${prefix}newco-${index}`, name: `Synthco ${prefix} ${index}` };
  const entities = new Map<string, ExtractedEntity>();
  const relations: ExtractedRelation[] = [];
  let text = `Synthetic report ${prefix} number ${index}.\n\n`;
  const mention = (entity: Named, type: EntityType, isNew: boolean): { start: number; end: number } => {
    const start = text.length;
    text += entity.name;
    const end = text.length;
    const existing = entities.get(entity.id) ?? { id: entity.id, type, name: entity.name, isNew, mentions: [] };
    existing.mentions.push({ text: entity.name, start, end, rule: isNew ? 'candidate' : 'alias' });
    entities.set(entity.id, existing);
    return { start, end };
  };
  const sentence = (subject: [Named, EntityType, boolean], words: string, object: [Named, EntityType, boolean], predicate: Predicate): void => {
    const start = text.length;
    mention(...subject);
    text += ` ${words} `;
    mention(...object);
    text += '.';
    relations.push({
      subject: subject[0].id, predicate, object: object[0].id, confidence: 0.8, rule: 'synthetic',
      evidence: { text: text.slice(start), start, end: text.length },
    });
    text += ' ';
  };
  sentence([maker, 'Company', false], 'makes the', [chip, 'Chip', false], 'MAKES');
  sentence([government, 'Government', false], 'restricts exports of the', [chip, 'Chip', false], 'RESTRICTS_EXPORT_OF');
  sentence([government, 'Government', false], 'allows exports of the', [other, 'Chip', false], 'ALLOWS_EXPORT_OF');
  sentence([newcomer, 'Company', true], 'competes with', [rival, 'Company', false], 'COMPETES_WITH');
  sentence([maker, 'Company', false], 'sells to', [government, 'Government', false], 'SELLS_TO');
  while (text.split(/\s+/).length < 500) text += `${FILLER} `;
  text = text.trimEnd();
  return {
    extraction: { language: 'en', entities: [...entities.values()], relations, warnings: [] },
    title: `Synthetic report ${prefix} ${index}`,
    url: `https://example.org/synthetic/${prefix}/${index}`,
    text,
  };
}

export interface SyntheticRun {
  articleIds: string[];
  seconds: number;
  articlesPerSecond: number;
}

/** Commits `count` synthetic articles one transaction each, in order, and times them. */
export async function commitSyntheticArticles(graph: GraphContext, count: number, prefix: string): Promise<SyntheticRun> {
  const rows = await runQuery<{ type: string; entities: Named[] }>(graph, 'synthetic-article-entities', ENTITIES_BY_TYPE, {});
  const pool: Record<'Company' | 'Chip' | 'Government', Named[]> = { Company: [], Chip: [], Government: [] };
  for (const row of rows) pool[row.type as keyof typeof pool] = row.entities;
  const articles = Array.from({ length: count }, (_, i) => syntheticArticle(prefix, i, pool));
  const started = performance.now();
  const articleIds: string[] = [];
  for (const article of articles) {
    const summary = await commitArticle(graph, article.extraction, { text: article.text, title: article.title, url: article.url, language: 'en' });
    articleIds.push(summary.articleId);
  }
  const seconds = (performance.now() - started) / 1000;
  return { articleIds, seconds, articlesPerSecond: count / seconds };
}

/** Removes the articles of a synthetic run with everything only they supported. */
export async function retractSyntheticArticles(graph: GraphContext, articleIds: readonly string[]): Promise<void> {
  for (const id of articleIds) await retractArticle(graph, id);
}
