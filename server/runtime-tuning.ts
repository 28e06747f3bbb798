/**
 * Process-wide settings of a serving process, applied before any other module loads: the entry
 * points that serve (`server/main.ts`, `bench/serve-app.ts`) import this module first.
 *
 * - NODE_ENV defaults to `production`: graphql-js then checks types with a plain `instanceof`
 *   instead of its development check, which looks up every miss's class name (about 1 % of the
 *   main thread's time under the load mix). An explicit NODE_ENV is kept.
 * - The V8 heap grows by at most `heapGrowingPercent` % of what is alive after a full garbage
 *   collection before it collects again. V8's own rule lets it grow up to fourfold when
 *   collection is slow, as it is on a busy machine: under the load mix the main thread's heap
 *   reached 270 MB for about 60–90 MB alive, which made the app's resident memory miss its
 *   400 MB target (60 % keeps it near 380 MB at the peak; 30 % near 360 MB, but with more
 *   full collections the event loop was late more often under the mix). A growth limit is no
 *   cap: a large operation still gets the memory it needs. The flag is process-wide, so the
 *   extraction workers' heaps follow it too. `CHIPGRAPH_HEAP_GROWTH_PERCENT` changes it; 0
 *   restores V8's own rule.
 */
import { setFlagsFromString } from 'node:v8';

export const RUNTIME_TUNING = {
  /** Growth of the V8 heap between two full collections, in % of the live heap (0: V8's own rule). */
  heapGrowingPercent: 60,
};

const asked = process.env['CHIPGRAPH_HEAP_GROWTH_PERCENT'];
if (asked !== undefined && asked !== '') {
  const percent = Number(asked);
  if (Number.isInteger(percent) && percent >= 0 && percent <= 1000) RUNTIME_TUNING.heapGrowingPercent = percent;
  else process.stderr.write(`CHIPGRAPH_HEAP_GROWTH_PERCENT must be an integer from 0 to 1000 (got "${asked}"): using ${RUNTIME_TUNING.heapGrowingPercent}.\n`);
}

process.env['NODE_ENV'] ??= 'production';
if (RUNTIME_TUNING.heapGrowingPercent > 0) setFlagsFromString(`--heap-growing-percent=${RUNTIME_TUNING.heapGrowingPercent}`);
