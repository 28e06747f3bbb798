import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coordinationGroups } from './coordination.ts';
import { relationsIn } from './read-relations.test-support.ts';
import type { RelationMention } from './sentence-view.ts';

/** Mentions of `names` in `text`, each of the given type. */
function mentionsOf(text: string, names: ReadonlyArray<readonly [string, RelationMention['type']]>): RelationMention[] {
  return names.map(([name, type]) => {
    const start = text.indexOf(name);
    return { entityId: name.toLowerCase(), type, start, end: start + name.length, sentence: 0, text: name };
  });
}

describe('coordination groups', () => {
  it('joins names of one type listed with commas and "and", and nothing else', () => {
    const text = "Regulators summoned ByteDance, Alibaba and Tencent over Nvidia's H20.";
    const ms = mentionsOf(text, [['ByteDance', 'Company'], ['Alibaba', 'Company'], ['Tencent', 'Company'], ['Nvidia', 'Company'], ['H20', 'Chip']]);
    const groups = coordinationGroups(ms, text.toLowerCase(), 0);
    assert.deepEqual(groups.get(ms[0]!)?.map((m) => m.text), ['ByteDance', 'Alibaba', 'Tencent']);
    assert.equal(groups.get(ms[2]!), groups.get(ms[0]!));
    assert.deepEqual(groups.get(ms[3]!)?.map((m) => m.text), ['Nvidia']);
    assert.deepEqual(groups.get(ms[4]!)?.map((m) => m.text), ['H20']);
  });

  it('lets a rule read every member of the group', async () => {
    const found = await relationsIn('Chinese regulators summoned ByteDance, Alibaba and Tencent over the H20.');
    for (const company of ['bytedance', 'alibaba', 'tencent']) assert.ok(found.includes(`china-government INVESTIGATES ${company}`), found.join('\n'));
  });
});
