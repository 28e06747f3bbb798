/**
 * Scheduling priority of one thread. On Linux a thread is a task of its own: `setpriority` on its
 * task id changes that thread only, so an extraction worker can step back behind the thread that
 * serves requests (and behind Neo4j) when the cores are busy, without changing the server's
 * priority. It uses the cores as before when they are idle: niceness orders, it does not cap.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** Kernel task id of the calling thread (Linux, from /proc/thread-self); undefined elsewhere. */
export function currentThreadId(): number | undefined {
  try {
    const id = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(id) && id > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Raises the calling thread's niceness by `by` (at most to 19, the lowest priority) and returns its
 * new niceness; undefined where a thread's priority cannot be set on its own (not Linux) or the
 * system refuses. Never raises the priority.
 */
export function lowerThreadPriority(by: number): number | undefined {
  const tid = currentThreadId();
  if (tid === undefined || by <= 0) return undefined;
  try {
    const niceness = Math.min(19, getPriority(tid) + by);
    setPriority(tid, niceness);
    return getPriority(tid);
  } catch {
    return undefined;
  }
}
