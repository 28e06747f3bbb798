/**
 * Plan warm-up at start. Neo4j plans a statement the first time it sees its text (with these
 * types of parameters) and keeps the plan; the large statements of Chipgraph take seconds to plan
 * (a commit's one large statement 17–22 s on a loaded 2-core machine), so the first commit after a
 * start, or the first neighbourhood of a hub, would pay for it. `warmPlans` has them planned once,
 * in the background, right after the server listens:
 *
 * - the reads (search, neighbourhood, entity detail, paths) run for real, with the parameters the
 *   explorer's first clicks send, on an id no entity has: each statement is planned and finds nothing;
 * - the commit runs its own code in a transaction that is rolled back, where every statement after
 *   the first lock is only EXPLAINed (see `explainCommit`): every statement planned, nothing committed.
 *
 * One statement after the other, so that a 2-core machine keeps a core for the first requests.
 * Nothing is written and nothing waits for it: /healthz answers at once, and a request that comes
 * first simply plans its statement itself.
 */
import { GraphQLError } from 'graphql';
import type { GraphContext } from './access.ts';
import { findPaths } from './reads/find-paths.ts';
import { readEntity } from './reads/read-entity.ts';
import { readNeighborhood } from './reads/read-neighborhood.ts';
import { searchEntities } from './reads/search-entities.ts';
import { explainCommit } from './writes/commit-article.ts';

/** An id no entity has: the reads of the warm-up find nothing. */
export const WARM_UP_ID = 'chipgraph-plan-warm-up-no-such-entity';

export interface WarmUpStep {
  name: string;
  ms: number;
  /** Set when the step failed for another reason than finding nothing (the statement may not be planned). */
  error?: string;
}

export interface WarmUpReport {
  steps: WarmUpStep[];
  ms: number;
}

/** The steps of the warm-up, in order: the reads the explorer sends first, then the commit. */
export const WARM_UP_STEPS: ReadonlyArray<{ name: string; run: (graph: GraphContext) => Promise<unknown> }> = [
  { name: 'search', run: (graph) => searchEntities(graph, { text: 'warm-up plan zzqx' }) },
  { name: 'neighborhood', run: (graph) => readNeighborhood(graph, { ids: [WARM_UP_ID], depth: 1 }) },
  // The explorer's entity panel asks for no evidence: the statement without it (read-entity.ts).
  { name: 'entity', run: (graph) => readEntity(graph, { id: WARM_UP_ID }, { edgeEvidence: false }) },
  // The explorer asks for paths of at most 4 relationships (client/src/explore/paths-panel.tsx).
  { name: 'paths', run: (graph) => findPaths(graph, { from: WARM_UP_ID, to: `${WARM_UP_ID}-2`, maxLength: 4, limit: 5 }) },
  { name: 'commit', run: (graph) => explainCommit(graph) },
];

/** Plans the heavy statements once; never throws (a failed step is reported, the next one runs). */
export async function warmPlans(graph: GraphContext): Promise<WarmUpReport> {
  const started = performance.now();
  const steps: WarmUpStep[] = [];
  for (const step of WARM_UP_STEPS) {
    const stepStarted = performance.now();
    let error: string | undefined;
    try {
      await step.run(graph);
    } catch (caught) {
      // Finding no entity is what the reads are expected to do.
      if (!(caught instanceof GraphQLError && caught.extensions['code'] === 'ENTITY_NOT_FOUND')) error = (caught as Error).message ?? String(caught);
    }
    steps.push({ name: step.name, ms: Math.round(performance.now() - stepStarted), ...(error === undefined ? {} : { error }) });
  }
  return { steps, ms: Math.round(performance.now() - started) };
}
