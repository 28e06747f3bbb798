import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  bandKeys, minHashSignature, NEAR_DUPLICATE_THRESHOLD, publicationOf, similarity,
} from './near-duplicates.ts';

const ARTICLES = fileURLToPath(new URL('../articles/', import.meta.url));

/** Every sample and held-out article of the repository, by file name. */
function sampleArticles(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const folder of ['', 'held-out/dev', 'held-out/test']) {
    for (const name of readdirSync(join(ARTICLES, folder))) {
      if (/\.(?:md|txt)$/.test(name) && name !== 'README.md') texts.set(name, readFileSync(join(ARTICLES, folder, name), 'utf8'));
    }
  }
  return texts;
}

/** The paragraphs of a text (blank-line separated). */
function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
}

/** How a story is re-published: each edit gives a copy that should count as the same publication. */
const EDITS: Record<string, (text: string) => string> = {
  'another headline': (text) => `Breaking: the chip story everyone is reading\n\n${text}`,
  'a footer added': (text) => `${text}\n\nReporting by our correspondents; editing by the news desk. Subscribe to our newsletter for more chip news every morning. © All rights reserved.\n`,
  'typography changed': (text) => text.replace(/’/g, "'").replace(/[«»]/g, '"').replace(/\s+/g, ' ').toUpperCase(),
  'a sentence reworded': (text) => text.replace(/([.!?])\s+[^.!?]{20,}?[.!?]/, '$1 An editor rewrote this sentence entirely for the syndicated version of the story.'),
  // A brief's last paragraph is its whole body: only longer articles lose one.
  'the last paragraph cut': (text) => (paragraphs(text).length >= 4 ? paragraphs(text).slice(0, -1).join('\n\n') : `${text} `),
  'headline, footer and a sentence': (text) => EDITS['a footer added']!(EDITS['a sentence reworded']!(EDITS['another headline']!(text))),
};

describe('near-duplicate articles', () => {
  const articles = sampleArticles();
  const signatures = new Map([...articles].map(([name, text]) => [name, minHashSignature(text)]));

  it('reads all 102 sample and held-out articles', () => {
    assert.equal(articles.size, 102);
  });

  it('keeps every two distinct sample articles well below the threshold', () => {
    let highest = { pair: '', score: 0 };
    const names = [...signatures.keys()];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const score = similarity(signatures.get(names[i]!)!, signatures.get(names[j]!)!);
        if (score > highest.score) highest = { pair: `${names[i]} / ${names[j]}`, score };
      }
    }
    // Measured: 0.09, for two stories about SAMR's probes; the margin keeps a new article from silently crossing it.
    assert.ok(highest.score <= NEAR_DUPLICATE_THRESHOLD - 0.15, `${highest.pair}: ${highest.score}`);
  });

  for (const [edit, apply] of Object.entries(EDITS)) {
    it(`finds every sample article again after ${edit}`, () => {
      let lowest = { name: '', score: 1 };
      for (const [name, text] of articles) {
        const copy = apply(text);
        assert.notEqual(copy, text, `${name}: the edit changed nothing`);
        const score = similarity(signatures.get(name)!, minHashSignature(copy));
        if (score < lowest.score) lowest = { name, score };
      }
      assert.ok(lowest.score >= NEAR_DUPLICATE_THRESHOLD + 0.1, `${lowest.name}: ${lowest.score}`);
    });
  }

  it('makes near-duplicates share a band key, so that they are found without comparing with every article', () => {
    for (const [name, text] of articles) {
      const keys = new Set(bandKeys(signatures.get(name)!));
      const copy = bandKeys(minHashSignature(EDITS['headline, footer and a sentence']!(text)));
      assert.ok(copy.some((key) => keys.has(key)), name);
    }
  });

  it('gives a text the same signature in every run and version, so that stored signatures stay comparable', () => {
    const signature = minHashSignature('NVIDIA makes the H20 for the Chinese market.');
    assert.equal(signature.length, 128);
    assert.deepEqual(signature.slice(0, 3), [598057295, 665538691, 1592280302]);
    assert.deepEqual(bandKeys(signature).slice(0, 2), ['0:2de5df76', '1:500dd105']);
    assert.deepEqual(minHashSignature('nvidia MAKES the “H20” for the chinese market'), signature, 'case, quotes and punctuation do not count');
  });

  it('joins the group of the most similar stored article, and no group when none is near enough', () => {
    const text = articles.get('01-h20-licence-requirement-en.md')!;
    const other = articles.get('03-cac-summons-h20-en.md')!;
    const copy = minHashSignature(EDITS['a footer added']!(text));
    const stored = [
      { id: 'article-b', publication: 'article-b', signature: minHashSignature(other), ingestedAt: '2025-01-01' },
      { id: 'article-c', publication: 'article-a', signature: minHashSignature(text), ingestedAt: '2025-02-01' },
    ];
    assert.deepEqual(publicationOf(copy, stored)?.publication, 'article-a');
    assert.equal(publicationOf(copy, stored)?.duplicateOf, 'article-c');
    assert.equal(publicationOf(copy, [stored[0]!]), undefined);
  });
});
