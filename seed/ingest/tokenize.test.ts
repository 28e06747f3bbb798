import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold, foldKeepingOffsets, slugify } from '../../schema/fold-text.ts';
import { tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('folds case, accents and typographic apostrophes', () => {
    assert.equal(fold('L’Équipe'), "l'equipe");
  });

  it('splits French elision and English possessives into their own tokens', () => {
    assert.deepEqual(tokenize('l’administration Nvidia’s').map((t) => t.folded), ['l', "'", 'administration', 'nvidia', "'", 's']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Les puces d’IA H20';
    for (const token of tokenize(text)) assert.equal(text.slice(token.start, token.end), token.text);
  });

  it('folds without moving offsets', () => {
    assert.equal(foldKeepingOffsets('Pékin’s').length, 'Pékin’s'.length);
  });

  it('makes lower-case dash slugs', () => {
    assert.equal(slugify('Chip Security Act'), 'chip-security-act');
  });
});
