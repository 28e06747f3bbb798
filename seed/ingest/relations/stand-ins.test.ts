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
});
