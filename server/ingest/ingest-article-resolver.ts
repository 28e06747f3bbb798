/**
 * `Mutation.ingestArticle`: the GraphQL face of `ingest-article.ts`, the pipeline the CLI runs.
 * A commit needs the write token, checked before anything runs (server/http/access-control.ts);
 * a dry run writes nothing, so it needs only read access, and is rate-limited per client
 * instead (`RATE_LIMITED`). Articles are read and extracted in the worker pool (`BUSY`,
 * `EXTRACTION_TIMEOUT`). Expected failures become catalogue errors; the graph is unchanged on
 * any error since a commit is one transaction.
 */
import type { IngestResult, MutationIngestArticleArgs } from '../../schema/generated/graphql.ts';
import { edgeId } from '../../schema/edge-id.ts';
import { ExtractionPoolError } from './extraction-pool.ts';
import { ingestArticle, type ArticleSource } from './ingest-article.ts';
import { ReviewError, type ReviewCorrections } from '../../seed/ingest/review-extraction.ts';
import { articleUrlOrUndefined } from '../../seed/ingest/article-url.ts';
import { isIngestError } from '../../seed/ingest/ingest-errors.ts';
import type { ArticleFormat } from '../../seed/ingest/read-article.ts';
import { appError } from '../errors.ts';
import type { GraphQLContext } from '../graphql/context.ts';

const FORMATS: Record<string, ArticleFormat> = { TEXT: 'text', MARKDOWN: 'markdown', HTML: 'html' };

/** Largest base64 string accepted before decoding: 1 MiB of bytes, with room to spare. */
const MAX_BASE64_CHARS = Math.ceil((1024 * 1024 * 4) / 3) + 1024;

function sourceOf(input: MutationIngestArticleArgs['input']): ArticleSource {
  let bytes: Uint8Array | undefined;
  if (input.base64 != null) {
    if (input.base64.length > MAX_BASE64_CHARS) throw appError('ARTICLE_TOO_LARGE', 'The file exceeds the size limit of 1 MB.');
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(input.base64)) throw appError('BAD_USER_INPUT', 'base64 is not valid base64.');
    bytes = new Uint8Array(Buffer.from(input.base64, 'base64'));
  }
  // The url is fetched, or stored as the article's link: only an absolute http(s) URL is either.
  if (input.url != null && articleUrlOrUndefined(input.url) === undefined) {
    throw appError('URL_REFUSED', 'The article URL must be an absolute http or https URL without credentials.');
  }
  return {
    text: input.text ?? undefined,
    bytes,
    fileName: input.fileName ?? undefined,
    url: input.url ?? undefined,
    title: input.title ?? undefined,
    publishedAt: input.publishedAt ?? undefined,
    language: input.language ?? undefined,
    format: input.format ? FORMATS[input.format] : undefined,
    replaces: input.replaces ?? undefined,
  };
}

function correctionsOf(input: MutationIngestArticleArgs['input']): ReviewCorrections {
  const c = input.corrections;
  if (!c) return {};
  return {
    dropRelations: c.dropRelations ?? [],
    changePredicates: (c.changePredicates ?? []).map((change) => ({ edge: change.edge, predicate: change.predicate })),
    changeTypes: (c.changeTypes ?? []).map((change) => ({ entityId: change.entityId, type: change.type })),
    links: (c.links ?? []).map((link) => ({ candidateId: link.candidateId, entityId: link.entityId })),
    addRelations: (c.addRelations ?? []).map((add) => ({ subject: add.subject, predicate: add.predicate, object: add.object, evidence: { start: add.evidence.start, end: add.evidence.end } })),
    changeEnds: (c.changeEnds ?? []).map((change) => ({ edge: change.edge, subject: change.subject ?? undefined, object: change.object ?? undefined })),
    addEntities: (c.addEntities ?? []).map((mark) => ({ start: mark.start, end: mark.end, type: mark.type ?? undefined, name: mark.name ?? undefined, entityId: mark.entityId ?? undefined })),
  };
}

export async function ingestArticleResolver(_: unknown, args: MutationIngestArticleArgs, ctx: GraphQLContext): Promise<IngestResult> {
  const dryRun = args.dryRun ?? true;
  if (dryRun && ctx.dryRunLimiter) {
    const decision = ctx.dryRunLimiter.take(ctx.clientAddress);
    if (!decision.allowed) {
      throw appError('RATE_LIMITED', `Too many analyses from this address; retry in ${decision.retryAfterSeconds} s.`, {
        retryAfter: decision.retryAfterSeconds,
        http: { status: 429, headers: { 'retry-after': String(decision.retryAfterSeconds) } },
      });
    }
  }
  try {
    const outcome = await ingestArticle(ctx, sourceOf(args.input), {
      dryRun,
      corrections: correctionsOf(args.input),
      fingerprint: args.input.fingerprint ?? undefined,
      allowPrivateUrls: ctx.config.allowPrivateUrls,
      urlTimeoutMs: ctx.config.urlTimeoutMs,
      extract: (input, given, gazetteer) => ctx.extractionPool.extract({ input, ...given, gazetteer }, ctx.signal),
    });
    if (!dryRun) ctx.logger.info({ articleId: outcome.articleId, status: outcome.status, statements: outcome.statements.length }, 'article ingested');
    const { extraction } = outcome;
    return {
      status: outcome.status,
      articleId: outcome.articleId,
      title: outcome.title,
      url: outcome.url,
      publishedAt: outcome.publishedAt,
      language: extraction.language,
      text: outcome.text,
      // A getter: the gazetteer is hashed only when the operation asks for the field.
      get fingerprint() { return outcome.fingerprint(); },
      entities: extraction.entities.map((entity) => ({
        id: entity.id, type: entity.type, name: entity.name, isNew: entity.isNew,
        mentions: entity.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, rule: m.rule })),
        policyKind: entity.policy?.kind ?? null,
      })),
      relations: extraction.relations.map((r) => ({
        edgeId: edgeId(r.subject, r.predicate, r.object), subject: r.subject, predicate: r.predicate, object: r.object,
        confidence: r.confidence, rule: r.rule, evidence: r.evidence, date: r.date ?? null, amount: r.amount ?? null,
      })),
      warnings: extraction.warnings,
      addedEntities: outcome.addedEntities,
      addedEdges: outcome.addedEdges,
      retractedEdges: outcome.retractedEdges,
      statements: outcome.statements,
      learnedAliases: outcome.learnedAliases,
      replaced: outcome.replaced,
    } as IngestResult;
  } catch (error) {
    if (isIngestError(error)) throw appError(error.code, error.message);
    if (error instanceof ReviewError) throw appError(error.code, error.message);
    if (error instanceof ExtractionPoolError) throw appError(error.code, error.message);
    throw error;
  }
}

export const ingestResolvers = {
  Mutation: { ingestArticle: ingestArticleResolver },
};
