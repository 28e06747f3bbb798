import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from '../../seed/ingest/build-gazetteer.ts';
import { loadGazetteerEntries } from '../../seed/ingest/load-gazetteer.ts';
import { extractInThread } from './ingest-article.ts';

const TEXT = 'Washington, 10 March 2026 — Nvidia said it expected strong demand. The Cyberspace Administration of China summoned Nvidia on Tuesday over the H20.';
const input = { bytes: new TextEncoder().encode(TEXT), name: 'wire.txt' };

describe('the publication date a reviewer sets', () => {
  it('is the date relative dates are read from, in place of the dateline’s', async () => {
    const gazetteer = buildGazetteer(await loadGazetteerEntries());
    const own = await extractInThread(input, {}, gazetteer);
    const reviewed = await extractInThread(input, { publishedAt: '2026-02-26' }, gazetteer);
    const dateOf = (result: typeof own): string | undefined => result.extraction.relations.find((r) => r.predicate === 'INVESTIGATES' && r.object === 'nvidia')?.date;
    // The dateline's day is a Tuesday; the reviewer's Thursday 26 February makes it the 24th.
    assert.equal(dateOf(own), '2026-03-10');
    assert.equal(dateOf(reviewed), '2026-02-24');
    assert.equal(reviewed.article.date, '2026-02-26');
  });

  it('leaves the article’s own date when the reviewer sets none', async () => {
    const gazetteer = buildGazetteer(await loadGazetteerEntries());
    const own = await extractInThread(input, { declaredLanguage: 'en' }, gazetteer);
    assert.equal(own.article.date, '2026-03-10');
  });
});
