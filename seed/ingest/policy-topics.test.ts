import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer, type GazetteerEntry } from './build-gazetteer.ts';
import { findPolicies } from './find-policies.ts';
import { linkEntities } from './link-entities.ts';
import { policyTopics, topicOverlap, topicWords } from './policy-topics.ts';
import { splitSentences } from './split-sentences.ts';
import { tokenize } from './tokenize.ts';

const ENTRIES: GazetteerEntry[] = [
  { id: 'us-government', type: 'Government', name: 'United States (federal government)', aliases: ['US', 'Washington'], kind: 'STATE', country: 'US' },
  { id: 'china-government', type: 'Government', name: 'China (PRC government)', aliases: ['China', 'Beijing'], kind: 'STATE', country: 'CN' },
  { id: 'nvidia', type: 'Company', name: 'NVIDIA', aliases: ['Nvidia'], about: 'Designs GPUs and sells them worldwide.' },
  {
    id: 'us-memory-rule', type: 'Policy', name: 'US controls on memory and chipmaking tools (December 2024)', aliases: [], kind: 'EXPORT_CONTROL',
    about: 'Restricts high-bandwidth memory, lithography software and etching tools.', issuers: ['us-government'], actors: ['us-government', 'china-government'], dates: ['2024-12-02'],
  },
  {
    id: 'china-metal-controls', type: 'Policy', name: 'Chinese controls on gallium and germanium (2023)', aliases: [], kind: 'EXPORT_CONTROL',
    about: 'Licences for exports of gallium, germanium and their compounds.', issuers: ['china-government'], actors: ['china-government'], dates: ['2023-07-03'],
  },
  {
    id: 'us-guidance', type: 'Policy', name: 'US guidance on data centre chips', aliases: [], kind: 'GUIDANCE',
    about: 'Warns data centres against diverted accelerators.', issuers: ['us-government'], actors: ['us-government'], dates: ['2025-05-13'],
  },
];
const gazetteer = buildGazetteer(ENTRIES);

function policies(text: string): Array<[string, string]> {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, 'en');
  const mentions = linkEntities({ text, tokens, sentences, gazetteer });
  return findPolicies({ text, tokens, sentences, mentions, gazetteer }).map((p) => [p.entityId, p.text]);
}

describe('policyTopics', () => {
  it('keeps the rare words of a policy and leaves out common words and the names of other entities', () => {
    const topic = policyTopics(gazetteer).find((t) => t.entry.id === 'china-metal-controls');
    assert.ok(topic);
    assert.ok(topic.words.has('gallium') && topic.words.has('germanium'));
    assert.ok(!topic.words.has('china') && !topic.words.has('their') && !topic.words.has('export'));
  });

  it('weighs the words a text shares with a policy', () => {
    const topic = policyTopics(gazetteer).find((t) => t.entry.id === 'us-memory-rule');
    assert.ok(topic);
    const { matched } = topicOverlap(topic, topicWords('Exports of high-bandwidth memory and lithography software are restricted.'));
    assert.deepEqual(matched.sort(), ['bandwidth', 'lithography', 'memory', 'software']);
    assert.deepEqual(topicOverlap(topic, topicWords('Exports of gallium are restricted.')).matched, []);
  });
});

describe('findPolicies reads an everyday phrase by the words around it', () => {
  it('links "the US package" to the policy whose rare words its sentence uses', () => {
    assert.deepEqual(policies('The US package restricts exports to China of high-bandwidth memory and lithography software.'),
      [['us-memory-rule', 'US package']]);
  });

  it('does not link it when a nationality near the phrase is not the issuer’s', () => {
    assert.deepEqual(policies('The Chinese package restricts exports of high-bandwidth memory and lithography software.'), []);
  });

  it('does not link it when two policies are described as much', () => {
    assert.deepEqual(policies('The new rules cover high-bandwidth memory, gallium and germanium.'), []);
  });

  it('reads an undescribed phrase as the policy the same word names elsewhere in the article', () => {
    const found = policies('Washington unveiled its third major package of restrictions on Monday. The US package restricts exports of high-bandwidth memory and lithography software.');
    assert.deepEqual(found.map(([id]) => id), ['us-memory-rule', 'us-memory-rule']);
    assert.equal(found[0]?.[1], 'package of restrictions');
  });

  it('does not let "those controls" stand for a guidance', () => {
    const found = policies('The US guidance warns data centres against diverted accelerators. Those controls stay.');
    assert.deepEqual(found.map(([, text]) => text), ['guidance']);
  });
});
