import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkEntities, swapConfusedDigits } from './link-entities.ts';
import { splitSentences } from './split-sentences.ts';
import { testGazetteer } from './test-gazetteer.ts';
import { tokenize } from './tokenize.ts';

const gazetteer = testGazetteer();
function link(text: string, language: 'en' | 'fr' = 'en'): Array<[string, string, string]> {
  const sentences = splitSentences(text, language);
  return linkEntities({ text, tokens: tokenize(text), sentences, gazetteer }).map((m) => [m.entityId, m.text, m.rule]);
}

describe('linkEntities', () => {
  it('links Team Green to NVIDIA', () => {
    assert.deepEqual(link('Team Green reported results.')[0], ['nvidia', 'Team Green', 'alias']);
  });

  it('reads "GPU H2O" as the H20 in chip context', () => {
    assert.deepEqual(link('Les GPU H2O ne se vendent pas.', 'fr')[0], ['h20', 'H2O', 'chip-code-confusion']);
  });

  it('does not read H2O as a chip when the text is about water', () => {
    assert.deepEqual(link('The plant recycles H2O from the river.'), []);
  });

  it("does not take another country's agency for the one its nationality names", () => {
    assert.deepEqual(link('The American Commerce Department approved it.').map((m) => m[0]), ['us-commerce-department']);
    assert.deepEqual(link('The Dutch Commerce Department signed an order.').map((m) => m[0]), []);
  });

  it('does not link a name inside a word joined by an apostrophe', () => {
    assert.deepEqual(link("Le complexe de Samsung à Xi'an produit des puces pour Beijing.").map((m) => m[0]), ['china-government']);
  });

  it('links through French elision and English possessives', () => {
    assert.deepEqual(link("L'enquête vise d'abord Nvidia’s H20.").map((m) => m[0]), ['nvidia', 'h20']);
  });

  it('prefers the longest alias', () => {
    assert.deepEqual(link("l'Administration du cyberespace de Chine a parlé.", 'fr').map((m) => m[0]), ['cac']);
  });

  it('reads the Trump administration and "autorités chinoises" as governments', () => {
    assert.deepEqual(link('Les autorités chinoises répondent à la Trump administration.', 'fr').map((m) => [m[0], m[2]]),
      [['china-government', 'fr.government-nationality'], ['us-government', 'alias']]);
  });

  it('reads "administration Trump" by rule when no alias names it', () => {
    assert.deepEqual(link("L'administration Trump a tranché.", 'fr')[0], ['us-government', 'administration Trump', 'fr.administration-president']);
  });

  it('does not take the pronoun "us" for the United States', () => {
    assert.deepEqual(link('Let us talk about Washington.').map((m) => m[1]), ['Washington']);
  });

  it('does not take the common word "arm" for the company Arm', () => {
    assert.deepEqual(link('Its arm was broken. Arm designs cores.').map((m) => m[1]), ['Arm']);
  });

  it('swaps O and l for digits only after a digit', () => {
    assert.equal(swapConfusedDigits('H2O'), 'H20');
    assert.equal(swapConfusedDigits('MI3O8'), 'MI308');
  });
});
