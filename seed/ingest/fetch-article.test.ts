import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fetchArticle } from './fetch-article.ts';
import { IngestError } from './ingest-errors.ts';

// Every request in this file goes to a server on 127.0.0.1; refusals are proven by showing that no
// connection was attempted, never by sending anything elsewhere.
let server: Server;
let port = 0;
let base = '';
/** Requests the loopback server received: path and Host header. */
let received: Array<{ path: string; host: string }> = [];

const BOMB = gzipSync(Buffer.alloc(16 * 1024 * 1024, 'a')); // 16 MiB of text in about 16 KB

const refused = (code: string, message?: RegExp) => (e: unknown): boolean =>
  e instanceof IngestError && e.code === code && (message === undefined || message.test(e.message));

/** A resolver stub: names under .example.test resolve to what the table says; nothing reaches a real resolver. */
function stubResolver(table: Record<string, string[]>): { resolveHost: (host: string) => Promise<string[]>; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    resolveHost: (host) => {
      asked.push(host);
      const addresses = table[host];
      return addresses ? Promise.resolve(addresses) : Promise.reject(new Error(`${host} is not in the stub`));
    },
  };
}

/** A connect hook that records every connection the fetcher was about to open. */
function connectRecorder(): { beforeConnect: (address: string, port: number) => void; connections: string[] } {
  const connections: string[] = [];
  return { connections, beforeConnect: (address, p) => void connections.push(`${address}:${p}`) };
}

describe('fetchArticle', () => {
  before(async () => {
    server = createServer((req, res) => {
      received.push({ path: req.url ?? '', host: req.headers.host ?? '' });
      const text = (body: string | Buffer, headers: Record<string, string> = {}): void => {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', ...headers });
        res.end(body);
      };
      switch (req.url) {
        case '/article': res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end('<html><body><p>Nvidia H20</p></body></html>'); return;
        case '/host': text(`host ${req.headers.host ?? ''}`); return;
        case '/loop': res.writeHead(302, { location: '/loop' }); res.end(); return;
        case '/moved': res.writeHead(301, { location: '/article' }); res.end(); return;
        case '/to-other-host': res.writeHead(302, { location: `http://other.example.test:${port}/host` }); res.end(); return;
        case '/to-unspecified': res.writeHead(302, { location: `http://0.0.0.0:${port}/article` }); res.end(); return;
        case '/to-javascript': res.writeHead(302, { location: 'javascript:alert(1)' }); res.end(); return;
        case '/image': res.writeHead(200, { 'content-type': 'image/png' }); res.end('png'); return;
        case '/big': text('x'.repeat(5000)); return;
        case '/gzip': text(gzipSync('Nvidia H20, compressed'), { 'content-encoding': 'gzip' }); return;
        case '/bomb': text(BOMB, { 'content-encoding': 'gzip', 'content-length': String(BOMB.length) }); return;
        case '/endless': {
          res.writeHead(200, { 'content-type': 'text/plain' });
          const chunk = Buffer.alloc(16 * 1024, 'y');
          const pump = (): void => { while (!res.destroyed && res.write(chunk)); if (!res.destroyed) res.once('drain', pump); };
          pump();
          return;
        }
        case '/trickle': {
          res.writeHead(200, { 'content-type': 'text/plain' });
          const timer = setInterval(() => res.write('z'), 20);
          res.on('close', () => clearInterval(timer));
          return;
        }
        case '/slow': { const timer = setTimeout(() => text('late'), 2000); res.on('close', () => clearTimeout(timer)); return; }
        default: res.writeHead(404); res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  beforeEach(() => { received = []; });
  after(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

  it('fetches a text article and follows a redirect', async () => {
    const fetched = await fetchArticle(`${base}/moved`, { allowPrivate: true });
    assert.match(new TextDecoder().decode(fetched.bytes), /Nvidia H20/);
    assert.equal(fetched.url, `${base}/article`);
  });

  it('decompresses a gzip body', async () => {
    const fetched = await fetchArticle(`${base}/gzip`, { allowPrivate: true });
    assert.equal(new TextDecoder().decode(fetched.bytes), 'Nvidia H20, compressed');
  });

  it('refuses loopback addresses unless allowed, without connecting', async () => {
    const hook = connectRecorder();
    await assert.rejects(fetchArticle(`${base}/article`, hook), refused('URL_REFUSED', /127\.0\.0\.1, loopback/));
    assert.deepEqual(hook.connections, []);
    assert.deepEqual(received, []);
  });

  it('refuses loopback written as IPv4-mapped, IPv4-compatible or NAT64 IPv6, without connecting', async () => {
    const hook = connectRecorder();
    for (const host of ['[::ffff:127.0.0.1]', '[0:0:0:0:0:ffff:7f00:1]', '[::7f00:1]', '[64:ff9b::7f00:1]', '[2002:7f00:1::]', '[::1]', '2130706433', '0x7f.1']) {
      await assert.rejects(fetchArticle(`http://${host}:${port}/article`, hook), refused('URL_REFUSED'), host);
    }
    assert.deepEqual(hook.connections, []);
    assert.deepEqual(received, []);
  });

  it('refuses a host name that resolves to a private address, and never opens a connection', async () => {
    const resolver = stubResolver({ 'internal.example.test': ['10.0.0.5'], 'metadata.example.test': ['169.254.169.254'] });
    const hook = connectRecorder();
    await assert.rejects(fetchArticle('http://internal.example.test/news', { ...resolver, ...hook }), refused('URL_REFUSED', /10\.0\.0\.5/));
    await assert.rejects(fetchArticle('http://metadata.example.test/latest', { ...resolver, ...hook }), refused('URL_REFUSED', /linkLocal/));
    assert.deepEqual(resolver.asked, ['internal.example.test', 'metadata.example.test']);
    assert.deepEqual(hook.connections, []);
  });

  it('refuses a host name when any one of its addresses is private', async () => {
    const resolver = stubResolver({ 'mixed.example.test': ['93.184.216.34', 'fd00::1'] });
    const hook = connectRecorder();
    await assert.rejects(fetchArticle('https://mixed.example.test/', { ...resolver, ...hook }), refused('URL_REFUSED', /fd00::1/));
    assert.deepEqual(hook.connections, []);
  });

  it('resolves each host once and connects to the address it checked, keeping the Host header', async () => {
    // The names exist only in the stub: reaching the server proves the socket used the checked address.
    const resolver = stubResolver({ 'article.example.test': ['127.0.0.1'], 'other.example.test': ['127.0.0.1'] });
    const hook = connectRecorder();
    const fetched = await fetchArticle(`http://article.example.test:${port}/to-other-host`, { allowPrivate: true, ...resolver, ...hook });
    assert.equal(new TextDecoder().decode(fetched.bytes), `host other.example.test:${port}`);
    assert.equal(fetched.url, `http://other.example.test:${port}/host`);
    assert.deepEqual(resolver.asked, ['article.example.test', 'other.example.test']);
    assert.deepEqual(hook.connections, [`127.0.0.1:${port}`, `127.0.0.1:${port}`]);
    assert.deepEqual(received.map((r) => r.host), [`article.example.test:${port}`, `other.example.test:${port}`]);
  });

  it('checks every redirect: a hop to an unusable address or another scheme is refused before connecting', async () => {
    const hook = connectRecorder();
    await assert.rejects(fetchArticle(`${base}/to-unspecified`, { allowPrivate: true, ...hook }), refused('URL_REFUSED', /0\.0\.0\.0/));
    await assert.rejects(fetchArticle(`${base}/to-javascript`, { allowPrivate: true, ...hook }), refused('URL_REFUSED', /javascript:/));
    assert.deepEqual(hook.connections, [`127.0.0.1:${port}`, `127.0.0.1:${port}`]);
  });

  it('refuses schemes other than http and https', async () => {
    for (const url of ['file:///etc/hostname', 'javascript:alert(1)', 'data:text/plain,hello', 'ftp://127.0.0.1/']) {
      await assert.rejects(fetchArticle(url, { allowPrivate: true }), refused('URL_REFUSED'), url);
    }
  });

  it('gives up on a redirect loop', async () => {
    await assert.rejects(fetchArticle(`${base}/loop`, { allowPrivate: true }), refused('URL_REFUSED', /redirects more than 5 times/));
    assert.equal(received.length, 6);
  });

  it('refuses a response that is not text', async () => {
    await assert.rejects(fetchArticle(`${base}/image`, { allowPrivate: true }), refused('URL_REFUSED'));
  });

  it('refuses a body over the size limit', async () => {
    await assert.rejects(fetchArticle(`${base}/big`, { allowPrivate: true, maxBytes: 1000 }), refused('ARTICLE_TOO_LARGE'));
  });

  it('stops a gzip bomb at the size limit, counting decompressed bytes', async () => {
    await assert.rejects(fetchArticle(`${base}/bomb`, { allowPrivate: true }), refused('ARTICLE_TOO_LARGE'));
  });

  it('stops an endless body at the size limit', async () => {
    await assert.rejects(fetchArticle(`${base}/endless`, { allowPrivate: true, maxBytes: 200_000 }), refused('ARTICLE_TOO_LARGE'));
  });

  it('gives up on a server that answers too slowly', async () => {
    await assert.rejects(fetchArticle(`${base}/slow`, { allowPrivate: true, timeoutMs: 100 }), refused('URL_REFUSED', /within 100 ms/));
  });

  it('gives up on a body that trickles in past the time limit', async () => {
    await assert.rejects(fetchArticle(`${base}/trickle`, { allowPrivate: true, timeoutMs: 300 }), refused('URL_REFUSED', /within 300 ms/));
  });
});
