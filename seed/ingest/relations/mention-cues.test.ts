import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('cues beside a name', () => {
  it('reads a head-of-state title before a person', async () => {
    const found = await relationsIn('US President Donald Trump met Jensen Huang at the White House.', { rules: true });
    assert.ok(found.includes('donald-trump LEADS us-government [head-of-state-title]'), found.join('\n'));
  });

  it('reads "le Premier ministre" without a nationality as the head of the article\'s state', async () => {
    const found = await relationsIn('À New Delhi, le Premier ministre Narendra Modi a reçu les premières puces.');
    assert.ok(found.includes('narendra-modi LEADS india-government'), found.join('\n'));
  });

  it('does not give a body\'s president to the state, and reads "the Act, which the European Union adopted"', async () => {
    const found = await relationsIn('Intel cancelled the German plant. Commission President Ursula von der Leyen has promised a proposal.');
    assert.ok(!found.some((r) => r.startsWith('ursula-von-der-leyen LEADS germany-government')), found.join('\n'));
    assert.ok((await relationsIn('It was the showpiece of the EU Chips Act, which the European Union adopted in 2023.')).includes('eu ISSUES eu-chips-act'));
  });

  it('gives a role named before a person to the company the sentence names after it when none comes before', async () => {
    const found = await relationsIn('Samsung lost ground. On Tuesday, chief executive Sanjay Mehrotra told analysts that Micron now counts six customers.');
    assert.ok(found.includes('sanjay-mehrotra LEADS micron'), found.join('\n'));
    assert.ok(!found.includes('sanjay-mehrotra LEADS samsung-electronics'), found.join('\n'));
  });

  it('reads "its H20" as made by the company named before', async () => {
    const found = await relationsIn('Nvidia did well this quarter, and its new H20 sold out.', { rules: true });
    assert.ok(found.includes('nvidia MAKES h20 [possessive-pronoun-chip]'), found.join('\n'));
  });
  it('gives a head-of-state title without a nationality to the state the person leads, not to the place of the dateline', async () => {
    const found = await relationsIn('ABU DHABI, Nov 3 - Microsoft said the Emirates would get chips. President Donald Trump praised the deal.');
    assert.ok(found.includes('donald-trump LEADS us-government'), found.join('\n'));
    assert.ok(!found.includes('donald-trump LEADS uae-government'), found.join('\n'));
  });
  it('gives a possessive role to the company the sentence before is about, and a known leader to the company the knowledge base names', async () => {
    const owner = await relationsIn("Chip news. Alibaba accélère sur les puces. Son directeur général, Eddie Wu, a assuré que le groupe disposait de plans. Nvidia n'a pas commenté.");
    assert.ok(owner.includes('eddie-wu LEADS alibaba'), owner.join('\n'));
    const known = await relationsIn('Microsoft got licences for Nvidia chips. Its chief executive, Jensen Huang, urged Washington to let allies build on American technology.');
    assert.ok(known.includes('jensen-huang LEADS nvidia') && !known.includes('jensen-huang LEADS microsoft'), known.join('\n'));
  });
});
