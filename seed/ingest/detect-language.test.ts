import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it('reads a French paragraph as French', () => {
    const guess = detectLanguage('Le gouvernement chinois a lancé une enquête sur les puces de Nvidia, qui ne peuvent plus être vendues librement en Chine depuis le printemps.');
    assert.equal(guess.language, 'fr');
  });

  it('reads an English paragraph as English', () => {
    const guess = detectLanguage('The Commerce Department told the chipmaker that its accelerators can no longer be shipped to China without an export licence, the company said.');
    assert.equal(guess.language, 'en');
  });

  it('flags a German paragraph as another language with a warning', () => {
    const guess = detectLanguage('Die chinesische Regierung hat eine Untersuchung gegen den amerikanischen Chiphersteller eingeleitet, weil dessen Prozessoren angeblich Sicherheitslücken enthalten.');
    assert.equal(guess.language, 'other');
    assert.ok(guess.warning);
  });

  it('keeps the declared language when the text is too short to tell', () => {
    assert.equal(detectLanguage('Nvidia H20', 'fr').language, 'fr');
  });
});
