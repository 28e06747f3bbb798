/**
 * Commit: one article's extraction written to Neo4j in ONE write transaction.
 *
 * Storage (see schema/type-defs.ts):
 * - `(:Article {id, title, url, language, publishedAt, source, text, contentHash, commitHash, ingestedAt, updatedAt})`
 *   whose id is `article-` + the first 16 hex digits of the SHA-256 of the normalized text
 *   (`contentHash` is the full digest) and `commitHash` the digest of the text, its metadata and
 *   the reviewer's corrections (`commitHashOf`);
 * - `(:Article)-[:MENTIONS {starts, ends, texts}]->(:Entity)`, UTF-16 offsets into `Article.text`;
 * - `Article.publication`, `duplicateOf` and `minHash`, and its MinHash bands: near-identical
 *   articles (the same story re-published) form one publication (group-publications.ts);
 * - one `(:Article)-[:STATES]->(:Statement)` per relationship and evidence sentence, whose id is
 *   `<articleId>:<edgeId>:<start>-<end>`; the typed edge it supports is MERGEd and its summary
 *   recomputed by `refreshEdges`;
 * - entities MERGEd on `(:Entity {id})`: a new one gets its type label (from the vocabulary) and
 *   `createdBy: <articleId>`; an alias learned from an article (a name the entity did not have,
 *   e.g. a reviewer linked "les Verts" to nvidia) is appended to `aliases` and recorded in
 *   `learnedAliases` as `"<alias>|<articleId>"`, so that it can be retracted with the article.
 *
 * Outcomes: the same text with the same metadata and corrections is UNCHANGED (nothing written); an article already
 * stored with the same id, or with the same url, or named by `replaces` is UPDATED: its previous
 * statements, mentions and learned aliases are retracted, edges left without statements are
 * deleted, and entities it created that nothing else uses are removed; otherwise CREATED.
 *
 * Concurrent commits of the same text, url or replaced article serialize: each first locks its
 * keys (LOCK_COMMIT_KEYS), so the second reads what the first wrote and answers UNCHANGED or
 * UPDATED truly; the lock nodes are deleted before the transaction ends.
 *
 * A commit that writes (CREATED, UPDATED) records itself in the audit log (audit-log.ts) in the
 * same transaction.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES, PREDICATE_NAMES, type Predicate } from '../../../schema/vocabulary.ts';
import type { ExtractionResult } from '../../../seed/ingest/extraction-contract.ts';
import { idsToResolve, reviewExtraction, ReviewError, type GraphEntity, type ReviewCorrections } from '../../../seed/ingest/review-extraction.ts';
import { inRolledBackTransaction, inTransaction, type GraphContext } from '../access.ts';
import {
  BEFORE_COMMIT, COMMIT_ARTICLE, DELETE_ARTICLES, EDGES_WITH_STATEMENTS, ENTITY_KINDS, LOCK_COMMIT_KEYS, RELEASE_COMMIT_KEYS,
  RETRACT_LEARNED_ALIASES, RETRACT_MENTIONS, RETRACT_STATEMENTS, SETTLE_CREATED_ENTITIES, STATEMENTS_OF_ARTICLE,
} from './commit-queries.ts';
import { articleIdOf, planCommit, type ArticleToCommit, type StatementRow } from './plan-commit.ts';
import { rankEdges, rankMentions } from './rank-edges.ts';
import { refreshEdges } from './refresh-edges.ts';
import { findPublication, indexArticleBands } from './group-publications.ts';
import { recordAudit } from './audit-log.ts';

export type { ArticleToCommit } from './plan-commit.ts';
export { articleIdOf, contentHashOf, commitHashOf, normalizeForHash } from './plan-commit.ts';

export type CommitStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface CommitSummary {
  articleId: string;
  status: CommitStatus;
  /** Ids of the entities this commit created. */
  addedEntities: string[];
  /** Edge ids that did not exist before this commit. */
  addedEdges: string[];
  /** Edge ids deleted because only the previous version of the article supported them. */
  retractedEdges: string[];
  /** Ids of the statements written. */
  statements: string[];
  /** "alias|entityId" of the aliases learned from this article. */
  learnedAliases: string[];
  /** Ids of previous versions replaced by this one. */
  replaced: string[];
  /** The extraction as committed, corrections applied. */
  extraction: ExtractionResult;
}

/** Reads what the graph knows about the ids an extraction names (type, name, aliases). */
export async function readGraphEntities(tx: Pick<ManagedTransaction, 'run'>, ids: string[]): Promise<Map<string, GraphEntity>> {
  const result = await tx.run(ENTITY_KINDS, { ids, types: [...ENTITY_TYPES] });
  const graph = new Map<string, GraphEntity>();
  for (const record of result.records) {
    const row = record.toObject() as GraphEntity;
    if (row.type) graph.set(row.id, row);
  }
  return graph;
}

/** Applies corrections against the graph without writing: the preview of a commit. */
export function previewCommit(graph: GraphContext, extraction: ExtractionResult, text: string, corrections: ReviewCorrections = {}): Promise<ExtractionResult> {
  return inTransaction(graph, 'READ', 'preview-commit', async (tx) =>
    reviewExtraction(extraction, corrections, await readGraphEntities(tx, idsToResolve(extraction, corrections)), text));
}

async function edgesWithStatements(tx: Pick<ManagedTransaction, 'run'>, edgeIds: string[]): Promise<Map<string, number>> {
  if (edgeIds.length === 0) return new Map();
  const result = await tx.run(EDGES_WITH_STATEMENTS, { edgeIds });
  return new Map(result.records.map((record) => [record.get('edgeId') as string, Number(record.get('statements'))]));
}

async function commitInTransaction(
  graphContext: GraphContext,
  tx: Pick<ManagedTransaction, 'run'>,
  extraction: ExtractionResult,
  article: ArticleToCommit,
  corrections: ReviewCorrections,
): Promise<CommitSummary> {
  const text = extraction.text ?? article.text;
  const articleId = articleIdOf(text);
  // Commits of the same text, url or replaced article wait here for each other (see LOCK_COMMIT_KEYS).
  const lockKeys = commitLockKeys(articleId, article);
  await tx.run(LOCK_COMMIT_KEYS, { keys: lockKeys });
  const before = (await tx.run(BEFORE_COMMIT, {
    ids: idsToResolve(extraction, corrections), types: [...ENTITY_TYPES], articleId, url: article.url ?? null, replaces: article.replaces ?? null,
  })).records[0];
  const graph = new Map<string, GraphEntity>();
  for (const entity of (before?.get('entities') as GraphEntity[] | undefined) ?? []) if (entity.type) graph.set(entity.id, entity);
  const sameHash = (before?.get('commitHash') as string | null | undefined) ?? null;
  const previousIds = (before?.get('previousIds') as string[] | undefined) ?? [];
  if (article.replaces && article.replaces !== articleId && !before?.get('replacesExists')) {
    throw new ReviewError('ENTITY_NOT_FOUND', `Cannot replace "${article.replaces}": no article has that id.`);
  }
  const reviewed = reviewExtraction(extraction, corrections, graph, text);
  const plan = planCommit(reviewed, article, text, graph, corrections);
  const summary: CommitSummary = {
    articleId, status: 'UNCHANGED', addedEntities: [], addedEdges: [], retractedEdges: [], statements: [],
    learnedAliases: [], replaced: [], extraction: { ...reviewed, warnings: [...reviewed.warnings, ...plan.warnings] },
  };
  if (sameHash === plan.commitHash && previousIds.length === 0) {
    const stated = await tx.run(STATEMENTS_OF_ARTICLE, { articleId });
    summary.statements = (stated.records[0]?.get('statements') as string[] | undefined) ?? [];
    await tx.run(RELEASE_COMMIT_KEYS, { keys: lockKeys });
    return summary;
  }
  summary.status = sameHash === null && previousIds.length === 0 ? 'CREATED' : 'UPDATED';
  summary.replaced = previousIds;
  // Its publication, found before previous versions are deleted so that an edited version keeps their group.
  const publication = await findPublication(tx, articleId, text);

  // Retract what previous versions (and this article, if stored with other corrections) said.
  const retiredIds = sameHash === null ? previousIds : [articleId, ...previousIds];
  const touched = new Map<Predicate, Set<string>>();
  const firstSeen = new Map<string, unknown>();
  if (retiredIds.length > 0) {
    const retracted = await tx.run(RETRACT_STATEMENTS, { articleIds: retiredIds });
    for (const record of retracted.records) {
      const id = record.get('edgeId') as string;
      const predicate = record.get('predicate') as Predicate;
      if (!PREDICATE_NAMES.includes(predicate)) continue;
      touched.set(predicate, (touched.get(predicate) ?? new Set<string>()).add(id));
      firstSeen.set(id, record.get('firstSeen'));
    }
    await tx.run(RETRACT_MENTIONS, { articleIds: retiredIds });
    await tx.run(RETRACT_LEARNED_ALIASES, { articleIds: retiredIds });
    if (previousIds.length > 0) await tx.run(DELETE_ARTICLES, { articleIds: previousIds });
  }
  const previouslySupported = new Set([...touched.values()].flatMap((set) => [...set]));

  const statements: Record<string, StatementRow[]> = {};
  for (const [predicate, rows] of plan.statements) {
    for (const row of rows) {
      row.firstSeen = firstSeen.get(row.edgeId) ?? null;
      touched.set(predicate, (touched.get(predicate) ?? new Set<string>()).add(row.edgeId));
    }
    statements[predicate] = rows;
    summary.statements.push(...rows.map((row) => String(row.statement['id'])));
  }
  const newEdgeIds = [...new Set([...plan.statements.values()].flat().map((row) => row.edgeId))];
  const written = (await tx.run(COMMIT_ARTICLE, {
    articleId,
    article: { ...plan.article, publication: publication.publication, duplicateOf: publication.duplicateOf, minHash: publication.minHash },
    entities: Object.fromEntries(ENTITY_TYPES.map((type) => [type, plan.newEntities.get(type) ?? []])),
    aliases: plan.aliases,
    mentions: plan.mentions,
    statements,
    touched: Object.fromEntries([...touched].map(([predicate, set]) => [predicate, [...set]])),
    newEdgeIds,
  })).records[0];
  // The rank keys of the edges whose sources changed (a statement of its own: see rank-edges.ts).
  await rankEdges(tx, new Map([...touched].map(([predicate, ids]) => [predicate, [...ids]])));
  await rankMentions(tx, articleId);
  await indexArticleBands(tx, articleId, publication.bands);
  summary.addedEntities = ((written?.get('addedEntities') as string[] | undefined) ?? []).sort();
  summary.addedEdges = ((written?.get('addedEdges') as string[] | undefined) ?? []).filter((id) => !previouslySupported.has(id)).sort();
  summary.retractedEdges = ((written?.get('retractedEdges') as string[] | undefined) ?? []).sort();
  summary.learnedAliases = plan.aliases.map((a) => `${a.alias}|${a.entityId}`);
  if (retiredIds.length > 0) await tx.run(SETTLE_CREATED_ENTITIES, { retiredIds, articleId });
  await tx.run(RELEASE_COMMIT_KEYS, { keys: lockKeys });
  await recordAudit(tx, graphContext, {
    operation: 'commitArticle',
    target: articleId,
    outcome: summary.status,
    changes: {
      addedEntities: summary.addedEntities,
      addedEdges: summary.addedEdges,
      retractedEdges: summary.retractedEdges,
      statements: summary.statements.length,
      learnedAliases: summary.learnedAliases,
      replaced: summary.replaced,
      corrections: Object.fromEntries(Object.entries(corrections).map(([kind, list]) => [kind, (list as unknown[] | undefined)?.length ?? 0]).filter(([, n]) => n !== 0)),
    },
  });
  return summary;
}

/** What a commit locks: the article's id, its url and the article it replaces, sorted so that two commits lock in the same order. */
function commitLockKeys(articleId: string, article: ArticleToCommit): string[] {
  const keys = new Set([`article:${articleId}`]);
  if (article.url) keys.add(`url:${article.url}`);
  if (article.replaces) keys.add(`article:${article.replaces}`);
  return [...keys].sort();
}

/**
 * Commits one article's extraction (with a reviewer's corrections) in one write transaction.
 * Throws a `ReviewError` (nothing written) when a correction names an unknown id or breaks the
 * vocabulary.
 */
export function commitArticle(
  graph: GraphContext,
  extraction: ExtractionResult,
  article: ArticleToCommit,
  corrections: ReviewCorrections = {},
): Promise<CommitSummary> {
  return inTransaction(graph, 'WRITE', 'commit-article', (tx) => commitInTransaction(graph, tx, extraction, article, corrections));
}

/** Removes an article with its statements, mentions, learned aliases and the entities only it created. */
export function retractArticle(graph: GraphContext, articleId: string): Promise<string[]> {
  return inTransaction(graph, 'WRITE', 'retract-article', async (tx) => {
    const touched = new Map<Predicate, string[]>();
    const retracted = await tx.run(RETRACT_STATEMENTS, { articleIds: [articleId] });
    for (const record of retracted.records) {
      const predicate = record.get('predicate') as Predicate;
      if (PREDICATE_NAMES.includes(predicate)) touched.set(predicate, [...(touched.get(predicate) ?? []), record.get('edgeId') as string]);
    }
    const ids = [...touched.values()].flat();
    const remaining = await edgesWithStatements(tx, ids);
    await tx.run(RETRACT_LEARNED_ALIASES, { articleIds: [articleId] });
    await tx.run(DELETE_ARTICLES, { articleIds: [articleId] });
    await refreshEdges(tx, touched);
    await tx.run(SETTLE_CREATED_ENTITIES, { retiredIds: [articleId], articleId });
    return ids.filter((id) => (remaining.get(id) ?? 0) === 0);
  });
}

/** The article a plan warm-up pretends to commit: two new companies and one relationship, in the shapes of a real commit. */
const WARM_UP_TEXT = 'Warmup Alpha Corp supplies Warmup Beta Corp.';

function warmUpExtraction(): ExtractionResult {
  const mention = (name: string) => {
    const start = WARM_UP_TEXT.indexOf(name);
    return { text: name, start, end: start + name.length, rule: 'candidate' };
  };
  return {
    language: 'en',
    entities: [
      { id: 'warmup-alpha-corp', type: 'Company', name: 'Warmup Alpha Corp', isNew: true, mentions: [mention('Warmup Alpha Corp')] },
      { id: 'warmup-beta-corp', type: 'Company', name: 'Warmup Beta Corp', isNew: true, mentions: [mention('Warmup Beta Corp')] },
    ],
    relations: [{
      subject: 'warmup-alpha-corp', predicate: 'SUPPLIES', object: 'warmup-beta-corp', confidence: 0.8, rule: 'warm-up',
      evidence: { text: WARM_UP_TEXT, start: 0, end: WARM_UP_TEXT.length },
    }],
    warnings: [],
  };
}

/**
 * Has Neo4j plan every statement of a commit without committing anything: the commit's own code
 * runs (with parameters of the same types as a real commit) in a transaction that is rolled back.
 * Its first statement, the lock on the commit's keys, runs for real (a lock node under a warm-up
 * key, rolled back with the rest): Neo4j keys its plan cache on whether the transaction has
 * written yet, and a real commit plans its later statements after that lock. Every later statement
 * is only EXPLAINed: planned and its plan cached, nothing read or written. The large commit
 * statement takes many seconds to plan; after this, the first real commit finds its plan cached.
 * Returns the statements planned, in order.
 */
export function explainCommit(graph: GraphContext): Promise<string[]> {
  return inRolledBackTransaction(graph, 'warm-up-commit', async (tx) => {
    const planned: string[] = [];
    const explaining: Pick<ManagedTransaction, 'run'> = {
      run: ((cypher: string, params?: Record<string, unknown>) => {
        planned.push(cypher);
        return tx.run(cypher === LOCK_COMMIT_KEYS ? cypher : `EXPLAIN ${cypher}`, params);
      }) as ManagedTransaction['run'],
    };
    await commitInTransaction(graph, explaining, warmUpExtraction(), { text: WARM_UP_TEXT, title: 'Plan warm-up', url: 'https://warm-up.invalid/article', publishedAt: '2026-01-01', source: 'warm-up' }, {});
    return planned;
  }, { timeoutMs: WARM_UP_TIMEOUT_MS });
}

/** Planning the commit statement may take this long on a loaded machine, in ms. */
const WARM_UP_TIMEOUT_MS = 120_000;
