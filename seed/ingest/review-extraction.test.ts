import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExtractionResult } from './extraction-contract.ts';
import { idsToResolve, reviewedPublicationDate, reviewExtraction, ReviewError, type GraphEntity, type ReviewCorrections } from './review-extraction.ts';

const TEXT = 'Washington, 3 March 2026 — The U.S. Commerce Department added Biren Technology and Moore Threads to the Entity List on Tuesday. '
  + 'Both firms compete with NVIDIA. Zorvex Labs said it had stopped shipping wafers to Biren.';

/** Offsets of the n-th occurrence of `words` in the text. */
function at(words: string, nth = 0): { text: string; start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(words, start + 1);
  assert.ok(start >= 0, words);
  return { text: words, start, end: start + words.length };
}
/** The sentence from `first` to `last`, both included. */
const sentence = (first: string, last: string): { text: string; start: number; end: number } => {
  const start = TEXT.indexOf(first);
  const end = TEXT.indexOf(last, start) + last.length;
  return { text: TEXT.slice(start, end), start, end };
};
const FIRST = sentence('Washington', 'on Tuesday.');
const SECOND = sentence('Both firms', 'NVIDIA.');
const THIRD = sentence('Zorvex Labs', 'to Biren.');

const GRAPH = new Map<string, GraphEntity>([
  ['us-government', { id: 'us-government', type: 'Government', name: 'United States (federal government)', aliases: ['U.S.'] }],
  ['us-commerce-department', { id: 'us-commerce-department', type: 'Government', name: 'US Department of Commerce', aliases: ['Commerce Department'] }],
  ['biren', { id: 'biren', type: 'Company', name: 'Biren Technology', aliases: ['Biren'] }],
  ['moore-threads', { id: 'moore-threads', type: 'Company', name: 'Moore Threads', aliases: [] }],
  ['nvidia', { id: 'nvidia', type: 'Company', name: 'NVIDIA', aliases: [] }],
  ['us-entity-list', { id: 'us-entity-list', type: 'Policy', name: 'US Entity List', aliases: ['Entity List'] }],
  ['h20', { id: 'h20', type: 'Chip', name: 'NVIDIA H20', aliases: ['H20'] }],
  ['china-government', { id: 'china-government', type: 'Government', name: 'China (PRC government)', aliases: [] }],
]);

/** What a pipeline might read: a wrong subject, a stopped fact read as a fact, the list missed. */
function extraction(): ExtractionResult {
  return {
    language: 'en',
    entities: [
      { id: 'us-government', type: 'Government', name: 'United States (federal government)', isNew: false, mentions: [{ ...at('Washington'), rule: 'alias' }, { ...at('U.S.'), rule: 'alias' }] },
      { id: 'us-commerce-department', type: 'Government', name: 'US Department of Commerce', isNew: false, mentions: [{ ...at('Commerce Department'), rule: 'alias' }] },
      { id: 'biren', type: 'Company', name: 'Biren Technology', isNew: false, mentions: [{ ...at('Biren Technology'), rule: 'alias' }, { ...at('Biren', 1), rule: 'alias' }] },
      { id: 'moore-threads', type: 'Company', name: 'Moore Threads', isNew: false, mentions: [{ ...at('Moore Threads'), rule: 'alias' }] },
      { id: 'nvidia', type: 'Company', name: 'NVIDIA', isNew: false, mentions: [{ ...at('NVIDIA'), rule: 'alias' }] },
      { id: 'zorvex', type: 'Company', name: 'Zorvex', isNew: true, mentions: [{ ...at('Zorvex'), rule: 'capitalised-name' }] },
    ],
    relations: [
      { subject: 'moore-threads', predicate: 'COMPETES_WITH', object: 'nvidia', confidence: 0.7, rule: 'en.compete', evidence: SECOND },
      { subject: 'zorvex', predicate: 'SELLS_TO', object: 'biren', confidence: 0.65, rule: 'company-sells-to', evidence: THIRD },
    ],
    warnings: [],
  };
}

const review = (corrections: ReviewCorrections): ExtractionResult => reviewExtraction(extraction(), corrections, GRAPH, TEXT);
const keysOf = (result: ExtractionResult): string[] => result.relations.map((r) => `${r.subject}|${r.predicate}|${r.object}`).sort();

function refused(corrections: ReviewCorrections, code: string, message: RegExp): void {
  assert.throws(() => review(corrections), (error: unknown) => {
    assert.ok(error instanceof ReviewError, String(error));
    assert.equal(error.code, code);
    assert.match(error.message, message);
    return true;
  });
}

describe('reviewExtraction: adding relationships', () => {
  it('adds a relationship the pipeline missed, its evidence taken from the text, with rule reviewer and confidence 1', () => {
    const result = review({ addRelations: [{ subject: 'us-commerce-department', predicate: 'ISSUES', object: 'us-entity-list', evidence: FIRST }] });
    const added = result.relations.find((r) => r.predicate === 'ISSUES');
    assert.deepEqual(added, { subject: 'us-commerce-department', predicate: 'ISSUES', object: 'us-entity-list', confidence: 1, rule: 'reviewer', evidence: FIRST });
    const list = result.entities.find((e) => e.id === 'us-entity-list');
    assert.equal(list?.type, 'Policy', 'an existing entity the text does not mention comes along as a relationship end');
    assert.deepEqual(list?.mentions, []);
    assert.equal(list?.isNew, false);
  });

  it('trims the blank space around a selected sentence', () => {
    const result = review({ addRelations: [{ subject: 'us-entity-list', predicate: 'TARGETS', object: 'biren', evidence: { start: FIRST.start, end: FIRST.end + 1 } }] });
    assert.deepEqual(result.relations.at(-1)?.evidence, FIRST);
  });

  it('replaces the pipeline’s reading of the same fact in the same sentence instead of duplicating it', () => {
    const result = review({ addRelations: [{ subject: 'nvidia', predicate: 'COMPETES_WITH', object: 'moore-threads', evidence: SECOND }] });
    const competes = result.relations.filter((r) => r.predicate === 'COMPETES_WITH');
    assert.equal(competes.length, 1);
    assert.equal(competes[0]?.rule, 'reviewer');
  });

  it('refuses a predicate whose domain or range does not fit, naming both', () => {
    refused({ addRelations: [{ subject: 'us-entity-list', predicate: 'ISSUES', object: 'us-commerce-department', evidence: FIRST }] }, 'BAD_USER_INPUT', /ISSUES goes from Government to Policy, not from Policy "us-entity-list" to Government "us-commerce-department"/);
  });

  it('refuses an unknown predicate, an unknown id and a relationship of an entity with itself', () => {
    refused({ addRelations: [{ subject: 'biren', predicate: 'LOVES', object: 'nvidia', evidence: SECOND }] }, 'BAD_USER_INPUT', /"LOVES" is not a predicate/);
    refused({ addRelations: [{ subject: 'biren', predicate: 'COMPETES_WITH', object: 'nobody-inc', evidence: SECOND }] }, 'ENTITY_NOT_FOUND', /no entity has the id "nobody-inc"/);
    refused({ addRelations: [{ subject: 'biren', predicate: 'COMPETES_WITH', object: 'biren', evidence: SECOND }] }, 'BAD_USER_INPUT', /same entity/);
  });

  it('refuses evidence outside the text, empty, blank, reversed or cutting a character in two', () => {
    const add = (evidence: { start: number; end: number }): ReviewCorrections => ({ addRelations: [{ subject: 'us-entity-list', predicate: 'TARGETS', object: 'biren', evidence }] });
    refused(add({ start: 0, end: TEXT.length + 1 }), 'BAD_USER_INPUT', /not a non-empty range inside the text/);
    refused(add({ start: -1, end: 10 }), 'BAD_USER_INPUT', /inside the text/);
    refused(add({ start: 10, end: 10 }), 'BAD_USER_INPUT', /non-empty/);
    refused(add({ start: 20, end: 10 }), 'BAD_USER_INPUT', /non-empty/);
    refused(add({ start: 1.5, end: 10 }), 'BAD_USER_INPUT', /inside the text/);
    const blank = TEXT.indexOf('. Both') + 1;
    refused(add({ start: blank, end: blank + 1 }), 'BAD_USER_INPUT', /only blank space/);
    const emoji = 'NVIDIA 🚀 ships.';
    assert.throws(() => reviewExtraction({ ...extraction(), entities: [], relations: [] }, {
      addRelations: [{ subject: 'nvidia', predicate: 'COMPETES_WITH', object: 'biren', evidence: { start: 0, end: emoji.indexOf('🚀') + 1 } }],
    }, GRAPH, emoji), /cuts a character in two/);
  });
});

describe('reviewExtraction: changing the ends of a relationship', () => {
  it('gives an extracted relationship another subject, keeping its evidence', () => {
    const result = review({ changeEnds: [{ edge: 'moore-threads|COMPETES_WITH|nvidia', subject: 'biren' }] });
    const competes = result.relations.find((r) => r.predicate === 'COMPETES_WITH');
    assert.equal(competes?.subject, 'biren');
    assert.equal(competes?.object, 'nvidia');
    assert.deepEqual(competes?.evidence, SECOND);
    assert.match(competes?.rule ?? '', /\+reviewer-ends$/);
  });

  it('changes the object alone, and both ends with the predicate', () => {
    const object = review({ changeEnds: [{ edge: 'zorvex|SELLS_TO|biren', object: 'moore-threads' }] });
    assert.ok(keysOf(object).includes('zorvex|SELLS_TO|moore-threads'));
    const both = review({
      changePredicates: [{ edge: 'zorvex|SELLS_TO|biren', predicate: 'HEADQUARTERED_IN' }],
      changeEnds: [{ edge: 'zorvex|SELLS_TO|biren', subject: 'biren', object: 'china-government' }],
    });
    assert.ok(keysOf(both).includes('biren|HEADQUARTERED_IN|china-government'), keysOf(both).join());
  });

  it('refuses ends that do not fit the predicate, an unknown edge or id, no end at all, and a loop', () => {
    refused({ changeEnds: [{ edge: 'moore-threads|COMPETES_WITH|nvidia', subject: 'us-entity-list' }] }, 'BAD_USER_INPUT', /COMPETES_WITH goes from Company to Company/);
    refused({ changeEnds: [{ edge: 'biren|BUYS|nvidia', subject: 'nvidia' }] }, 'BAD_USER_INPUT', /states no such relationship/);
    refused({ changeEnds: [{ edge: 'moore-threads|COMPETES_WITH|nvidia', object: 'ghost' }] }, 'ENTITY_NOT_FOUND', /"ghost"/);
    refused({ changeEnds: [{ edge: 'moore-threads|COMPETES_WITH|nvidia' }] }, 'BAD_USER_INPUT', /give a new subject, a new object or both/);
    refused({ changeEnds: [{ edge: 'moore-threads|COMPETES_WITH|nvidia', subject: 'nvidia' }] }, 'BAD_USER_INPUT', /would both be "nvidia"/);
  });

  it('lets a drop win over an end change of the same relationship', () => {
    const result = review({ dropRelations: ['zorvex|SELLS_TO|biren'], changeEnds: [{ edge: 'zorvex|SELLS_TO|biren', object: 'moore-threads' }] });
    assert.deepEqual(keysOf(result), ['moore-threads|COMPETES_WITH|nvidia']);
  });
});

describe('reviewExtraction: marking a span as an entity', () => {
  it('marks a span as a new entity with its type and name; its id is the slug of the name', () => {
    const span = at('Zorvex Labs');
    const result = review({ addEntities: [{ ...span, type: 'Company', name: 'Zorvex Labs' }] });
    const labs = result.entities.find((e) => e.id === 'zorvex-labs');
    assert.equal(labs?.isNew, true);
    assert.equal(labs?.type, 'Company');
    assert.deepEqual(labs?.mentions, [{ ...span, rule: 'reviewer' }]);
    assert.equal(result.entities.find((e) => e.id === 'zorvex'), undefined, 'the candidate the span covered gave way');
    assert.ok(!keysOf(result).includes('zorvex|SELLS_TO|biren'));
    assert.ok(result.warnings.some((w) => w.code === 'RELATION_DROPPED' && w.message.includes('"zorvex" is no longer mentioned')));
  });

  it('marks a span as a mention of an existing entity, taking it from the entity it overlapped', () => {
    const span = at('U.S. Commerce Department');
    const result = review({ addEntities: [{ ...span, entityId: 'us-commerce-department' }] });
    const commerce = result.entities.find((e) => e.id === 'us-commerce-department');
    assert.deepEqual(commerce?.mentions, [{ ...span, rule: 'reviewer-link' }]);
    assert.deepEqual(result.entities.find((e) => e.id === 'us-government')?.mentions.map((m) => m.text), ['Washington']);
  });

  it('takes a new name the graph already has with the same type as that entity, so committing again changes nothing', () => {
    const result = review({ addEntities: [{ ...at('Moore Threads'), type: 'Company', name: 'Moore Threads' }] });
    const moore = result.entities.filter((e) => e.id === 'moore-threads');
    assert.equal(moore.length, 1);
    assert.equal(moore[0]?.isNew, false);
    assert.deepEqual(moore[0]?.mentions.map((m) => m.rule), ['reviewer']);
  });

  it('lets a marked entity be the end of an added relationship', () => {
    const result = review({
      addEntities: [{ ...at('Zorvex Labs'), type: 'Company', name: 'Zorvex Labs' }],
      addRelations: [{ subject: 'zorvex-labs', predicate: 'SUPPLIES', object: 'biren', evidence: THIRD }],
    });
    assert.ok(keysOf(result).includes('zorvex-labs|SUPPLIES|biren'));
  });

  it('refuses a span outside the text, a type outside the vocabulary, both an id and a name, an unknown id, and a new name the graph has with another type', () => {
    refused({ addEntities: [{ start: 5, end: TEXT.length + 5, type: 'Company', name: 'X' }] }, 'BAD_USER_INPUT', /inside the text/);
    refused({ addEntities: [{ ...at('Zorvex Labs'), type: 'Startup', name: 'Zorvex Labs' }] }, 'BAD_USER_INPUT', /"Startup" is not an entity type/);
    refused({ addEntities: [{ ...at('Zorvex Labs'), type: 'Company', name: 'Zorvex Labs', entityId: 'biren' }] }, 'BAD_USER_INPUT', /not both/);
    refused({ addEntities: [{ ...at('Zorvex Labs'), entityId: 'zorvex-labs-inc' }] }, 'ENTITY_NOT_FOUND', /"zorvex-labs-inc"/);
    refused({ addEntities: [{ ...at('Zorvex Labs'), type: 'Company', name: '  !! ' }] }, 'BAD_USER_INPUT', /needs a name/);
    refused({ addEntities: [{ ...at('Moore Threads'), type: 'Chip', name: 'Moore Threads' }] }, 'BAD_USER_INPUT', /already has the Company "Moore Threads".*entityId "moore-threads"/);
  });
});

describe('reviewExtraction: what the graph must be asked', () => {
  it('lists the ids every correction names, new entities by their slug', () => {
    const ids = idsToResolve(extraction(), {
      addRelations: [{ subject: 'us-commerce-department', predicate: 'ISSUES', object: 'us-entity-list', evidence: FIRST }],
      changeEnds: [{ edge: 'zorvex|SELLS_TO|biren', object: 'h20' }],
      addEntities: [{ start: 0, end: 4, type: 'Company', name: 'Zorvex Labs' }, { start: 0, end: 4, entityId: 'china-government' }],
    });
    for (const id of ['us-entity-list', 'h20', 'zorvex-labs', 'china-government', 'nvidia']) assert.ok(ids.includes(id), id);
  });
});

describe('reviewedPublicationDate', () => {
  it('accepts ISO dates, with or without a time', () => {
    for (const date of ['2026-03-03', ' 2024-02-29 ', '2026-03-03T09:30:00Z', '2026-03-03T09:30+01:00']) assert.equal(reviewedPublicationDate(date), date.trim());
  });

  it('refuses what is not a date on the calendar', () => {
    for (const date of ['3 March 2026', '2026-02-30', '2025-02-29', '2026-13-01', '26-03-03', '1066-10-14', '2026-03-03T25:00', '']) {
      assert.throws(() => reviewedPublicationDate(date), (e: unknown) => e instanceof ReviewError && e.code === 'BAD_USER_INPUT' && /not an ISO date/.test(e.message), date);
    }
  });
});
