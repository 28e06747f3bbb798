import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../split-sentences.ts';
import { testGazetteer } from '../test-gazetteer.ts';
import { articleContext } from './article-context.ts';
import type { RelationMention } from './sentence-view.ts';

describe('the article context', () => {
  it('reads "the company" as the company named most shortly before, not the last one named', () => {
    const text = 'Nvidia sells chips. Nvidia grew. Analysts also cited Huawei. The company rose.';
    const sentences = splitSentences(text, 'en');
    const at = (name: string, from = 0): RelationMention => {
      const start = text.indexOf(name, from);
      return { entityId: name.toLowerCase(), type: 'Company', start, end: start + name.length, sentence: sentences.findIndex((s) => s.start <= start && start < s.end), text: name };
    };
    const mentions = [at('Nvidia'), at('Nvidia', 10), at('Huawei')];
    const ctx = articleContext({ text, sentences, mentions, gazetteer: testGazetteer() }, () => false, []);
    const standIn = text.indexOf('The company');
    assert.equal(ctx.focalCompany, 'nvidia');
    assert.equal(ctx.lastSeen('Company', standIn)?.entityId, 'huawei');
    assert.equal(ctx.salient('Company', standIn)?.entityId, 'nvidia');
  });
});
