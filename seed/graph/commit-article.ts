/**
 * Commit: one article's extraction written to Neo4j in ONE write transaction.
 *
 * Storage (see schema/type-defs.ts):
 * - `(:Article {id, title, url, language, publishedAt, source, text, contentHash, commitHash, ingestedAt, updatedAt})`
 *   whose id is `article-` + the first 16 hex digits of the SHA-256 of the normalized text
 *   (`contentHash` is the full digest) and `commitHash` the digest of the text, its metadata and
 *   the reviewer's corrections (`commitHashOf`);
 * - `(:Article)-[:MENTIONS {starts, ends, texts}]->(:Entity)`, UTF-16 offsets into `Article.text`;
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
 */
import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { edgeId, orientEdge } from '../../schema/edge-id.ts';
import { ENTITY_TYPES, PREDICATE_NAMES, type EntityType, type Predicate } from '../../schema/vocabulary.ts';
import type { ExtractedEntity, ExtractionResult, ExtractionWarning } from '../ingest/extraction-contract.ts';
import { fold } from '../ingest/tokenize.ts';
import { refreshEdges, refreshEdgesSubquery } from './refresh-edges.ts';
import { idsToResolve, REVIEWER_LINK_RULE, reviewExtraction, ReviewError, type GraphEntity, type ReviewCorrections } from './review-extraction.ts';

export interface ArticleToCommit {
  /** The text the extraction's offsets refer to (`extraction.text` wins when present). */
  text: string;
  title: string;
  url?: string | undefined;
  /** ISO date. */
  publishedAt?: string | undefined;
  /** Declared language, used when the extraction found neither English nor French. */
  language?: string | undefined;
  /** Publisher or origin, free text. */
  source?: string | undefined;
  /** Id of an article this one is an edited version of (else matched by url). */
  replaces?: string | undefined;
}

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

/** Text as hashed: NFC, LF line ends, no trailing blanks. */
export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
}

export function contentHashOf(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex');
}

export function articleIdOf(text: string): string {
  return `article-${contentHashOf(text).slice(0, 16)}`;
}

const ENTITY_KINDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id,
       [label IN labels(n) WHERE label IN $types][0] AS type,
       coalesce(n.name, n.id) AS name,
       coalesce(n.aliases, []) AS aliases
`;

/** What the graph knows of the article's entities, and the stored versions of the article. */
const BEFORE_COMMIT = `
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect({
    id: n.id,
    type: [label IN labels(n) WHERE label IN $types][0],
    name: coalesce(n.name, n.id),
    aliases: coalesce(n.aliases, [])
  }) AS entities
}
CALL () {
  OPTIONAL MATCH (same:Article {id: $articleId})
  RETURN same.commitHash AS commitHash
}
CALL () {
  OPTIONAL MATCH (named:Article {id: $replaces})
  RETURN named IS NOT NULL AS replacesExists
}
CALL () {
  CALL () {
    MATCH (previous:Article {url: $url}) RETURN previous.id AS previousId
    UNION
    MATCH (previous:Article {id: $replaces}) RETURN previous.id AS previousId
  }
  WITH previousId WHERE previousId <> $articleId
  RETURN collect(previousId) AS previousIds
}
RETURN entities AS entities, commitHash AS commitHash, replacesExists AS replacesExists, previousIds AS previousIds
`;

const STATEMENTS_OF_ARTICLE = `
OPTIONAL MATCH (:Article {id: $articleId})-[:STATES]->(statement:Statement)
WITH statement ORDER BY statement.id
RETURN collect(statement.id) AS statements
`;

const EDGES_WITH_STATEMENTS = `
UNWIND $edgeIds AS edgeId
RETURN edgeId AS edgeId, COUNT { (:Statement {edgeId: edgeId}) } AS statements
`;

/** Deletes the statements, mentions and learned aliases of articles; returns the statements removed. */
const RETRACT_STATEMENTS = `
MATCH (article:Article)-[:STATES]->(statement:Statement)
WHERE article.id IN $articleIds
WITH statement, statement.edgeId AS edgeId, statement.predicate AS predicate, statement.firstSeen AS firstSeen
DETACH DELETE statement
RETURN edgeId AS edgeId, predicate AS predicate, min(firstSeen) AS firstSeen
`;

const RETRACT_MENTIONS = `
MATCH (article:Article)-[mention:MENTIONS]->(:Entity)
WHERE article.id IN $articleIds
DELETE mention
`;

const RETRACT_LEARNED_ALIASES = `
UNWIND $articleIds AS articleId
MATCH (n:Entity)
WHERE any(learned IN coalesce(n.learnedAliases, []) WHERE learned ENDS WITH '|' + articleId)
WITH DISTINCT n
WITH n, [learned IN n.learnedAliases WHERE NOT any(id IN $articleIds WHERE learned ENDS WITH '|' + id)] AS kept
WITH n, kept,
     [learned IN n.learnedAliases WHERE NOT learned IN kept | left(learned, size(learned) - size(last(split(learned, '|'))) - 1)] AS dropped
WITH n, kept, [alias IN dropped WHERE
       NOT any(learned IN kept WHERE learned STARTS WITH alias + '|')
       AND NOT alias IN coalesce(n.aliasesEn, []) + coalesce(n.aliasesFr, [])] AS forgotten
SET n.learnedAliases = kept,
    n.aliases = [alias IN coalesce(n.aliases, []) WHERE NOT alias IN forgotten]
`;

const DELETE_ARTICLES = `
MATCH (article:Article)
WHERE article.id IN $articleIds
DETACH DELETE article
`;

/**
 * Everything one commit writes, as one statement: the article, new entities (one block per type),
 * learned aliases, mentions, statements with their edges (one block per predicate), then the
 * summaries of every edge touched, deleting those left without statements. Labels and types
 * come from the vocabulary; values only from parameters.
 */
function commitCypher(types: readonly EntityType[], predicates: readonly Predicate[], touched: readonly Predicate[]): string {
  const entityBlocks = types.map((type, i) => `
CALL () {
  UNWIND $entities.${type} AS entity
  MERGE (n:Entity {id: entity.id})
    ON CREATE SET n:${type}, n += entity.properties, n.createdBy = $articleId, n.createdAt = datetime()
  WITH n WHERE n.createdBy = $articleId
  RETURN collect(n.id) AS created${i}
}`);
  const statementBlocks = predicates.map((predicate) => `
CALL (article) {
  UNWIND $statements.${predicate} AS rel
  MATCH (subject:Entity {id: rel.subjectId}), (object:Entity {id: rel.objectId})
  MERGE (subject)-[edge:${predicate} {id: rel.edgeId}]->(object)
    ON CREATE SET edge.confidence = rel.statement.confidence, edge.sources = 0
  MERGE (statement:Statement {id: rel.statement.id})
  SET statement += rel.statement, statement.firstSeen = coalesce(rel.firstSeen, statement.firstSeen, datetime())
  MERGE (article)-[:STATES]->(statement)
}`);
  const refreshBlocks = touched.map((predicate, i) => refreshEdgesSubquery(predicate, `$touched.${predicate}`, `deleted${i}`));
  const created = types.map((_, i) => `created${i}`).join(' + ') || '[]';
  const deleted = touched.map((_, i) => `deleted${i}`).join(' + ') || '[]';
  return `
CALL () {
  UNWIND $newEdgeIds AS edgeId
  WITH edgeId WHERE NOT EXISTS { (:Statement {edgeId: edgeId}) }
  RETURN collect(edgeId) AS addedEdges
}
MERGE (article:Article {id: $article.id})
  ON CREATE SET article.ingestedAt = datetime()
SET article += $article, article.updatedAt = datetime()
WITH article, addedEdges
${entityBlocks.join('\n')}
CALL () {
  UNWIND $aliases AS learned
  MATCH (n:Entity {id: learned.entityId})
  SET n.aliases = CASE WHEN learned.alias IN coalesce(n.aliases, []) THEN n.aliases ELSE coalesce(n.aliases, []) + learned.alias END,
      n.learnedAliases = [source IN coalesce(n.learnedAliases, []) WHERE source <> learned.source] + learned.source
}
CALL (article) {
  UNWIND $mentions AS mention
  MATCH (n:Entity {id: mention.entityId})
  MERGE (article)-[m:MENTIONS]->(n)
  SET m.starts = mention.starts, m.ends = mention.ends, m.texts = mention.texts
}
${statementBlocks.join('\n')}
${refreshBlocks.join('\n')}
RETURN ${created} AS addedEntities, addedEdges AS addedEdges, ${deleted} AS retractedEdges
`;
}

/**
 * The commit query, written once for every type and predicate of the vocabulary so that Neo4j
 * plans it once and reuses the plan: a type or predicate absent from an article gets an empty
 * list (UNWIND of an empty list or null yields no row), not a different query.
 */
const COMMIT_ARTICLE = commitCypher(ENTITY_TYPES, PREDICATE_NAMES, PREDICATE_NAMES);

/** Entities created by retired versions: handed to the new version, or deleted when unused. */
const SETTLE_CREATED_ENTITIES = `
MATCH (n:Entity)
WHERE n.createdBy IN $retiredIds
OPTIONAL MATCH (:Article {id: $articleId})-[mentioned:MENTIONS]->(n)
WITH n, mentioned
FOREACH (_ IN CASE WHEN mentioned IS NOT NULL THEN [1] ELSE [] END | SET n.createdBy = $articleId)
WITH n, mentioned WHERE mentioned IS NULL AND NOT (n)--()
WITH n, n.id AS id
DETACH DELETE n
RETURN collect(id) AS deleted
`;

interface MentionRow {
  entityId: string;
  starts: number[];
  ends: number[];
  texts: string[];
}

interface StatementRow {
  subjectId: string;
  objectId: string;
  edgeId: string;
  firstSeen: unknown;
  statement: Record<string, string | number | null>;
}

interface CommitPlan {
  article: Record<string, string | null>;
  newEntities: Map<EntityType, { id: string; properties: Record<string, unknown> }[]>;
  aliases: { entityId: string; alias: string; source: string }[];
  mentions: MentionRow[];
  statements: Map<Predicate, StatementRow[]>;
  commitHash: string;
  warnings: ExtractionWarning[];
}

/** Names never learned as aliases: the pipeline's guesses, not names a writer used. */
const LEARNABLE_RULES = new Set(['alias', REVIEWER_LINK_RULE]);

function propertiesOfNewEntity(entity: ExtractedEntity, articleId: string): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    name: entity.name,
    aliases: [],
    aliasesEn: [],
    aliasesFr: [],
    description: `Found in article ${articleId}.`,
  };
  if (entity.type === 'Government') properties['kind'] = 'AGENCY';
  if (entity.type === 'Policy') {
    properties['kind'] = entity.policy?.kind ?? 'GUIDANCE';
    properties['status'] = 'ANNOUNCED';
  }
  if (entity.type === 'Person') properties['roles'] = [];
  return properties;
}

function planCommit(
  extraction: ExtractionResult,
  article: ArticleToCommit,
  text: string,
  graph: ReadonlyMap<string, GraphEntity>,
  corrections: ReviewCorrections,
): CommitPlan {
  const articleId = articleIdOf(text);
  const warnings: ExtractionWarning[] = [];
  const newEntities = new Map<EntityType, { id: string; properties: Record<string, unknown> }[]>();
  const aliases: CommitPlan['aliases'] = [];
  const mentions: MentionRow[] = [];
  const validSpan = (span: { text: string; start: number; end: number }): boolean =>
    Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && text.slice(span.start, span.end) === span.text;

  const committed = new Set<string>();
  for (const entity of extraction.entities) {
    const spans = entity.mentions.filter(validSpan);
    if (spans.length < entity.mentions.length) {
      warnings.push({ code: 'MENTION_DROPPED', message: `${entity.mentions.length - spans.length} mention(s) of "${entity.id}" do not match the text at their offsets.` });
    }
    if (spans.length === 0) continue;
    committed.add(entity.id);
    const known = graph.get(entity.id);
    if (!known) {
      const list = newEntities.get(entity.type) ?? [];
      list.push({ id: entity.id, properties: propertiesOfNewEntity(entity, articleId) });
      newEntities.set(entity.type, list);
    }
    mentions.push({ entityId: entity.id, starts: spans.map((m) => m.start), ends: spans.map((m) => m.end), texts: spans.map((m) => m.text) });
    // Aliases: names written in the article that the entity does not have yet.
    const names = new Set([known?.name ?? entity.name, ...(known?.aliases ?? [])].map(fold));
    for (const mention of spans) {
      const learnable = known ? LEARNABLE_RULES.has(mention.rule) && (mention.rule === REVIEWER_LINK_RULE || entity.type !== 'Policy') : entity.type !== 'Policy';
      const alias = mention.text.replace(/\s+/g, ' ').trim();
      if (!learnable || alias.length < 2 || alias.length > 100 || names.has(fold(alias))) continue;
      names.add(fold(alias));
      aliases.push({ entityId: entity.id, alias, source: `${alias}|${articleId}` });
    }
  }

  const statements = new Map<Predicate, StatementRow[]>();
  const statementIds = new Set<string>();
  for (const relation of extraction.relations) {
    if (!committed.has(relation.subject) || !committed.has(relation.object)) continue;
    if (!validSpan(relation.evidence)) {
      warnings.push({ code: 'RELATION_DROPPED', message: `The evidence of ${relation.subject}|${relation.predicate}|${relation.object} does not match the text at its offsets.` });
      continue;
    }
    const id = edgeId(relation.subject, relation.predicate, relation.object);
    const oriented = orientEdge(relation.subject, relation.predicate, relation.object);
    const statementId = `${articleId}:${id}:${relation.evidence.start}-${relation.evidence.end}`;
    if (statementIds.has(statementId)) continue;
    statementIds.add(statementId);
    const list = statements.get(relation.predicate) ?? [];
    list.push({
      subjectId: oriented.subject,
      objectId: oriented.object,
      edgeId: id,
      firstSeen: null,
      statement: {
        id: statementId,
        edgeId: id,
        predicate: relation.predicate,
        subjectId: oriented.subject,
        objectId: oriented.object,
        articleId,
        sentence: relation.evidence.text,
        start: relation.evidence.start,
        end: relation.evidence.end,
        confidence: relation.confidence,
        rule: relation.rule,
        date: relation.date ?? null,
        validFrom: null,
        validTo: null,
        amount: relation.amount ?? null,
      },
    });
    statements.set(relation.predicate, list);
  }

  const language = extraction.language === 'other' ? (article.language?.trim() || 'und') : extraction.language;
  const articleProperties: Record<string, string | null> = {
    id: articleId,
    title: article.title,
    url: article.url ?? null,
    language,
    publishedAt: article.publishedAt ?? null,
    source: article.source ?? null,
    text,
    contentHash: contentHashOf(text),
  };
  const commitHash = commitHashOf(articleProperties, corrections);
  articleProperties['commitHash'] = commitHash;
  return { article: articleProperties, newEntities, aliases, mentions, statements, commitHash, warnings };
}

/**
 * What decides whether a commit would change anything: the text, its metadata and the reviewer's
 * corrections. The extraction is deliberately left out, so that re-ingesting the same text is
 * UNCHANGED even after the graph learned new names that would make the pipeline read it
 * differently; commit with `replaces` or other corrections to rewrite it.
 */
export function commitHashOf(article: Record<string, string | null>, corrections: ReviewCorrections): string {
  const canonical = {
    title: article['title'], url: article['url'], publishedAt: article['publishedAt'], source: article['source'],
    language: article['language'], contentHash: article['contentHash'],
    dropRelations: [...(corrections.dropRelations ?? [])].sort(),
    changePredicates: [...(corrections.changePredicates ?? [])].map((c) => `${c.edge}>${c.predicate}`).sort(),
    changeTypes: [...(corrections.changeTypes ?? [])].map((c) => `${c.entityId}>${c.type}`).sort(),
    links: [...(corrections.links ?? [])].map((c) => `${c.candidateId}>${c.entityId}`).sort(),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
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
export async function previewCommit(
  driver: Driver,
  database: string | undefined,
  extraction: ExtractionResult,
  corrections: ReviewCorrections = {},
): Promise<ExtractionResult> {
  const session = driver.session(database ? { database, defaultAccessMode: 'READ' } : { defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => reviewExtraction(extraction, corrections, await readGraphEntities(tx, idsToResolve(extraction, corrections))));
  } finally {
    await session.close();
  }
}

async function edgesWithStatements(tx: ManagedTransaction, edgeIds: string[]): Promise<Map<string, number>> {
  if (edgeIds.length === 0) return new Map();
  const result = await tx.run(EDGES_WITH_STATEMENTS, { edgeIds });
  return new Map(result.records.map((record) => [record.get('edgeId') as string, Number(record.get('statements'))]));
}

async function commitInTransaction(
  tx: ManagedTransaction,
  extraction: ExtractionResult,
  article: ArticleToCommit,
  corrections: ReviewCorrections,
): Promise<CommitSummary> {
  const text = extraction.text ?? article.text;
  const articleId = articleIdOf(text);
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
  const reviewed = reviewExtraction(extraction, corrections, graph);
  const plan = planCommit(reviewed, article, text, graph, corrections);
  const summary: CommitSummary = {
    articleId, status: 'UNCHANGED', addedEntities: [], addedEdges: [], retractedEdges: [], statements: [],
    learnedAliases: [], replaced: [], extraction: { ...reviewed, warnings: [...reviewed.warnings, ...plan.warnings] },
  };
  if (sameHash === plan.commitHash && previousIds.length === 0) {
    const stated = await tx.run(STATEMENTS_OF_ARTICLE, { articleId });
    summary.statements = (stated.records[0]?.get('statements') as string[] | undefined) ?? [];
    return summary;
  }
  summary.status = sameHash === null && previousIds.length === 0 ? 'CREATED' : 'UPDATED';
  summary.replaced = previousIds;

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
    article: plan.article,
    entities: Object.fromEntries(ENTITY_TYPES.map((type) => [type, plan.newEntities.get(type) ?? []])),
    aliases: plan.aliases,
    mentions: plan.mentions,
    statements,
    touched: Object.fromEntries([...touched].map(([predicate, set]) => [predicate, [...set]])),
    newEdgeIds,
  })).records[0];
  summary.addedEntities = ((written?.get('addedEntities') as string[] | undefined) ?? []).sort();
  summary.addedEdges = ((written?.get('addedEdges') as string[] | undefined) ?? []).filter((id) => !previouslySupported.has(id)).sort();
  summary.retractedEdges = ((written?.get('retractedEdges') as string[] | undefined) ?? []).sort();
  summary.learnedAliases = plan.aliases.map((a) => `${a.alias}|${a.entityId}`);
  if (retiredIds.length > 0) await tx.run(SETTLE_CREATED_ENTITIES, { retiredIds, articleId });
  return summary;
}

/**
 * Commits one article's extraction (with a reviewer's corrections) in one write transaction.
 * Throws a `ReviewError` (nothing written) when a correction names an unknown id or breaks the
 * vocabulary.
 */
export async function commitArticle(
  driver: Driver,
  database: string | undefined,
  extraction: ExtractionResult,
  article: ArticleToCommit,
  corrections: ReviewCorrections = {},
): Promise<CommitSummary> {
  const session = driver.session(database ? { database } : {});
  try {
    return await session.executeWrite((tx) => commitInTransaction(tx, extraction, article, corrections));
  } finally {
    await session.close();
  }
}

/** Removes an article with its statements, mentions, learned aliases and the entities only it created. */
export async function retractArticle(driver: Driver, database: string | undefined, articleId: string): Promise<string[]> {
  const session = driver.session(database ? { database } : {});
  try {
    return await session.executeWrite(async (tx) => {
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
  } finally {
    await session.close();
  }
}
