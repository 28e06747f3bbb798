/**
 * Title, date and URL guessed from an article's content before the server reads it: YAML front
 * matter (`title:`, `date:`, `url:`), HTML `<title>` and meta tags, or the first line. Pure; the
 * HTML is read by regular expressions on its head, never rendered.
 */

export interface ArticleMetadata {
  title: string;
  date: string;
  url: string;
}

/** Largest file read in the browser, in bytes (the server's limit too). */
export const MAX_ARTICLE_BYTES = 1_000_000;
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

const unquote = (value: string): string => value.trim().replace(/^["']|["']$/g, '').trim();

const decodeEntities = (value: string): string =>
  value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

/** An ISO date (YYYY-MM-DD) at the start of the value, or ''. */
function isoDate(value: string): string {
  const match = /(\d{4}-\d{2}-\d{2})/.exec(value);
  return match?.[1] ?? '';
}

function metaContent(html: string, names: readonly string[]): string {
  for (const name of names) {
    const tag = new RegExp(`<meta[^>]+(?:name|property|itemprop)=["']${name.replace(/[.:]/g, '\\$&')}["'][^>]*>`, 'i').exec(html)?.[0];
    const content = tag ? /content=["']([^"']*)["']/i.exec(tag)?.[1] : undefined;
    if (content) return decodeEntities(content).trim();
  }
  return '';
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype html|html|head|body)\b/i.test(text) || /<\/(p|div|article|body|html)>/i.test(text.slice(0, 65_536));
}

export function readMetadata(text: string): ArticleMetadata {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front?.[1]) {
    const fields = new Map<string, string>();
    for (const line of front[1].split(/\r?\n/)) {
      const match = /^(\w+)\s*:\s*(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) fields.set(match[1].toLowerCase(), unquote(match[2]));
    }
    return {
      title: fields.get('title') ?? firstLine(text.slice(front[0].length)),
      date: isoDate(fields.get('date') ?? fields.get('published') ?? fields.get('publishedat') ?? ''),
      url: fields.get('url') ?? fields.get('source') ?? fields.get('link') ?? '',
    };
  }
  if (looksLikeHtml(text)) {
    const head = text.slice(0, 200_000);
    const title = metaContent(head, ['og:title', 'twitter:title']) || decodeEntities(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    const date = isoDate(metaContent(head, ['article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate']) || (/<time[^>]+datetime=["']([^"']+)["']/i.exec(head)?.[1] ?? ''));
    const url = metaContent(head, ['og:url']) || (/<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(head)?.[1] ?? '');
    return { title, date, url };
  }
  return { title: firstLine(text), date: '', url: '' };
}

/** The first non-empty line, without Markdown heading marks, at most 160 characters. */
function firstLine(text: string): string {
  const line = text.split(/\r?\n/).map((l) => l.replace(/^#+\s*/, '').trim()).find((l) => l.length > 0) ?? '';
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** Why a file cannot be read as an article, or null. */
export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) return { kind: 'type', name: file.name, megabytes: file.size / 1_000_000 };
  if (file.size > MAX_ARTICLE_BYTES) return { kind: 'size', name: file.name, megabytes: file.size / 1_000_000 };
  if (file.size === 0) return { kind: 'empty', name: file.name, megabytes: 0 };
  return null;
}

/** Why a file cannot be read: not .txt/.md/.html, over 1 MB, or empty (words in add-article-view). */
export interface FileProblem {
  kind: 'type' | 'size' | 'empty';
  name: string;
  megabytes: number;
}
