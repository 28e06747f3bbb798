import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import { STORED_LABELS, STORED_RELATIONSHIP_TYPES, TRANSIENT_LABELS } from '../../schema/storage.ts';
import {
  BackupFormatError, ContentHash, checkBackup, decodeValue, encodeProperties, encodeValue, parseBackupLine,
} from './backup-format.ts';

/** A small valid backup: its lines with a trailer computed over them. */
function backup(entries: string[]): string[] {
  const hash = new ContentHash();
  for (const line of entries) hash.add(line, line.startsWith('{"node"') ? 'node' : 'rel');
  return ['{"backup":"chipgraph","version":1,"exportedAt":"2026-01-01T00:00:00.000Z"}', ...entries, JSON.stringify({ end: hash.totals() })];
}

const NVIDIA = '{"node":"Entity","labels":["Company","Entity"],"properties":{"id":"nvidia","name":"NVIDIA","sources":{"$int":"3"}}}';
const H100 = '{"node":"Entity","labels":["Chip","Entity"],"properties":{"id":"h100","name":"H100"}}';
const MAKES = '{"rel":"MAKES","from":["Entity","nvidia"],"to":["Entity","h100"],"properties":{"confidence":1,"id":"nvidia|MAKES|h100"}}';

describe('backup format', () => {
  it('keeps integers apart from floats, and temporal values exact', () => {
    assert.deepEqual(encodeValue(3, true), { $int: '3' });
    assert.equal(encodeValue(3, false), 3);
    assert.deepEqual(encodeValue([1, 2], true), [{ $int: '1' }, { $int: '2' }]);
    assert.deepEqual(encodeValue(neo4j.int('9007199254740993'), false), { $int: '9007199254740993' });
    assert.deepEqual(encodeValue(Number.NaN, false), { $float: 'NaN' });
    assert.ok(neo4j.isInt(decodeValue({ $int: '3' })));
    assert.equal(decodeValue(1), 1);
    assert.ok(Number.isNaN(decodeValue({ $float: 'NaN' }) as number));
    const at = new neo4j.types.DateTime(2026, 3, 4, 5, 6, 7, 123456789, 3600, undefined);
    const encoded = encodeValue(at, false);
    assert.deepEqual(encoded, { $datetime: [2026, 3, 4, 5, 6, 7, 123456789, 3600, null] });
    assert.equal(String(decodeValue(JSON.parse(JSON.stringify(encoded)))), String(at));
    const day = new neo4j.types.Date(2026, 2, 28);
    assert.equal(String(decodeValue(encodeValue(day, false))), '2026-02-28');
  });

  it('writes properties with sorted keys, so equal graphs give equal lines', () => {
    assert.equal(JSON.stringify(encodeProperties({ b: 'x', a: 2 }, ['a'])), '{"a":{"$int":"2"},"b":"x"}');
  });

  it('refuses labels, relationship types and typed values Chipgraph does not store', () => {
    assert.throws(() => parseBackupLine('{"node":"Entity","labels":["Entity","Admin"],"properties":{"id":"x"}}', 2), BackupFormatError);
    assert.throws(() => parseBackupLine('{"node":"Entity","labels":["Entity","Company) DETACH DELETE (n"],"properties":{"id":"x"}}', 2), BackupFormatError);
    assert.throws(() => parseBackupLine('{"node":"Article","labels":["Company","Entity"],"properties":{"id":"x"}}', 2), BackupFormatError);
    assert.throws(() => parseBackupLine('{"node":"Entity","labels":["Company","Entity"],"properties":{}}', 2), BackupFormatError);
    assert.throws(() => parseBackupLine('{"rel":"OWNS","from":["Entity","a"],"to":["Entity","b"],"properties":{}}', 2), BackupFormatError);
    assert.throws(() => parseBackupLine('{"rel":"MAKES","from":["CommitLock","a"],"to":["Entity","b"],"properties":{}}', 2), BackupFormatError);
    assert.throws(() => decodeValue({ $eval: 'x' }), BackupFormatError);
    assert.throws(() => decodeValue({ $int: '1e3' }), BackupFormatError);
  });

  it('accepts a whole backup and refuses one that is altered, truncated or out of order', async () => {
    const good = backup([NVIDIA, H100, MAKES]);
    assert.deepEqual(await checkBackup(good), JSON.parse(good.at(-1)!).end);
    const altered = good.map((line) => line.replace('"NVIDIA"', '"NVIDlA"'));
    await assert.rejects(checkBackup(altered), /altered/);
    await assert.rejects(checkBackup(good.slice(0, -1)), /truncated/);
    await assert.rejects(checkBackup(backup([NVIDIA, MAKES, H100])), /node after the relationships/);
    await assert.rejects(checkBackup(good.slice(1)), /not the header/);
    await assert.rejects(checkBackup([...good, NVIDIA]), /follows the trailer/);
  });
});

describe('what a backup holds', () => {
  /** Labels and relationship types written literally in the Cypher of server/graph/ (interpolated ones go through the guards). */
  function literalNames(): { labels: Set<string>; types: Set<string> } {
    const dir = new URL('./', import.meta.url);
    const labels = new Set<string>();
    const types = new Set<string>();
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      for (const template of readFileSync(new URL(file, dir), 'utf8').match(/`[^`]*`/g) ?? []) {
        if (!/\b(MATCH|MERGE|CREATE)\b/.test(template)) continue;
        for (const [, name] of template.matchAll(/[(\s]\w*:([A-Z][A-Za-z]+)\b/g)) labels.add(name!);
        for (const [, alternation] of template.matchAll(/\[\w*:([A-Z_|]+)[\]\s{*]/g)) for (const type of alternation!.split('|')) types.add(type);
      }
    }
    return { labels, types };
  }

  it('covers every label and relationship type the statements write', () => {
    const { labels, types } = literalNames();
    assert.ok(labels.has('Statement') && labels.has('SavedView') && types.has('STATES'), 'the scan finds the statements');
    for (const name of labels) assert.ok(STORED_LABELS.includes(name) || TRANSIENT_LABELS.includes(name), `label ${name} is not in schema/storage.ts`);
    for (const name of types) assert.ok(STORED_RELATIONSHIP_TYPES.includes(name), `relationship type ${name} is not in schema/storage.ts`);
  });
});
