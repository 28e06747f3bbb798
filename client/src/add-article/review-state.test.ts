import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleEntities, correctionsOf, EMPTY_REVIEW, entitiesInside, fitsEnd, fittingPredicates, keptReview, sentencesOf, shownMentions, type Review } from './review-state.ts';
import { occurrencesOf } from './selection-offsets.ts';

const TEXT = 'Washington, 3 March 2026 — The U.S. Commerce Department added Biren Technology to the Entity List on Tuesday. Zorvex Labs stopped shipping wafers to Biren.';
const at = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, text: words };
};

const PREVIEW = {
  text: TEXT,
  entities: [
    { id: 'us-government', type: 'Government' as const, name: 'United States', isNew: false, policyKind: null, mentions: [{ ...at('U.S.'), rule: 'alias' }] },
    { id: 'us-commerce-department', type: 'Government' as const, name: 'US Department of Commerce', isNew: false, policyKind: null, mentions: [{ ...at('Commerce Department'), rule: 'alias' }] },
    { id: 'biren', type: 'Company' as const, name: 'Biren Technology', isNew: false, policyKind: null, mentions: [{ ...at('Biren Technology'), rule: 'alias' }] },
    { id: 'us-entity-list', type: 'Policy' as const, name: 'US Entity List', isNew: false, policyKind: null, mentions: [{ ...at('Entity List'), rule: 'alias' }] },
    { id: 'zorvex', type: 'Chip' as const, name: 'Zorvex', isNew: true, policyKind: null, mentions: [{ ...at('Zorvex'), rule: 'capitalised' }] },
  ],
  relations: [{ edgeId: 'zorvex|SUPPLIES|biren' }, { edgeId: 'us-government|ISSUES|us-entity-list' }],
};

const commerce = { id: 'us-commerce-department', name: 'US Department of Commerce', type: 'Government' as const };
const list = { id: 'us-entity-list', name: 'US Entity List', type: 'Policy' as const };
const biren = { id: 'biren', name: 'Biren Technology', type: 'Company' as const };

const REVIEW: Review = {
  ...EMPTY_REVIEW,
  rejected: new Set(['zorvex|SUPPLIES|biren']),
  ends: new Map([['us-government|ISSUES|us-entity-list', { subject: commerce }], ['zorvex|SUPPLIES|biren', { object: commerce }]]),
  added: [{ key: 'a', subject: list, predicate: 'TARGETS', object: biren, evidence: at('The U.S. Commerce Department added Biren Technology to the Entity List on Tuesday.') }],
  marks: [
    { key: 'm1', span: at('Zorvex Labs'), entity: { id: 'zorvex-labs', name: 'Zorvex Labs', type: 'Company' }, isNew: true },
    { key: 'm2', span: at('U.S. Commerce Department'), entity: commerce, isNew: false },
  ],
};

describe('the review sent with a commit', () => {
  it('names added relationships, changed ends and marked spans as the mutation expects', () => {
    const corrections = correctionsOf(REVIEW);
    assert.deepEqual(corrections.addRelations, [{ subject: 'us-entity-list', predicate: 'TARGETS', object: 'biren', evidence: { start: REVIEW.added[0]!.evidence.start, end: REVIEW.added[0]!.evidence.end } }]);
    assert.deepEqual(corrections.changeEnds, [{ edge: 'us-government|ISSUES|us-entity-list', subject: 'us-commerce-department', object: null }], 'a rejected relationship keeps no end change');
    const labs = at('Zorvex Labs');
    const department = at('U.S. Commerce Department');
    assert.deepEqual(corrections.addEntities, [
      { start: labs.start, end: labs.end, type: 'Company', name: 'Zorvex Labs' },
      { start: department.start, end: department.end, entityId: 'us-commerce-department' },
    ]);
  });

  it('shows marked spans in place of the mentions they cover, and offers their entities as ends', () => {
    const mentions = shownMentions(PREVIEW, REVIEW);
    assert.deepEqual(mentions.map((m) => `${m.entity.id}:${TEXT.slice(m.start, m.end)}`), [
      'us-commerce-department:U.S. Commerce Department', 'biren:Biren Technology', 'us-entity-list:Entity List', 'zorvex-labs:Zorvex Labs',
    ]);
    assert.ok(articleEntities(PREVIEW, REVIEW).some((e) => e.id === 'zorvex-labs'));
    assert.deepEqual(entitiesInside(at('The U.S. Commerce Department added Biren Technology'), PREVIEW, REVIEW).map((e) => e.id), ['us-commerce-department', 'biren']);
  });

  it('keeps, after a new analysis, the corrections that still name something of the new preview', () => {
    const kept = keptReview(REVIEW, { entities: PREVIEW.entities, relations: [{ edgeId: 'us-government|ISSUES|us-entity-list' }] } as never);
    assert.deepEqual([...kept.rejected], []);
    assert.deepEqual([...kept.ends.keys()], ['us-government|ISSUES|us-entity-list']);
    assert.equal(kept.added.length, 1);
    assert.equal(kept.marks.length, 2);
  });
});

describe('choosing what fits', () => {
  it('offers only predicates whose domain and range fit the two types', () => {
    assert.deepEqual(fittingPredicates('Government', 'Policy'), ['ISSUES', 'RESCINDS']);
    assert.deepEqual(fittingPredicates('Policy', 'Government'), ['TARGETS']);
    assert.deepEqual(fittingPredicates('Chip', 'Policy'), []);
    assert.deepEqual(fittingPredicates('Company', undefined), []);
  });

  it('accepts an end only when the predicate still fits with the other end', () => {
    assert.equal(fitsEnd('ISSUES', 'subject', commerce, list), true);
    assert.equal(fitsEnd('ISSUES', 'subject', biren, list), false);
    assert.equal(fitsEnd('TARGETS', 'object', biren, list), true);
    assert.equal(fitsEnd('COMPETES_WITH', 'object', biren, biren), false, 'not the same entity at both ends');
  });
});

describe('choosing text without a mouse', () => {
  it('splits sentences, not at the full stops of “U.S.”', () => {
    assert.deepEqual(sentencesOf(TEXT).map((s) => s.text), [
      'Washington, 3 March 2026 — The U.S. Commerce Department added Biren Technology to the Entity List on Tuesday.',
      'Zorvex Labs stopped shipping wafers to Biren.',
    ]);
    for (const s of sentencesOf(`Title line\n\n${TEXT}`)) assert.equal(`Title line\n\n${TEXT}`.slice(s.start, s.end), s.text);
  });

  it('finds typed words as written first, else ignoring case', () => {
    assert.deepEqual(occurrencesOf('Biren', TEXT).map((s) => s.start), [TEXT.indexOf('Biren'), TEXT.lastIndexOf('Biren')]);
    assert.equal(occurrencesOf('zorvex labs', TEXT)[0]?.text, 'Zorvex Labs');
    assert.deepEqual(occurrencesOf('Cambricon', TEXT), []);
  });
});
