/** A person named with a role leads what the knowledge base says they lead, when the article names it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('known leaders named with a role', () => {
  it('reads "chief executive Jensen Huang" as leading Nvidia when the article names Nvidia', async () => {
    const found = await relationsIn('Nvidia reported record revenue on Wednesday. Demand for Blackwell remains strong, chief executive Jensen Huang said.', { rules: true });
    assert.ok(found.includes('jensen-huang LEADS nvidia [known-leader-with-role]'), found.join('\n'));
  });

  it('reads nothing without a role, for a former boss, or when the article never names what they lead', async () => {
    const noRole = await relationsIn('Nvidia reported record revenue on Wednesday. Jensen Huang was in Taipei that day for a trade show.');
    assert.ok(!noRole.includes('jensen-huang LEADS nvidia'), noRole.join('\n'));
    const former = await relationsIn('Intel is looking for outside customers. Former chief executive Pat Gelsinger had promised five nodes in four years.');
    assert.ok(!former.includes('pat-gelsinger LEADS intel'), former.join('\n'));
    const elsewhere = await relationsIn('Demand for AI accelerators remains strong, chief executive Jensen Huang said on Wednesday.');
    assert.ok(!elsewhere.includes('jensen-huang LEADS nvidia'), elsewhere.join('\n'));
  });

  it('gives a president the state, not the office, when the article names both', async () => {
    const found = await relationsIn('TSMC announced $100 billion more at the White House in March, alongside President Donald Trump. The United States wants more chips made at home.');
    assert.ok(found.includes('donald-trump LEADS us-government'), found.join('\n'));
    assert.ok(!found.includes('donald-trump LEADS white-house'), found.join('\n'));
  });
});
