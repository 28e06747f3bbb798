import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datelineDate } from './read-dateline.ts';

describe('the dateline of a pasted article', () => {
  it('gives the publication date of an English wire dateline', () => {
    assert.equal(datelineDate('Chips curbed\n\nWashington, 3 March 2026 — The U.S. Commerce Department added Biren…'), '2026-03-03');
    assert.equal(datelineDate('WASHINGTON, March 3, 2026 (Chipwire) - The department said…'), '2026-03-03');
  });

  it('gives the publication date of a French dateline with an agency', () => {
    assert.equal(datelineDate('Titre\nPÉKIN, 12 août 2025 (Agence) - Les autorités chinoises ont convoqué…'), '2025-08-12');
  });

  it('reads a "Published" line', () => {
    assert.equal(datelineDate('A headline\nPublished on 14 October 2024\n\nBody text.'), '2024-10-14');
  });

  it('gives nothing when the dateline states no year, or there is none', () => {
    assert.equal(datelineDate('TAIPEI, Oct 7 - TSMC said on Tuesday…'), undefined);
    assert.equal(datelineDate('Nvidia, the chipmaker, said in 2024 that sales - not profits - rose.'), undefined);
  });
});
