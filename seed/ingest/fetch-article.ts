/**
 * Fetching an article from an http(s) URL, as a stranger's URL deserves:
 * - only http and https, no credentials in the URL;
 * - each hop (the first URL and every redirect) is resolved once, EVERY address the name resolves
 *   to is classified (`classify-address.ts`), and the connection goes to that checked address
 *   (the socket's `lookup` answers only with it), so a name cannot resolve to a public address
 *   for the check and to a private one for the connection (DNS rebinding). The Host header and
 *   TLS server name stay the URL's host;
 * - private, loopback, link-local, unique-local, IPv4-in-IPv6 and other non-global addresses
 *   are refused unless allowed (tests and self-hosted setups allow them);
 * - bounded: one deadline for all hops and the body, a redirect count, a byte limit counted after
 *   decompression (a gzip bomb stops at the limit), and a text content type.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { classifyAddress } from './classify-address.ts';
import { IngestError } from './ingest-errors.ts';
import { DEFAULT_MAX_ARTICLE_BYTES } from './read-article.ts';

export interface FetchArticleOptions {
  /** Largest body accepted, in bytes after decompression. Default 1 MiB, the article size limit. */
  maxBytes?: number;
  /** Time allowed for all hops and the whole download, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Accept private, loopback, link-local and other non-global addresses. Default false. */
  allowPrivate?: boolean;
  /** Resolves a host name to its addresses; default the system resolver (`dns.lookup`, all addresses). */
  resolveHost?: (hostname: string) => Promise<string[]>;
  /** Called just before a connection to a checked address is opened (tests record it). */
  beforeConnect?: (address: string, port: number) => void;
}

export interface FetchedArticle {
  bytes: Uint8Array;
  contentType: string;
  /** The URL after redirects. */
  url: string;
}

const TEXT_TYPES = /^(?:text\/(?:html|plain|markdown|x-markdown)|application\/xhtml\+xml)\b/i;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

async function systemResolve(hostname: string): Promise<string[]> {
  return (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);
}

export async function fetchArticle(rawUrl: string, options: FetchArticleOptions = {}): Promise<FetchedArticle> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = parseUrl(rawUrl);
  try {
    for (let hop = 0; ; hop++) {
      const address = await checkedAddress(url, options);
      if (signal.aborted) throw signal.reason;
      const response = await open(url, address, signal, options.beforeConnect);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        if (hop >= maxRedirects) throw new IngestError('URL_REFUSED', `The URL redirects more than ${maxRedirects} times.`, { url: url.href });
        url = parseUrl(new URL(location, url).href);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw new IngestError('URL_REFUSED', `The URL answered HTTP ${status}.`, { url: url.href, status });
      }
      const contentType = response.headers['content-type'] ?? '';
      if (!TEXT_TYPES.test(contentType)) {
        response.destroy();
        throw new IngestError('URL_REFUSED', `The URL is not a text article (content type "${contentType || 'none'}").`, { url: url.href });
      }
      const declared = Number(response.headers['content-length'] ?? 'NaN');
      const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
      if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
        response.destroy();
        throw new IngestError('ARTICLE_TOO_LARGE', `The page is ${declared} bytes; the limit is ${maxBytes} bytes.`, { url: url.href });
      }
      const bytes = await readLimited(response, encoding, maxBytes, url.href, signal);
      return { bytes, contentType, url: url.href };
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    if (signal.aborted) throw new IngestError('URL_REFUSED', `The URL did not answer within ${timeoutMs} ms.`, { url: url.href });
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

/** Resolves the URL's host once and returns the address to connect to, after checking every address. */
async function checkedAddress(url: URL, options: FetchArticleOptions): Promise<string> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await (options.resolveHost ?? systemResolve)(host);
    } catch (error) {
      throw new IngestError('URL_REFUSED', `The host "${host}" could not be resolved: ${(error as Error).message}.`, { url: url.href });
    }
    if (addresses.length === 0) throw new IngestError('URL_REFUSED', `The host "${host}" has no address.`, { url: url.href });
  }
  for (const address of addresses) {
    const kind = classifyAddress(address);
    if (kind.isPublic || (options.allowPrivate && !kind.isUnusable)) continue;
    const message = kind.isUnusable
      ? `The URL points at an address no article is fetched from (${address}, ${kind.range}).`
      : `The URL points at a private or loopback address (${address}, ${kind.range}); set CHIPGRAPH_ALLOW_PRIVATE_URLS=1 to allow it.`;
    throw new IngestError('URL_REFUSED', message, { url: url.href, address, range: kind.range });
  }
  return addresses[0] as string;
}

/** Opens one request to the checked address; resolves with the response head. */
function open(url: URL, address: string, signal: AbortSignal, beforeConnect: FetchArticleOptions['beforeConnect']): Promise<IncomingMessage> {
  const family = isIP(address);
  // The socket asks this function, not the resolver, for the host's address: only the checked one.
  const lookup = ((_hostname: string, lookupOptions: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (lookupOptions.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  const requestOptions: RequestOptions & { servername?: string } = {
    method: 'GET',
    protocol: url.protocol,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port,
    path: `${url.pathname}${url.search}`,
    headers: {
      host: url.host,
      accept: 'text/html, text/plain, text/markdown;q=0.9',
      'accept-encoding': 'gzip, deflate, br',
      'user-agent': 'Chipgraph article fetcher',
    },
    lookup,
    agent: false,
    signal,
  };
  if (url.protocol === 'https:' && !isIP(requestOptions.host as string)) requestOptions.servername = requestOptions.host as string;
  beforeConnect?.(address, port);
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(requestOptions, resolve);
    request.on('error', reject);
    request.end();
  });
}

/** Reads the body, decompressing it, and stops as soon as the decompressed bytes exceed the limit. */
async function readLimited(response: IncomingMessage, encoding: string, maxBytes: number, url: string, signal: AbortSignal): Promise<Uint8Array> {
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined;
  if (!decoder && encoding !== 'identity') {
    response.destroy();
    throw new IngestError('URL_REFUSED', `The URL answered with an unknown content encoding "${encoding}".`, { url });
  }
  // pipeline passes a broken connection on to the decoder, so the loop below ends with the error.
  const body: Readable = decoder ? pipeline(response, decoder, () => {}) : response;
  const stop = (): void => { response.destroy(); if (body !== response) body.destroy(); };
  const onAbort = (): void => stop();
  signal.addEventListener('abort', onAbort, { once: true });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      const bytes = chunk as Buffer;
      total += bytes.byteLength;
      if (total > maxBytes) {
        stop();
        throw new IngestError('ARTICLE_TOO_LARGE', `The page exceeds the limit of ${maxBytes} bytes.`, { url });
      }
      chunks.push(bytes);
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  if (signal.aborted) throw signal.reason;
  return new Uint8Array(Buffer.concat(chunks, total));
}
