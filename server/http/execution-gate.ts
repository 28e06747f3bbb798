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
 * A request that waits for something off the event loop for long (an article's analysis in an
 * extraction worker: up to its time budget) gives its turn back meanwhile (`RequestTurn.suspend`)
 * and takes one again, ahead of the queue, when it resumes: reads are not held behind analyses.
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
  /** A turn for a request that already had one and gave it back: ahead of the queue, never refused. */
  reenter(): Promise<() => void>;
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
    reenter() {
      if (running < settings.concurrency) return Promise.resolve(turn());
      return new Promise((resolve) => {
        waiting.unshift({ admit: () => resolve(turn()), gone: undefined, onGone: () => {} });
      });
    },
    get load() {
      return { running, waiting: waiting.length };
    },
  };
}

/** One request's turn: given back while it waits off the loop, and when the response is done. */
export interface RequestTurn {
  /** Gives the turn back while `work` runs (elsewhere than on the event loop), and takes one again before going on. */
  suspend<T>(work: Promise<T>): Promise<T>;
  /** The response is finished or abandoned: the turn is given back for good. */
  close(): void;
}

export function requestTurn(gate: ExecutionGate, release: () => void): RequestTurn {
  let held = true;
  let closed = false;
  let suspended = 0;
  let giveBack = release;
  let acquiring: Promise<void> | undefined;
  const letGo = (): void => {
    if (!held) return;
    held = false;
    giveBack();
  };
  return {
    async suspend(work) {
      suspended++;
      letGo();
      try {
        return await work;
      } finally {
        suspended--;
        if (suspended === 0 && !closed && !held) {
          acquiring ??= gate.reenter().then((next) => {
            acquiring = undefined;
            // Another wait began, or the client left, while this one queued: the new turn goes straight back.
            if (closed || suspended > 0) return next();
            giveBack = next;
            held = true;
          });
          await acquiring;
        }
      }
    },
    close() {
      closed = true;
      letGo();
    },
  };
}
