/**
 * A small queue in front of GraphQL: at most `concurrency` requests to /graphql are handled at
 * once (body read, parse, validation, execution, JSON and compression of the answer); the next
 * `queueLimit` wait their turn in arrival order, and a request beyond those is answered at once
 * with `BUSY` (503, `Retry-After`), never dropped. A waiting request whose client leaves is taken
 * out of the queue.
 *
 * Why: the event loop serves /healthz, /readyz and every request's callbacks. With dozens of
 * operations in flight, the synchronous parts of all of them (answers arriving from Neo4j and
 * being shaped, serialised and compressed) queue up in front of any other callback; on a 2-core
 * machine shared with Neo4j that delay reached 200 ms at 32 clients. Requests past the limit
 * wait in this queue instead, where they cost nothing, and Neo4j, the real bottleneck, is kept
 * as busy as before (bench/load.bench.ts measures both).
 *
 * A dry run keeps its turn while its article is analysed in an extraction worker. Giving it back
 * meanwhile (tried on 2 December) let more analyses in than the extraction queue holds: at 32
 * clients the extraction queue refused BUSY in 5 of 6 rounds of 25 s (5 to 15 times each), where
 * waiting here loses none.
 */

/** Settings of the gate, each with its unit. */
export const EXECUTION_GATE = {
  /** GraphQL requests handled at once. */
  concurrency: 4,
  /** Requests that may wait for a turn; beyond, `BUSY`. */
  queueLimit: 256,
  /** Seconds a refused client is told to wait (Retry-After, extensions.retryAfter). */
  retryAfterSeconds: 2,
};

export interface GateLoad {
  running: number;
  waiting: number;
}

export interface ExecutionGate {
  /**
   * Asks for a turn. Returns undefined when the queue is full (answer BUSY), else a promise of the
   * function that gives the turn back (call it once the response is finished or abandoned). The
   * promise never settles when `gone` aborts while the request waits; the turn is then not taken.
   */
  enter(gone?: AbortSignal): Promise<() => void> | undefined;
  readonly load: GateLoad;
}

export function createExecutionGate(settings: { concurrency: number; queueLimit: number } = EXECUTION_GATE): ExecutionGate {
  let running = 0;
  const waiting: Array<{ admit: () => void; gone: AbortSignal | undefined; onGone: () => void }> = [];

  const turn = (): (() => void) => {
    running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      running--;
      const next = waiting.shift();
      if (next) {
        next.gone?.removeEventListener('abort', next.onGone);
        next.admit();
      }
    };
  };

  return {
    enter(gone) {
      if (gone?.aborted) return new Promise(() => {});
      if (running < settings.concurrency && waiting.length === 0) return Promise.resolve(turn());
      if (waiting.length >= settings.queueLimit) return undefined;
      return new Promise((resolve) => {
        const entry = {
          admit: () => resolve(turn()),
          gone,
          onGone: () => {
            const index = waiting.indexOf(entry);
            if (index >= 0) waiting.splice(index, 1);
          },
        };
        gone?.addEventListener('abort', entry.onGone, { once: true });
        waiting.push(entry);
      });
    },
    get load() {
      return { running, waiting: waiting.length };
    },
  };
}
