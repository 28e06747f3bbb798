import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relationsIn } from './read-relations.test-support.ts';

describe('trigger rules', () => {
  it('reads a verb with its subject before and its objects after', async () => {
    const found = await relationsIn('The Commerce Department barred exports of the H20 to China.', { rules: true });
    assert.ok(found.includes('us-commerce-department RESTRICTS_EXPORT_OF h20 [restricts-export]'), found.join('\n'));
  });

  it('gives an export decision with no government in its sentence to the one that made the article’s others', async () => {
    const found = await relationsIn('The US Commerce Department restricted the A100 in 2022. The H800 can no longer be shipped to China.', { rules: true });
    assert.ok(found.includes('us-commerce-department RESTRICTS_EXPORT_OF h800 [restricts-export.article-government]'), found.join('\n'));
  });

  it('reads orders of a chip as buying it, for each company of a list', async () => {
    const found = await relationsIn('Tencent, Alibaba and ByteDance have been stepping up orders of the H20 since the spring, people familiar with the matter said.');
    for (const id of ['tencent', 'alibaba', 'bytedance']) assert.ok(found.includes(`${id} BUYS h20`), found.join('\n'));
  });
});
