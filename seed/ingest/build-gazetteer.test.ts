import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer, genderVariants } from './build-gazetteer.ts';

describe('buildGazetteer', () => {
  const gazetteer = buildGazetteer([
    { id: 'us-government', type: 'Government', name: 'United States (federal government)', aliases: ['US', 'the Trump administration'], kind: 'STATE', country: 'US' },
    { id: 'nvidia', type: 'Company', name: 'NVIDIA', aliases: ['Team Green'] },
    { id: 'h20-ban', type: 'Policy', name: 'H20 ban', aliases: ['enquête'], kind: 'BAN' },
  ]);

  it('indexes the display name without its parenthetical remark', () => {
    assert.ok(gazetteer.names.get('united')?.some((p) => p.alias === 'United States'));
  });

  it('drops a leading article from aliases', () => {
    assert.ok(gazetteer.names.get('trump')?.some((p) => p.tokens.join(' ') === 'trump administration'));
  });

  it('makes short acronyms case-sensitive so the pronoun "us" is not the United States', () => {
    assert.equal(gazetteer.names.get('us')?.[0]?.caseRule, 'exact');
  });

  it('keeps policy names apart from entity names', () => {
    assert.equal(gazetteer.names.has('enquete'), false);
    assert.ok(gazetteer.policyNames.has('enquete'));
  });

  it('knows the state of each country', () => {
    assert.equal(gazetteer.stateOfCountry.get('US'), 'us-government');
  });
  it('matches a French alias whatever the gender of its nationality adjective', () => {
    assert.deepEqual(genderVariants('ministre néerlandais du Commerce extérieur'), ['ministre néerlandaise du Commerce extérieur']);
    assert.deepEqual(genderVariants('autorité chinoise de la concurrence'), ['autorité chinois de la concurrence']);
    assert.deepEqual(genderVariants('ministère indien'), ['ministère indienne']);
    // English names and words that are no nationality stay as they are.
    assert.deepEqual(genderVariants('Chinese regulator'), []);
    assert.deepEqual(genderVariants('Commerce Department'), []);
  });
});
