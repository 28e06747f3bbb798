import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compress, COMPRESSION_SETTINGS, negotiateEncoding } from './compression.ts';

describe('negotiating a content encoding', () => {
  it('answers with Brotli or gzip as the client ranks them', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
    assert.equal(negotiateEncoding('gzip, deflate'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0.5, gzip;q=0.8'), 'gzip');
    assert.equal(negotiateEncoding('GZIP'), 'gzip');
    assert.equal(negotiateEncoding('*'), 'br');
  });

  it('sends nothing compressed when the client accepts neither or refuses both', () => {
    assert.equal(negotiateEncoding(undefined), undefined);
    assert.equal(negotiateEncoding(''), undefined);
    assert.equal(negotiateEncoding('identity'), undefined);
    assert.equal(negotiateEncoding('deflate'), undefined);
    assert.equal(negotiateEncoding('br;q=0, gzip;q=0'), undefined);
    assert.equal(negotiateEncoding('*, br;q=0, gzip;q=0'), undefined);
    assert.equal(negotiateEncoding('gzip;q=0, br'), 'br');
  });

  it('compresses bytes that decode to the same bytes, small ones on the event loop and large ones in the thread pool', async () => {
    for (const length of [500, 5_000]) {
      const text = Buffer.from(JSON.stringify({ data: Array.from({ length }, (_, i) => ({ id: `entity-${i}`, name: `Entity ${i}` })) }));
      assert.equal(text.length < COMPRESSION_SETTINGS.syncBelowBytes, length === 500);
      const br = await compress(text, 'br');
      const gz = await compress(text, 'gzip');
      assert.ok(br.length < text.length / 4 && gz.length < text.length / 4, `br ${br.length}, gzip ${gz.length} of ${text.length}`);
      assert.deepEqual(brotliDecompressSync(br), text);
      assert.deepEqual(gunzipSync(gz), text);
    }
  });
});
