/**
 * What a commit will write, planned from the reviewed extraction without touching the database:
 * the article's properties and hashes, new entities with their type, aliases learned from the
 * text, mentions, and one statement per relationship and evidence sentence. Pure, so it is
 * tested without Neo4j; `commit-article.ts` runs the plan.
 *
 * An article's id is `article-` + the first 16 hex digits of the SHA-256 of its normalized text
 * (`contentHash` is the full digest); `commitHash` is the digest of the text, its metadata and the
 * reviewer's corrections, which decides whether committing again changes anything.
 */
import { createHash } from 'node:crypto';
import { edgeId, orientEdge } from '../../../schema/edge-id.ts';
import { fold } from '../../../schema/fold-text.ts';
import type { EntityType, Predicate } from '../../../schema/vocabulary.ts';
import type { ExtractedEntity, ExtractionResult, ExtractionWarning } from '../../../seed/ingest/extraction-contract.ts';
import { REVIEWER_LINK_RULE, type GraphEntity, type ReviewCorrections } from '../../../seed/ingest/review-extraction.ts';

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

export interface MentionRow {
  entityId: string;
  starts: number[];
  ends: number[];
  texts: string[];
}

export interface StatementRow {
  subjectId: string;
  objectId: string;
  edgeId: string;
  firstSeen: unknown;
  statement: Record<string, string | number | null>;
}

export interface CommitPlan {
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

export function planCommit(
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

  // Entities the relationships may end at: those the text mentions, and existing ones a
  // reviewer named as an end without the text mentioning them.
  const committed = new Set<string>();
  for (const entity of extraction.entities) {
    const spans = entity.mentions.filter(validSpan);
    if (spans.length < entity.mentions.length) {
      warnings.push({ code: 'MENTION_DROPPED', message: `${entity.mentions.length - spans.length} mention(s) of "${entity.id}" do not match the text at their offsets.` });
    }
    const known = graph.get(entity.id);
    if (spans.length === 0) {
      if (known) committed.add(entity.id);
      continue;
    }
    committed.add(entity.id);
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
    addRelations: [...(corrections.addRelations ?? [])].map((c) => `${c.subject}|${c.predicate}|${c.object}@${c.evidence.start}-${c.evidence.end}`).sort(),
    changeEnds: [...(corrections.changeEnds ?? [])].map((c) => `${c.edge}>${c.subject ?? ''}|${c.object ?? ''}`).sort(),
    addEntities: [...(corrections.addEntities ?? [])].map((c) => `${c.start}-${c.end}>${c.entityId ?? `${c.type ?? ''}:${c.name ?? ''}`}`).sort(),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
