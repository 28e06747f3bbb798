/**
 * Compression of what the app answers, as the client's Accept-Encoding asks: Brotli or gzip
 * through Node's zlib, in its thread pool for answers of 32 KB or more. A smaller answer is
 * compressed on the event loop, where it takes under 0.3 ms: less than the hand-over to the
 * thread pool and back costs the event loop (stream set-up, callbacks, a wake-up of another
 * thread on a machine whose cores Neo4j shares), which the load benchmark showed as 6–8 % of
 * the app's main-thread samples. GraphQL answers (and
 * GraphiQL's page) are compressed by the yoga plugin `useCompression`; the client's files are
 * compressed once, when Vite builds them (client/vite.config.ts), and sirv serves the `.br` or
 * `.gz` file beside each one. A hub's neighbourhood is about 200 KB of JSON, 15 to 25 KB compressed.
 *
 * Request bodies are never decompressed: the body-size guard (request-guards.ts) counts what arrives.
 */
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/** Settings of the compression, each with its unit. */
export const COMPRESSION_SETTINGS = {
  /** Answers smaller than this are sent as they are, in bytes (a header and a frame cost more than they save). */
  minBytes: 1_024,
  /** Brotli quality, 0–11: 4 compresses JSON better than gzip at about the speed of gzip's level 6. */
  brotliQuality: 4,
  /** gzip level, 1–9. */
  gzipLevel: 6,
  /** Answers smaller than this are compressed on the event loop (under 0.3 ms at these settings), larger ones in zlib's thread pool, in bytes. */
  syncBelowBytes: 32_768,
};

export type ContentEncoding = 'br' | 'gzip';

/**
 * The encoding to answer with for this Accept-Encoding header: Brotli or gzip, whichever the
 * client ranks higher by q-value (Brotli on a tie), none when it accepts neither (`q=0` refuses).
 */
export function negotiateEncoding(acceptEncoding: string | null | undefined): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: ContentEncoding): number => weights.get(encoding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br <= 0 && gz <= 0) return undefined;
  return br >= gz ? 'br' : 'gzip';
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Compresses `bytes` with `encoding`: on the event loop below `syncBelowBytes`, else in zlib's thread pool. */
export function compress(bytes: Uint8Array, encoding: ContentEncoding): Promise<Buffer> {
  const sync = bytes.byteLength < COMPRESSION_SETTINGS.syncBelowBytes;
  if (encoding === 'gzip') {
    const options = { level: COMPRESSION_SETTINGS.gzipLevel };
    return sync ? Promise.resolve(gzipSync(bytes, options)) : gzipAsync(bytes, options);
  }
  const options = {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: COMPRESSION_SETTINGS.brotliQuality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  };
  return sync ? Promise.resolve(brotliCompressSync(bytes, options)) : brotli(bytes, options);
}

/** Content types worth compressing; event streams and multipart answers are streamed, never buffered here. */
const COMPRESSIBLE = /^(?:application\/(?:[\w.+-]*\+)?json|text\/html|text\/plain|application\/javascript|text\/css)\b/i;

/** Adds Accept-Encoding to the Vary header: a cache must not hand a compressed answer to a client that did not ask. */
function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', 'Accept-Encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) headers.set('vary', `${vary}, Accept-Encoding`);
}

/** Yoga plugin: compresses GraphQL answers and GraphiQL's page as the request's Accept-Encoding asks. */
export function useCompression(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (!response.body || response.headers.has('content-encoding') || request.method === 'HEAD') return;
      if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return;
      const headers = new fetchAPI.Headers(response.headers);
      varyOnEncoding(headers);
      const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (!encoding || declared < COMPRESSION_SETTINGS.minBytes) {
        setResponse(new fetchAPI.Response(response.body, { status: response.status, statusText: response.statusText, headers }));
        return;
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      let body: Uint8Array<ArrayBuffer> = bytes;
      if (bytes.byteLength >= COMPRESSION_SETTINGS.minBytes) {
        const compressed = await compress(bytes, encoding);
        body = new Uint8Array(compressed.buffer as ArrayBuffer, compressed.byteOffset, compressed.byteLength);
        headers.set('content-encoding', encoding);
      }
      headers.set('content-length', String(body.byteLength));
      setResponse(new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers }));
    },
  };
}
