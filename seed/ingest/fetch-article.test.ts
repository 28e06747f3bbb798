import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fetchArticle, isPrivateAddress } from './fetch-article.ts';
import { IngestError } from './ingest-errors.ts';

let server: Server;
let base = '';

const refused = (code: string) => (e: unknown): boolean => e instanceof IngestError && e.code === code;

describe('fetchArticle', () => {
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/article') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end('<html><body><p>Nvidia H20</p></body></html>'); return; }
      if (req.url === '/loop') { res.writeHead(302, { location: '/loop' }); res.end(); return; }
      if (req.url === '/moved') { res.writeHead(301, { location: '/article' }); res.end(); return; }
      if (req.url === '/image') { res.writeHead(200, { 'content-type': 'image/png' }); res.end('png'); return; }
      if (req.url === '/big') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('x'.repeat(5000)); return; }
      if (req.url === '/slow') { setTimeout(() => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('late'); }, 1000); return; }
      res.writeHead(404); res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

  it('fetches a text article and follows a redirect', async () => {
    const fetched = await fetchArticle(`${base}/moved`, { allowPrivate: true });
    assert.match(new TextDecoder().decode(fetched.bytes), /Nvidia H20/);
    assert.equal(fetched.url, `${base}/article`);
  });

  it('refuses loopback addresses unless allowed', async () => {
    await assert.rejects(fetchArticle(`${base}/article`), refused('URL_REFUSED'));
  });

  it('refuses schemes other than http and https', async () => {
    await assert.rejects(fetchArticle('file:///etc/hostname', { allowPrivate: true }), refused('URL_REFUSED'));
  });

  it('gives up on a redirect loop', async () => {
    await assert.rejects(fetchArticle(`${base}/loop`, { allowPrivate: true }), refused('URL_REFUSED'));
  });

  it('refuses a response that is not text', async () => {
    await assert.rejects(fetchArticle(`${base}/image`, { allowPrivate: true }), refused('URL_REFUSED'));
  });

  it('refuses a body over the size limit', async () => {
    await assert.rejects(fetchArticle(`${base}/big`, { allowPrivate: true, maxBytes: 1000 }), refused('ARTICLE_TOO_LARGE'));
  });

  it('gives up after the time limit', async () => {
    await assert.rejects(fetchArticle(`${base}/slow`, { allowPrivate: true, timeoutMs: 100 }), refused('URL_REFUSED'));
  });

  it('tells private from public addresses', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '172.16.5.4', '169.254.1.1', '::1', 'fd00::1', '::ffff:127.0.0.1']) assert.ok(isPrivateAddress(address), address);
    for (const address of ['93.184.216.34', '2606:4700::1111']) assert.ok(!isPrivateAddress(address), address);
  });
});
