/**
 * A token bucket per client: each client may spend `burst` requests at once, and earns them back
 * at `perMinute` a minute. Used for dry runs of `ingestArticle`, which need no token but cost a
 * worker's time. Memory is bounded: at most `maxClients` buckets are kept, the least recently
 * used dropped first (a dropped client starts again with a full bucket).
 */
export interface RateLimitOptions {
  /** Requests a client may make at once. */
  burst: number;
  /** Requests a client earns back per minute. */
  perMinute: number;
  /** Buckets kept in memory. Default 10 000. */
  maxClients?: number;
  /** Clock in ms; tests give their own. Default `Date.now`. */
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Spends one request of `client`'s bucket, or says when to retry. */
  take(client: string): RateDecision;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const maxClients = options.maxClients ?? 10_000;
  const now = options.now ?? Date.now;
  const perMs = options.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(client) {
      const t = now();
      const previous = buckets.get(client);
      const tokens = previous ? Math.min(options.burst, previous.tokens + (t - previous.at) * perMs) : options.burst;
      buckets.delete(client); // re-inserted last: the Map's order is least recently used first
      if (tokens < 1) {
        buckets.set(client, { tokens, at: t });
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
      }
      buckets.set(client, { tokens: tokens - 1, at: t });
      while (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
      return { allowed: true };
    },
  };
}
