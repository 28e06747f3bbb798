/**
 * No module under server/graph/ (reads, writes, schema statements) builds Cypher from anything but
 * the vocabulary: every `${…}` inside a Cypher template is a fragment of cypher-fragments.ts (itself
 * built only from schema/vocabulary.ts and the limits), a call of one of its builders with a
 * literal variable name, or a call of one of its guards, which throw at run time unless they are
 * given a name of the vocabulary or a plain identifier. User values travel only as `$parameters`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MENTIONS, NODE_TYPES, PREDICATE_NAMES } from '../../schema/vocabulary.ts';
import * as fragments from './cypher-fragments.ts';

const DIR = new URL('./', import.meta.url);
const modules = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'cypher-fragments.ts')
  .sort();

/** Guards: whatever their arguments, they return a vocabulary name or a plain identifier, or throw. */
const GUARDS = ['label', 'relType', 'variable', 'parameter', 'numbered', 'sumOf', 'storedLabel', 'storedRelType', 'storedKey'];
/** Builders of whole subqueries whose own module is checked here, and whose arguments pass through guards. */
const SUBQUERY_BUILDERS = ['refreshEdgesSubquery'];

/** True when `expression` is exactly one call `name(…)` with balanced parentheses. */
function isSingleCall(expression: string, names: readonly string[]): boolean {
  const match = /^(\w+)\(/.exec(expression);
  if (!match || !names.includes(match[1] ?? '')) return false;
  let depth = 0;
  for (let i = match[0].length - 1; i < expression.length; i++) {
    if (expression[i] === '(') depth++;
    else if (expression[i] === ')' && --depth === 0) return i === expression.length - 1;
  }
  return false;
}

/** `list.map((…) => guard(…)).join('…')`: every item is a guard's or a subquery builder's output. */
function isGuardedJoin(expression: string): boolean {
  const byName = /^[\w.]+\.map\((\w+)\)\.join\('[^']*'\)$/.exec(expression);
  if (byName) return GUARDS.includes(byName[1] ?? '');
  const match = /^[\w.]+\.map\(\([\w, ]+\) => (.*)\)\.join\('[^']*'\)$/.exec(expression);
  return match !== null && isSingleCall(match[1] ?? '', [...GUARDS, ...SUBQUERY_BUILDERS]);
}

/** Template literals that contain Cypher, with the expressions they interpolate. */
function cypherInterpolations(source: string): string[] {
  const expressions: string[] = [];
  for (const template of source.match(/`[^`]*`/g) ?? []) {
    if (!/\b(MATCH|RETURN|CALL|UNWIND|MERGE|CREATE|SET|DELETE)\b/.test(template)) continue;
    for (const match of template.matchAll(/\$\{([^}]*)\}/g)) expressions.push((match[1] ?? '').trim());
  }
  return expressions;
}

const FRAGMENT_CONSTANTS = Object.entries(fragments).filter(([, value]) => typeof value === 'string').map(([name]) => name);
const FRAGMENT_BUILDERS = Object.entries(fragments).filter(([, value]) => typeof value === 'function').map(([name]) => name);
const SAFE_CALL = new RegExp(`^(${FRAGMENT_BUILDERS.join('|')})\\('[a-z][A-Za-z0-9]*'\\)$`);
/** Builders that write numbers into Cypher where it wants literals; each throws unless they are integers in range (tested below). */
const NUMBER_BUILDERS = ['pathSearchLevels'];
const SAFE_NUMBER_CALL = new RegExp(`^(${NUMBER_BUILDERS.join('|')})\\(\\w+(, \\w+)*\\)$`);

/** A list of the vocabulary mapped to Cypher: `const counts = NODE_TYPES.map((type) => `…${type}…`)`. */
const VOCABULARY_MAP = /const (\w+) = \[?(?:\.\.\.)?(?:NODE_TYPES|ENTITY_TYPES|PREDICATE_NAMES)[^;=]*?\.map\(\s*\((\w+)\)\s*=>\s*(`[^`]*`)/g;
/** Any list mapped to Cypher blocks: `const blocks = types.map((type, i) => `…${label(type)}…`)`. */
const BLOCK_MAP = /const (\w+) = [\w.]+\.map\(\s*\([\w, ]+\)\s*=>\s*(`[^`]*`)\)/g;
/** A module constant holding a Cypher template: `const STEP = `…``. */
const TEMPLATE_CONSTANT = /const ([A-Z][A-Z0-9_]*) = (`[^`]*`)/g;

/** Whether every interpolation of a module's Cypher is a fragment, a safe builder call, or built from them in the module. */
function unsafeInterpolations(source: string): string[] {
  const allowed = new Set(FRAGMENT_CONSTANTS);
  // Names the module gives to plain string literals: `export const ENTITY_NAMES_INDEX = 'entity_names';`.
  for (const [, name] of source.matchAll(/const ([A-Z][A-Z0-9_]*) = '[a-z_]+';/g)) allowed.add(name ?? '');
  const isSafe = (expression: string): boolean =>
    allowed.has(expression) || SAFE_CALL.test(expression) || SAFE_NUMBER_CALL.test(expression)
    || isSingleCall(expression, [...GUARDS, ...SUBQUERY_BUILDERS]) || isGuardedJoin(expression)
    || /^(\w+)\.join\('[^']*'\)$/.test(expression) && allowed.has(expression.split('.')[0] ?? '');
  let vocabularyTemplates = source;
  for (const [, list, variable, template] of source.matchAll(VOCABULARY_MAP)) {
    // The loop variable is a name of the vocabulary; the mapped list may be joined into Cypher.
    const inner = cypherInterpolations(template ?? '').filter((e) => e !== variable && !isSafe(e));
    if (inner.length === 0) allowed.add(list ?? '');
    vocabularyTemplates = vocabularyTemplates.replace(template ?? '', '``');
  }
  for (const [, list, template] of vocabularyTemplates.matchAll(BLOCK_MAP)) {
    // Blocks whose every interpolation is safe may be joined into a statement.
    if (cypherInterpolations(template ?? '').every(isSafe)) allowed.add(list ?? '');
    vocabularyTemplates = vocabularyTemplates.replace(template ?? '', '``');
  }
  for (const [, name, template] of vocabularyTemplates.matchAll(TEMPLATE_CONSTANT)) {
    if (cypherInterpolations(template ?? '').every(isSafe)) allowed.add(name ?? '');
  }
  return cypherInterpolations(vocabularyTemplates).filter((expression) => !isSafe(expression));
}

describe('Cypher safety', () => {
  it('finds the read and write modules that hold Cypher', () => {
    const withCypher = modules.filter((file) => /\b(MATCH|MERGE)\b/.test(readFileSync(new URL(file, DIR), 'utf8')));
    assert.ok(withCypher.filter((file) => file.startsWith('reads/')).length >= 8, withCypher.join(', '));
    assert.ok(withCypher.filter((file) => file.startsWith('writes/')).length >= 3, withCypher.join(', '));
  });

  for (const file of modules) {
    it(`${file} interpolates only vocabulary fragments into Cypher`, () => {
      assert.deepEqual(unsafeInterpolations(readFileSync(new URL(file, DIR), 'utf8')), [], file);
    });
  }

  it('builds relationship alternations from the vocabulary alone', () => {
    assert.deepEqual(fragments.VOCABULARY_RELATIONSHIPS.split('|'), PREDICATE_NAMES);
    assert.equal(fragments.MENTIONS_RELATIONSHIP, MENTIONS);
  });

  it('writes no quote, brace or parameter of its own into the fragments but the vocabulary names', () => {
    const names = new Set<string>([...PREDICATE_NAMES, ...NODE_TYPES, MENTIONS]);
    const source = readFileSync(new URL('cypher-fragments.ts', DIR), 'utf8');
    for (const expression of cypherInterpolations(source)) {
      assert.match(expression, /^[A-Za-z_.(),' [\]|=>`${}]+$/, expression);
    }
    for (const value of [fragments.VOCABULARY_RELATIONSHIPS, fragments.MENTIONS_RELATIONSHIP]) {
      for (const part of value.split('|')) assert.ok(names.has(part), part);
    }
  });

  it('flags a module that interpolates a value into Cypher', () => {
    const unsafe = 'const Q = `MATCH (n {id: \'${args.id}\'}) RETURN n`;\nconst STEP = `MATCH (n)-[:${VOCABULARY_RELATIONSHIPS}]-() RETURN n`;';
    assert.deepEqual(unsafeInterpolations(unsafe), ['args.id']);
  });

  it('flags a value appended to a guard, and blocks built from values', () => {
    const unsafe = [
      'const Q = `MERGE (n:${label(type) + args.extra}) RETURN n`;',
      'const blocks = rows.map((row) => `MATCH (n {id: \'${row.id}\'})`);',
      'const W = `${blocks.join(\'\\n\')} RETURN 1`;',
    ].join('\n');
    assert.deepEqual(unsafeInterpolations(unsafe), ['label(type) + args.extra', "blocks.join('\\n')"]);
  });

  it('lets the guards pass only names of the vocabulary and plain identifiers', () => {
    assert.equal(fragments.label('Company'), 'Company');
    assert.equal(fragments.relType('MAKES'), 'MAKES');
    assert.equal(fragments.parameter('$touched', 'MAKES'), '$touched.MAKES');
    assert.equal(fragments.sumOf(['created0', 'created1']), 'created0 + created1');
    assert.throws(() => fragments.label('Company) DETACH DELETE (n'));
    assert.throws(() => fragments.label('Statement'));
    assert.throws(() => fragments.relType('MAKES]->() DETACH DELETE (n'));
    assert.throws(() => fragments.parameter('$x', 'MAKES} DELETE'));
    assert.throws(() => fragments.parameter('x'));
    assert.throws(() => fragments.numbered('created', -1));
    assert.throws(() => fragments.sumOf(['a', 'b) DELETE n']));
    assert.equal(fragments.storedLabel('Statement'), 'Statement');
    assert.equal(fragments.storedRelType('STATES'), 'STATES');
    assert.equal(fragments.storedKey('MinHashBand'), 'key');
    assert.throws(() => fragments.storedLabel('CommitLock'));
    assert.throws(() => fragments.storedLabel('Entity) DETACH DELETE (n'));
    assert.throws(() => fragments.storedRelType('STATES]->() DETACH DELETE (n'));
    assert.throws(() => fragments.storedKey('toString'));
    assert.throws(() => fragments.storedKey('Company'));
  });

  it('refuses to build a fragment for anything but a plain variable name', () => {
    assert.throws(() => fragments.graphNode('n}) DETACH DELETE (m'));
    assert.throws(() => fragments.graphEdge('$r'));
  });

  it('writes only integers in range as the number of levels of the path search', () => {
    assert.equal(fragments.pathSearchLevels(4).match(/CALL \(s, t, levels, found\)/g)?.length, 3);
    for (const maxLength of [0, 7, 2.5, Number.NaN]) {
      assert.throws(() => fragments.pathSearchLevels(maxLength), RangeError, String(maxLength));
    }
    assert.throws(() => fragments.pathSearchLevels('4} DETACH DELETE (a' as unknown as number), RangeError);
  });
});
