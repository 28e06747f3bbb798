import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IngestError } from './ingest-errors.ts';
import { readArticle } from './read-article.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readArticle', () => {
  it('keeps a text file whole so offsets point into the file', () => {
    const article = readArticle({ bytes: bytes('Nvidia makes the H20.\n'), name: 'a.txt' });
    assert.equal(article.text, 'Nvidia makes the H20.\n');
    assert.equal(article.bodyStart, 0);
    assert.equal(article.textIsFile, true);
  });

  it('reads title, date, url and language from markdown front matter and starts the body after it', () => {
    const file = '---\ntitle: "H20 news"\ndate: 2025-08-01\nurl: https://example.org/a\nlanguage: en\n---\nBody here.\n';
    const article = readArticle({ bytes: bytes(file), name: 'a.md' });
    assert.equal(article.title, 'H20 news');
    assert.equal(article.date, '2025-08-01');
    assert.equal(article.url, 'https://example.org/a');
    assert.equal(article.declaredLanguage, 'en');
    assert.equal(article.text.slice(article.bodyStart, article.bodyStart + 4), 'Body');
  });

  it('ends the body before a trailing comment form and credits', () => {
    const file = `${'Une phrase sur Nvidia. '.repeat(10)}\n\nSource et images\n\nLaisser un commentaire\n`;
    const article = readArticle({ bytes: bytes(file), name: 'a.txt' });
    assert.ok(!article.text.slice(article.bodyStart, article.bodyEnd).includes('Source et images'));
  });

  it('extracts the main text of an HTML page without scripts or comment forms', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Nvidia et la Chine</title><meta property="article:published_time" content="2025-08-28"></head>
      <body><nav>Menu</nav><article><h1>Nvidia et la Chine</h1>${'<p>Nvidia vend des puces H20 en Chine malgré les tensions entre Pékin et Washington.</p>'.repeat(6)}
      <script>alert(1)</script></article><form><p>Laisser un commentaire</p></form></body></html>`;
    const article = readArticle({ bytes: bytes(html), name: 'a.html' });
    assert.equal(article.format, 'html');
    assert.equal(article.textIsFile, false);
    assert.equal(article.date, '2025-08-28');
    assert.equal(article.declaredLanguage, 'fr');
    assert.ok(article.text.includes('Nvidia vend des puces H20'));
    assert.ok(!article.text.includes('alert(1)'));
    assert.ok(!article.text.includes('Laisser un commentaire'));
  });

  it('puts the text in NFC', () => {
    const article = readArticle({ bytes: bytes('Pe\u0301kin'), name: 'a.txt' });
    assert.equal(article.text, 'P\u00e9kin');
    assert.equal(article.textIsFile, false);
  });

  it('rejects an empty article with ARTICLE_EMPTY', () => {
    assert.throws(() => readArticle({ bytes: bytes('  \n '), name: 'a.txt' }), (e: unknown) => e instanceof IngestError && e.code === 'ARTICLE_EMPTY');
  });

  it('rejects an article over the size limit with ARTICLE_TOO_LARGE', () => {
    assert.throws(() => readArticle({ bytes: bytes('x'.repeat(100)), name: 'a.txt' }, { maxBytes: 50 }), (e: unknown) => e instanceof IngestError && e.code === 'ARTICLE_TOO_LARGE');
  });

  it('rejects NUL bytes and invalid UTF-8 with ARTICLE_NOT_TEXT', () => {
    assert.throws(() => readArticle({ bytes: new Uint8Array([65, 0, 66]), name: 'a.txt' }), (e: unknown) => e instanceof IngestError && e.code === 'ARTICLE_NOT_TEXT');
    assert.throws(() => readArticle({ bytes: new Uint8Array([65, 0xff, 0xfe, 66]), name: 'a.txt' }), (e: unknown) => e instanceof IngestError && e.code === 'ARTICLE_NOT_TEXT');
  });

  it('drops a javascript:, data: or relative URL from front matter or a canonical link, with a warning', () => {
    for (const declared of ['javascript:alert(document.cookie)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', '/news/relative', 'https://user:secret@example.org/a']) {
      const markdown = readArticle({ bytes: bytes(`---\ntitle: T\nurl: "${declared}"\n---\nNvidia makes the H20.\n`), name: 'a.md' });
      assert.equal(markdown.url, undefined, declared);
      assert.deepEqual(markdown.warnings?.map((w) => w.code), ['URL_DROPPED'], declared);
      const html = readArticle({ bytes: bytes(`<!doctype html><html><head><link rel="canonical" href="${declared}"></head><body><p>Nvidia makes the H20.</p></body></html>`), name: 'a.html' });
      assert.equal(html.url, undefined, declared);
      assert.deepEqual(html.warnings?.map((w) => w.code), ['URL_DROPPED'], declared);
    }
  });

  it('keeps an absolute http(s) URL without a warning', () => {
    const article = readArticle({ bytes: bytes('<!doctype html><html><head><link rel="canonical" href="https://example.org/news/1"></head><body><p>Nvidia makes the H20.</p></body></html>'), name: 'a.html' });
    assert.equal(article.url, 'https://example.org/news/1');
    assert.equal(article.warnings, undefined);
  });
});
