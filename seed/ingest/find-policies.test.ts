import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from './build-gazetteer.ts';
import { findPolicies } from './find-policies.ts';
import { linkEntities } from './link-entities.ts';
import { loadGazetteerEntries } from './load-gazetteer.ts';
import { splitSentences } from './split-sentences.ts';
import { testGazetteer } from './test-gazetteer.ts';
import { tokenize } from './tokenize.ts';

const gazetteer = testGazetteer();
function policies(text: string, language: 'en' | 'fr', articleDate?: string): Array<[string, boolean, string]> {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, language);
  const mentions = linkEntities({ text, tokens, sentences, gazetteer });
  return findPolicies({ text, tokens, sentences, mentions, gazetteer, ...(articleDate ? { articleDate } : {}) }).map((p) => [p.entityId, p.isNew, p.text]);
}

describe('findPolicies', () => {
  it('links "contrôles à l’exportation" to the known licence requirement when its actors are named', () => {
    assert.deepEqual(policies('Malgré la levée des contrôles à l’exportation par Washington, les puces H20 restent bloquées.', 'fr'),
      [['us-h20-licence', false, 'contrôles à l’exportation']]);
  });

  it('links "enquête" to the known inquiry when the chip it targets is named', () => {
    assert.deepEqual(policies('Le gouvernement chinois a lancé une enquête sur les puces H20.', 'fr'), [['cac-h20-inquiry', false, 'enquête']]);
  });

  it('links an English licence requirement by kind and actors', () => {
    assert.deepEqual(policies('Nvidia said the licence requirement covers the H20.', 'en'), [['us-h20-licence', false, 'licence requirement']]);
  });

  it('does not link a policy that was announced long after the article', () => {
    assert.deepEqual(policies('Nvidia said the licence requirement covers the H20.', 'en', '2022-10-07'), []);
  });

  it('proposes a named law as a new policy', () => {
    assert.deepEqual(policies('The bill is the Chip Security Act, introduced in May.', 'en'), [['chip-security-act', true, 'Chip Security Act']]);
  });

  it('does not take the opening word of a question for part of a law’s name', () => {
    assert.deepEqual(policies('What the Chip Security Act would change is unclear.', 'en'), [['chip-security-act', true, 'Chip Security Act']]);
  });

  it('proposes a new investigation when a government opens it', () => {
    const found = policies('Beijing opened an anti-dumping investigation into analog chips.', 'en');
    assert.deepEqual(found, [['anti-dumping-investigation', true, 'anti-dumping investigation']]);
  });

  it('ignores a negated measure', () => {
    assert.deepEqual(policies('Aucune interdiction d’exportation, mais un message clair de Pékin.', 'fr'), []);
  });
});

describe('findPolicies with the knowledge base', () => {
  it('does not read "the deal" of an article as the one known deal whose actors it names', async () => {
    const full = buildGazetteer(await loadGazetteerEntries());
    const text = 'Nvidia invests in Intel. Washington has pressed Nvidia and AMD on China. Nvidia said on Thursday it would invest $5 billion in Intel. The deal gives Nvidia about 4% of Intel.';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, 'en');
    const mentions = linkEntities({ text, tokens, sentences, gazetteer: full });
    const found = findPolicies({ text, tokens, sentences, mentions, gazetteer: full, articleDate: '2025-09-20' });
    assert.deepEqual(found.map((p) => p.entityId), []);
  });
});
