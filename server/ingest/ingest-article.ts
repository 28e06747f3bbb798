/**
 * One article from source to graph, as the CLI, the GraphQL mutation, the seed loader and the
 * tests all run it: intake (pasted text, file bytes or URL) -> `readArticle` -> `extractArticle`
 * with a gazetteer (the graph's, cached, unless one is given) -> the reviewer's corrections ->
 * `commitArticle`, or only a preview when `dryRun`. Knows no HTTP server: errors are
 * `IngestError` (bad article) or `ReviewError` (bad request or correction), each with a code.
 */
import type { Gazetteer } from '../../seed/ingest/build-gazetteer.ts';
import { extractArticle } from '../../seed/ingest/extract-article.ts';
import type { ExtractionResult } from '../../seed/ingest/extraction-contract.ts';
import { fetchArticle } from '../../seed/ingest/fetch-article.ts';
import { IngestError } from '../../seed/ingest/ingest-errors.ts';
import { readArticle, type ArticleFormat, type ArticleInput, type ArticleText } from '../../seed/ingest/read-article.ts';
import type { GraphContext } from '../graph/access.ts';
import { articleIdOf, commitArticle, previewCommit, type CommitStatus, type CommitSummary } from '../graph/writes/commit-article.ts';
import { graphGazetteer, invalidateGazetteer } from '../graph/reads/read-gazetteer.ts';
import { reviewedPublicationDate, ReviewError, type ReviewCorrections } from '../../seed/ingest/review-extraction.ts';
import { previewFingerprint } from './preview-fingerprint.ts';
import { applyGiven, type ArticleGiven } from './apply-given.ts';

export interface ArticleSource {
  /** Pasted text. */
  text?: string | undefined;
  /** A file's bytes (upload or disk); checked for UTF-8. */
  bytes?: Uint8Array | undefined;
  /** File name, for its extension. */
  fileName?: string | undefined;
  /** Fetched when neither text nor bytes is given; otherwise only recorded as the article's url. */
  url?: string | undefined;
  title?: string | undefined;
  /** ISO date set by the reviewer; checked (`reviewedPublicationDate`). Default: the article's own. */
  publishedAt?: string | undefined;
  language?: string | undefined;
  source?: string | undefined;
  format?: ArticleFormat | undefined;
  /** Id of the article this is an edited version of. */
  replaces?: string | undefined;
}

export interface IngestOptions {
  /** Preview only: extract and apply corrections, write nothing. Default true. */
  dryRun?: boolean;
  corrections?: ReviewCorrections;
  /** Gazetteer to link against; default the graph's (cached per process, refreshed after commits). */
  gazetteer?: Gazetteer;
  /**
   * The fingerprint of the preview the corrections were chosen on (`previewFingerprint`): a commit
   * whose own extraction has another one is refused with PREVIEW_OUTDATED. Default: not checked.
   */
  fingerprint?: string | undefined;
  /** Let URLs point at private or loopback addresses. Default false. */
  allowPrivateUrls?: boolean;
  /** Time allowed to download a URL, in ms. Default 10 000. */
  urlTimeoutMs?: number;
  /**
   * Reads and extracts the article's bytes. Default: in this thread. The server passes its worker
   * pool (`extraction-pool.ts`) so that no article holds up its event loop.
   */
  extract?: ExtractArticle;
}

/** Intake's bytes in, the article text and its extraction out. */
export type ExtractArticle = (input: ArticleInput, given: ArticleGiven, gazetteer: Gazetteer) => Promise<{ article: ArticleText; extraction: ExtractionResult }>;


/** The default `extract`: reads and extracts in the calling thread. */
export const extractInThread: ExtractArticle = (input, given, gazetteer) => {
  const article = applyGiven(readArticle(input), given);
  return Promise.resolve({ article, extraction: extractArticle(article, gazetteer) });
};

export interface IngestOutcome extends Omit<CommitSummary, 'status'> {
  status: CommitStatus | 'DRY_RUN';
  title: string;
  url: string | null;
  publishedAt: string | null;
  /** The text every offset refers to. */
  text: string;
  /** What decided this reading of the article (`previewFingerprint`), to pass back with a commit; computed when first asked. */
  fingerprint(): string;
}

const FORMAT_TYPES: Record<ArticleFormat, string> = { text: 'text/plain', markdown: 'text/markdown', html: 'text/html' };

/** Markup that says a pasted text is HTML even without a doctype. */
const LOOKS_LIKE_HTML = /<(?:script|style|iframe|body|head)\b|<\/(?:p|div|span|a|body|html)>/i;

/** True when a JS string holds a lone surrogate, i.e. it did not come from valid UTF-8. */
function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** First line of the body, as a title of last resort. */
function titleOf(article: ArticleText): string {
  const body = article.text.slice(article.bodyStart, article.bodyEnd);
  const line = body.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).find((l) => l.length > 0) ?? 'Untitled article';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/** Intake: the source's bytes (pasted, uploaded or fetched), ready to be read, with the URL they came from. */
export async function loadArticleSource(source: ArticleSource, options: Pick<IngestOptions, 'allowPrivateUrls' | 'urlTimeoutMs'> = {}): Promise<{ input: ArticleInput; url: string | undefined }> {
  const given = [source.text !== undefined, source.bytes !== undefined].filter(Boolean).length;
  if (given > 1) throw new ReviewError('BAD_USER_INPUT', 'Give the article as text or as a file, not both.');
  let bytes: Uint8Array;
  let name = source.fileName;
  let contentType = source.format ? FORMAT_TYPES[source.format] : undefined;
  let url = source.url;
  if (source.text !== undefined) {
    if (hasLoneSurrogate(source.text)) throw new IngestError('ARTICLE_NOT_TEXT', 'The text is not valid Unicode (it holds a lone surrogate): it did not come from valid UTF-8.');
    bytes = new TextEncoder().encode(source.text);
    if (!contentType && LOOKS_LIKE_HTML.test(source.text.slice(0, 65_536))) contentType = FORMAT_TYPES.html;
  } else if (source.bytes !== undefined) {
    bytes = source.bytes;
  } else if (source.url !== undefined) {
    const fetched = await fetchArticle(source.url, {
      allowPrivate: options.allowPrivateUrls ?? false,
      ...(options.urlTimeoutMs !== undefined ? { timeoutMs: options.urlTimeoutMs } : {}),
    });
    bytes = fetched.bytes;
    name = fetched.url;
    contentType ??= fetched.contentType;
    url = fetched.url;
  } else {
    throw new ReviewError('BAD_USER_INPUT', 'Give the article as text, as a file or as a URL.');
  }
  return { input: { bytes, ...(name !== undefined ? { name } : {}), ...(contentType !== undefined ? { contentType } : {}) }, url };
}

export async function ingestArticle(graph: GraphContext, source: ArticleSource, options: IngestOptions = {}): Promise<IngestOutcome> {
  const loaded = await loadArticleSource(source, options);
  const gazetteer = options.gazetteer ?? await graphGazetteer(graph);
  const reviewedDate = source.publishedAt !== undefined ? reviewedPublicationDate(source.publishedAt) : undefined;
  const { article, extraction } = await (options.extract ?? extractInThread)(loaded.input, { declaredLanguage: source.language, publishedAt: reviewedDate }, gazetteer);
  const url = loaded.url ?? article.url;
  const text = extraction.text ?? article.text;
  const title = source.title?.trim() || article.title || titleOf(article);
  const publishedAt = reviewedDate ?? article.date;
  const corrections = options.corrections ?? {};
  // Hashing a large gazetteer takes a moment: only for previews, checks and readers who ask.
  let computed: string | undefined;
  const fingerprint = (): string => (computed ??= previewFingerprint(gazetteer, text));
  const described = { title, url: url ?? null, publishedAt: publishedAt ?? null, text, fingerprint };
  if (options.dryRun ?? true) {
    const reviewed = await previewCommit(graph, extraction, text, corrections);
    return {
      ...described, status: 'DRY_RUN', articleId: articleIdOf(text), extraction: reviewed,
      addedEntities: [], addedEdges: [], retractedEdges: [], statements: [], learnedAliases: [], replaced: [],
    };
  }
  if (options.fingerprint !== undefined && options.fingerprint !== fingerprint()) {
    throw new ReviewError('PREVIEW_OUTDATED', 'The graph changed since the preview: analyse again. The names and relationships the corrections refer to may now be read differently; nothing was written.');
  }
  const summary = await commitArticle(graph, extraction, {
    text, title, url, publishedAt, language: source.language ?? article.declaredLanguage, source: source.source, replaces: source.replaces,
  }, corrections);
  if (summary.status !== 'UNCHANGED') invalidateGazetteer(graph);
  return { ...described, ...summary };
}
