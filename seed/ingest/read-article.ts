/**
 * Intake: bytes of a .txt, .md or .html article in, its text and metadata out.
 *
 * Offsets used by every later stage point into `text`:
 * - .txt and .md: `text` is the whole file as decoded (UTF-8, byte-order mark kept) and put in
 *   NFC, so `fileText.slice(start, end)` equals a mention whenever the file is already NFC (the
 *   result says when it is not). Front matter and trailing boilerplate stay in `text` but fall
 *   outside `[bodyStart, bodyEnd)`, the region the extractor reads.
 * - .html: `text` is the main text Readability finds, one block per paragraph; the extraction
 *   result carries it, since the offsets cannot point into markup.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleUrlOrUndefined } from './article-url.ts';
import type { ExtractionWarning } from './extraction-contract.ts';
import { IngestError } from './ingest-errors.ts';
import { datelineDate } from './read-dateline.ts';

export type ArticleFormat = 'text' | 'markdown' | 'html';

export interface ArticleInput {
  bytes: Uint8Array;
  /** File name or URL; its extension picks the format when `contentType` does not. */
  name?: string;
  /** MIME type, e.g. from an HTTP response. */
  contentType?: string;
}

export interface ReadArticleOptions {
  /** Largest accepted article, in bytes. Default 1 MiB. */
  maxBytes?: number;
}

export interface ArticleText {
  format: ArticleFormat;
  /** The text all offsets refer to (NFC). */
  text: string;
  /** The region holding the article's body: after front matter, before trailing boilerplate. */
  bodyStart: number;
  bodyEnd: number;
  /** False when `text` differs from the file as decoded (HTML, or NFC changed something). */
  textIsFile: boolean;
  title?: string;
  date?: string;
  /** An absolute http(s) URL; any other URL the article declares is dropped with a warning. */
  url?: string;
  /** Language declared by front matter or `<html lang>`. */
  declaredLanguage?: string;
  /** What intake noticed and left out (e.g. a `javascript:` URL in front matter). */
  warnings?: ExtractionWarning[];
}

export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

/** Lines that start the comment form or credits at the end of a web page, in English or French. */
const BOILERPLATE_LINE = new RegExp(
  '^\\s*(?:' + [
    'laisser un commentaire', 'laissez un commentaire', 'source et images', 'sources? :?$',
    'votre adresse (?:e-?mail|de messagerie) ne sera pas publi', 'les champs obligatoires sont',
    'leave a (?:comment|reply)', 'your email address will not be published', 'required fields are marked',
    'share this(?: article)?:?$', 'partager (?:cet article|sur)', 'related articles?:?$', 'articles? similaires?',
    'lire aussi', 'read more:?$', 'abonnez-vous', 'subscribe to our newsletter',
  ].join('|') + ')',
  'iu',
);

export function readArticle(input: ArticleInput, options: ReadArticleOptions = {}): ArticleText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const { bytes } = input;
  if (bytes.length > maxBytes) {
    throw new IngestError('ARTICLE_TOO_LARGE', `The article is ${bytes.length} bytes; the limit is ${maxBytes} bytes.`, { bytes: bytes.length, maxBytes });
  }
  const decoded = decodeUtf8(bytes);
  const format = pickFormat(input);
  const text = decoded.normalize('NFC');
  let article: ArticleText;
  if (format === 'html') article = readHtml(text);
  else if (format === 'markdown') article = readMarkdown(text, text === decoded);
  else article = { format, text, bodyStart: 0, bodyEnd: text.length, textIsFile: text === decoded };
  article.bodyEnd = cutTrailingBoilerplate(article.text, article.bodyStart, article.bodyEnd);
  // No metadata gives a date: a dateline may ("Washington, 3 March 2026 — …").
  if (!article.date) {
    const date = datelineDate(article.text, article.bodyStart, article.bodyEnd);
    if (date) article.date = date;
  }
  if (article.text.slice(article.bodyStart, article.bodyEnd).trim().length === 0) {
    throw new IngestError('ARTICLE_EMPTY', 'The article has no text to read.');
  }
  return article;
}

function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new IngestError('ARTICLE_NOT_TEXT', 'The article holds NUL bytes: it looks like a binary file, not text.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IngestError('ARTICLE_NOT_TEXT', 'The article is not valid UTF-8. Save it as UTF-8 and try again.');
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > 0 && control / text.length > 0.01) {
    throw new IngestError('ARTICLE_NOT_TEXT', 'The article holds many control characters: it looks like a binary file, not text.');
  }
  return text;
}

function pickFormat(input: ArticleInput): ArticleFormat {
  const type = input.contentType?.toLowerCase() ?? '';
  if (type.includes('html')) return 'html';
  if (type.includes('markdown')) return 'markdown';
  const name = (input.name ?? '').toLowerCase().replace(/[?#].*$/, '');
  if (/\.(?:html?|xhtml)$/.test(name)) return 'html';
  if (/\.(?:md|markdown)$/.test(name)) return 'markdown';
  if (type.startsWith('text/plain') || /\.txt$/.test(name)) return 'text';
  // No hint: sniff the first characters.
  const head = new TextDecoder().decode(input.bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (head.startsWith('---\n') || head.startsWith('---\r\n')) return 'markdown';
  return 'text';
}

const FRONT_MATTER = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function readMarkdown(text: string, textIsFile: boolean): ArticleText {
  const match = FRONT_MATTER.exec(text);
  const article: ArticleText = { format: 'markdown', text, bodyStart: 0, bodyEnd: text.length, textIsFile };
  if (!match) return article;
  article.bodyStart = match[0].length;
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!field) continue;
    const key = (field[1] ?? '').toLowerCase();
    const value = (field[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value.length === 0) continue;
    if (key === 'title') article.title = value;
    else if (key === 'date') article.date = value;
    else if (key === 'url') keepUrl(article, value);
    else if (key === 'language' || key === 'lang') article.declaredLanguage = value;
  }
  return article;
}

const BLOCK_END = /<\/(?:p|div|h[1-6]|li|blockquote|section|article|header|footer|tr|figcaption|pre)>|<br\s*\/?>/gi;

function readHtml(html: string): ArticleText {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll('script, style, noscript, template, iframe, form')) element.remove();
  const meta = (selector: string): string | undefined => {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    return value ? value : undefined;
  };
  const declaredLanguage = document.documentElement?.getAttribute('lang')?.trim() || undefined;
  const date = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]')
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  let title = meta('meta[property="og:title"]') ?? document.querySelector('title')?.textContent?.trim();
  let mainHtml: string;
  try {
    const parsed = new Readability(document as unknown as Document).parse();
    mainHtml = parsed?.content ?? '';
    if (parsed?.title) title = parsed.title.trim();
  } catch {
    mainHtml = '';
  }
  if (mainHtml.trim().length === 0) {
    mainHtml = parseHTML(html).document.querySelector('body')?.innerHTML ?? html;
  }
  const withBreaks = mainHtml.replace(BLOCK_END, (tag) => `${tag}\n\n`);
  const { document: mainDocument } = parseHTML(`<!doctype html><html><body>${withBreaks}</body></html>`);
  for (const element of mainDocument.querySelectorAll('script, style')) element.remove();
  const raw = mainDocument.querySelector('body')?.textContent ?? '';
  const blocks = raw.split(/\n\s*\n/).map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block.length > 0);
  if (title && blocks[0] !== title) blocks.unshift(title);
  const text = blocks.join('\n\n').normalize('NFC');
  const article: ArticleText = { format: 'html', text, bodyStart: 0, bodyEnd: text.length, textIsFile: false };
  if (title) article.title = title;
  if (date) article.date = date;
  if (url) keepUrl(article, url);
  if (declaredLanguage) article.declaredLanguage = declaredLanguage;
  return article;
}

/** Keeps a declared URL only when it is an absolute http(s) URL; warns when it drops one. */
function keepUrl(article: ArticleText, declared: string): void {
  const url = articleUrlOrUndefined(declared);
  if (url) {
    article.url = url;
    return;
  }
  (article.warnings ??= []).push({
    code: 'URL_DROPPED',
    message: `The article declares the URL "${declared.slice(0, 200)}", which is not an absolute http(s) URL; it is not stored.`,
  });
}

/** Moves the body's end before the first boilerplate line of the article's last third. */
function cutTrailingBoilerplate(text: string, bodyStart: number, bodyEnd: number): number {
  const lastThird = bodyStart + Math.floor((bodyEnd - bodyStart) * 0.6);
  const lineStart = /(^|\n)[^\n]*/g;
  lineStart.lastIndex = bodyStart;
  let match: RegExpExecArray | null;
  while ((match = lineStart.exec(text)) !== null && match.index < bodyEnd) {
    const start = match.index + (match[1]?.length ?? 0);
    const newline = text.indexOf('\n', start);
    const line = text.slice(start, newline === -1 || newline > bodyEnd ? bodyEnd : newline);
    if (start >= lastThird && line.length < 200 && BOILERPLATE_LINE.test(line)) {
      let end = start;
      while (end > bodyStart && /\s/.test(text[end - 1] ?? '')) end--;
      return end;
    }
    if (match[0].length === 0) lineStart.lastIndex++;
  }
  return bodyEnd;
}
