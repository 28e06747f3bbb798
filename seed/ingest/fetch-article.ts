/**
 * Fetching an article from an http(s) URL with limits: scheme, size, time, redirects and content
 * type are checked, and private or loopback addresses are refused unless allowed (tests and
 * self-hosted setups allow them). Each redirect is checked like the first URL.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { IngestError } from './ingest-errors.ts';
import { DEFAULT_MAX_ARTICLE_BYTES } from './read-article.ts';

export interface FetchArticleOptions {
  /** Largest body accepted, in bytes. Default 1 MiB, the article size limit. */
  maxBytes?: number;
  /** Time allowed for the whole download, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Accept private, loopback and link-local addresses. Default false. */
  allowPrivate?: boolean;
}

export interface FetchedArticle {
  bytes: Uint8Array;
  contentType: string;
  /** The URL after redirects. */
  url: string;
}

const TEXT_TYPES = /^(?:text\/(?:html|plain|markdown|x-markdown)|application\/xhtml\+xml)\b/i;

export async function fetchArticle(rawUrl: string, options: FetchArticleOptions = {}): Promise<FetchedArticle> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = parseUrl(rawUrl);
  try {
    for (let hop = 0; ; hop++) {
      await checkAddress(url, options.allowPrivate ?? false);
      const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html, text/plain, text/markdown;q=0.9' } });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hop >= maxRedirects) throw new IngestError('URL_REFUSED', `The URL redirects more than ${maxRedirects} times.`, { url: url.href });
        url = parseUrl(new URL(response.headers.get('location') ?? '', url).href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new IngestError('URL_REFUSED', `The URL answered HTTP ${response.status}.`, { url: url.href, status: response.status });
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (!TEXT_TYPES.test(contentType)) {
        await response.body?.cancel();
        throw new IngestError('URL_REFUSED', `The URL is not a text article (content type "${contentType || 'none'}").`, { url: url.href });
      }
      const declared = Number(response.headers.get('content-length') ?? 'NaN');
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel();
        throw new IngestError('ARTICLE_TOO_LARGE', `The page is ${declared} bytes; the limit is ${maxBytes} bytes.`, { url: url.href });
      }
      const bytes = await readLimited(response, maxBytes, url.href);
      return { bytes, contentType, url: url.href };
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new IngestError('URL_REFUSED', `The URL did not answer within ${timeoutMs} ms.`, { url: url.href });
    }
    throw new IngestError('URL_REFUSED', `The URL could not be loaded: ${(error as Error).message}.`, { url: url.href });
  }
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new IngestError('URL_REFUSED', `"${raw}" is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError('URL_REFUSED', `Only http and https URLs are fetched, not ${url.protocol}.`, { url: raw });
  }
  if (url.username || url.password) throw new IngestError('URL_REFUSED', 'URLs with credentials are refused.');
  return url;
}

async function checkAddress(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address);
  for (const address of addresses) {
    if (isPrivateAddress(address)) {
      throw new IngestError('URL_REFUSED', `The URL points at a private or loopback address (${address}); set CHIPGRAPH_ALLOW_PRIVATE_URLS=1 to allow it.`, { url: url.href });
    }
  }
}

/** Loopback, private, link-local, carrier-grade NAT, unspecified and unique-local addresses. */
export function isPrivateAddress(address: string): boolean {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)$/i.exec(address);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)
      || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
  }
  const v6 = address.toLowerCase();
  return v6 === '::1' || v6 === '::' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe8') || v6.startsWith('fe9')
    || v6.startsWith('fea') || v6.startsWith('feb') || v6.startsWith('ff');
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new IngestError('ARTICLE_TOO_LARGE', `The page exceeds the limit of ${maxBytes} bytes.`, { url });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) { bytes.set(chunk, offset); offset += chunk.byteLength; }
  return bytes;
}
