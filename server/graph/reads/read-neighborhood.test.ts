import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entriesPerGroup } from './read-neighborhood.ts';

/** Entries taken when groups of these sizes give their best in turns until `limit` are taken: what entriesPerGroup must cover. */
function takenInTurns(sizes: readonly number[], limit: number, perGroup: number): number {
  let taken = 0;
  const deepest = Math.min(perGroup, Math.max(0, ...sizes));
  for (let position = 0; position < deepest && taken < limit; position++) {
    for (const size of sizes) if (position < size && taken < limit) taken++;
  }
  return taken;
}

describe('entries read per group of a hub', () => {
  it('is the fewest that let the groups, taken in turns, fill the limit', () => {
    assert.equal(entriesPerGroup([5, 100, 100], 150), 73);
    assert.equal(entriesPerGroup([1, 8, 220], 20), 11);
    assert.equal(entriesPerGroup([20_000], 150), 150);
    assert.equal(entriesPerGroup(Array.from({ length: 15 }, () => 1_000), 150), 10);
  });

  it('reads whole groups when together they do not reach the limit', () => {
    assert.equal(entriesPerGroup([3, 40, 7], 150), 40);
    assert.equal(entriesPerGroup([], 150), 0);
    assert.equal(entriesPerGroup([0, 0], 150), 0);
  });

  it('never reads fewer than the turns take, nor one more than needed', () => {
    for (let seed = 1; seed < 300; seed++) {
      const sizes = Array.from({ length: 1 + (seed % 9) }, (_, i) => ((seed * 7919 + i * 104_729) % 400) * (i % 3 === 0 ? 1 : 0.1) | 0);
      const limit = 1 + ((seed * 31) % 500);
      const k = entriesPerGroup(sizes, limit);
      const all = takenInTurns(sizes, limit, Number.MAX_SAFE_INTEGER);
      assert.equal(takenInTurns(sizes, limit, k), all, `sizes ${sizes.join(',')} limit ${limit}: ${k} per group`);
      if (k > 0) assert.ok(takenInTurns(sizes, limit, k - 1) < all, `sizes ${sizes.join(',')} limit ${limit}: ${k - 1} would do`);
    }
  });
});
