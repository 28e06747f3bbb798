import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('pair rules', () => {
  it('reads the words between two names', async () => {
    const found = await relationsIn('Cambricon, which competes with Nvidia, raised money.', { rules: true });
    assert.deepEqual(found, ['cambricon COMPETES_WITH nvidia [company-competes-with-company]']);
  });

  it('reads nothing from a hedged gap', async () => {
    assert.ok((await relationsIn('Nvidia sold more accelerators to Alibaba.')).includes('nvidia SELLS_TO alibaba'));
    const found = await relationsIn('Nvidia hoped to sell more accelerators to Alibaba.');
    assert.ok(!found.includes('nvidia SELLS_TO alibaba'), found.join('\n'));
  });
});

describe('who leads a company, in passing', () => {
  it('reads a company given as a person\'s, and one founded by a person', async () => {
    assert.ok((await relationsIn('La société s’est associée à xAI, la start-up d’Elon Musk, pour un centre de données.')).includes('elon-musk LEADS xai'));
    assert.ok((await relationsIn("Elon Musk's xAI bought the chips.")).includes('elon-musk LEADS xai'));
    assert.ok((await relationsIn('xAI, founded by Elon Musk in 2023, bought the chips.')).includes('elon-musk LEADS xai'));
  });

  it('reads "one of Huawei’s rotating chairmen" and "AMD chief Lisa Su"', async () => {
    assert.ok((await relationsIn('Eric Xu, one of Huawei’s rotating chairmen, presented the roadmap.')).includes('eric-xu LEADS huawei'));
    assert.ok((await relationsIn('AMD chief Lisa Su said so.')).includes('lisa-su LEADS amd'));
  });

  it('does not read a chief financial officer as the company’s leader', async () => {
    const found = await relationsIn('AMD chief financial officer Jean Hu said so.');
    assert.ok(!found.some((r) => r.includes(' LEADS amd')), found.join('\n'));
  });
});
