import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  it('lets a client spend its burst, then refuses with the seconds until its next request', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 3, perMinute: 6, now: () => now });
    for (let i = 0; i < 3; i++) assert.deepEqual(limiter.take('10.1.1.1'), { allowed: true });
    assert.deepEqual(limiter.take('10.1.1.1'), { allowed: false, retryAfterSeconds: 10 });
    now += 10_000;
    assert.deepEqual(limiter.take('10.1.1.1'), { allowed: true });
    assert.equal(limiter.take('10.1.1.1').allowed, false);
  });

  it('keeps one bucket per client', () => {
    const limiter = createRateLimiter({ burst: 1, perMinute: 1, now: () => 0 });
    assert.equal(limiter.take('a').allowed, true);
    assert.equal(limiter.take('a').allowed, false);
    assert.equal(limiter.take('b').allowed, true);
  });

  it('never earns more than the burst, however long a client waits', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 2, perMinute: 60, now: () => now });
    limiter.take('a');
    now += 3_600_000;
    assert.equal(limiter.take('a').allowed, true);
    assert.equal(limiter.take('a').allowed, true);
    assert.equal(limiter.take('a').allowed, false);
  });

  it('forgets the least recently seen clients beyond its size', () => {
    const limiter = createRateLimiter({ burst: 1, perMinute: 1, maxClients: 2, now: () => 0 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c'); // a is forgotten
    assert.equal(limiter.take('a').allowed, true);
    assert.equal(limiter.take('c').allowed, false);
  });
});
