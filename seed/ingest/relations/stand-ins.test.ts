import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('stand-ins', () => {
  it('reads "the company" as the company named before it', async () => {
    const found = await relationsIn('Nvidia sells the H20 in many markets. Beijing opened an investigation into the company last week.', { rules: true });
    assert.ok(found.includes('china-government INVESTIGATES nvidia [investigates]'), found.join('\n'));
  });

  it('reads "both firms" as the two companies of the sentence before', async () => {
    const found = await relationsIn('Alibaba and Tencent ordered thousands of accelerators last year. Both firms were summoned by the Cyberspace Administration of China in September.');
    assert.ok(found.includes('cac INVESTIGATES alibaba'), found.join('\n'));
    assert.ok(found.includes('cac INVESTIGATES tencent'), found.join('\n'));
  });

  it('reads "bought both" as the two chips of the sentence before, and leaves "both" before a noun alone', async () => {
    const found = await relationsIn('Nvidia began offering the A800 and the H800. Chinese cloud providers including Alibaba and Tencent bought both in large volumes.');
    for (const buyer of ['alibaba', 'tencent']) for (const chip of ['a800', 'h800']) assert.ok(found.includes(`${buyer} BUYS ${chip}`), found.join('\n'));
    const other = await relationsIn('Nvidia began offering the A800 and the H800. Alibaba bought both companies’ shares.');
    assert.ok(!other.some((r) => r.includes(' BUYS ')), other.join('\n'));
  });
});
