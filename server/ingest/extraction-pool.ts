/**
 * Extraction off the event loop: a small pool of worker threads (`extraction-worker.ts`) that read
 * and extract articles, so a large or pathological article never stalls the server's other
 * requests or its health probes.
 *
 * - At most `size` articles are extracted at once; up to `queueLimit` more wait their turn, and
 *   any article beyond that is refused at once with `BUSY` ("retry in a few seconds").
 * - Each article has a time budget (`timeoutMs`, counted from when a worker starts on it); past
 *   it the worker is terminated (extraction is synchronous, so that is the only way to stop it)
 *   and replaced, and the caller gets `EXTRACTION_TIMEOUT`.
 * - When the caller's signal aborts (the client left), a waiting article leaves the queue and a
 *   running one has its worker terminated.
 * - The gazetteer is sent to each worker as its entries, once per gazetteer object (the graph's
 *   gazetteer is rebuilt after commits); a worker compiles it itself.
 * - Workers start on demand and exit after `idleMs` without an article: each holds its own V8
 *   heap, its modules and its compiled gazetteer (about 90 MB), which a server that analyses an
 *   article now and then should not keep. A fresh worker takes a second or two to load; the
 *   article's time budget starts once it has.
 */
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Gazetteer, GazetteerEntry } from '../../seed/ingest/build-gazetteer.ts';
import type { ExtractionResult } from '../../seed/ingest/extraction-contract.ts';
import { IngestError, type IngestErrorCode } from '../../seed/ingest/ingest-errors.ts';
import type { ArticleInput, ArticleText, ReadArticleOptions } from '../../seed/ingest/read-article.ts';

export interface ExtractionPoolOptions {
  /** Worker threads, at most this many articles extracted at once. Default: cores - 1, between 1 and 4. */
  size?: number;
  /** Articles allowed to wait for a worker; beyond, `BUSY`. Default 8. */
  queueLimit?: number;
  /** Time budget of one article once a worker starts on it, in ms. Default 20 000. */
  timeoutMs?: number;
  /** A worker without an article for this long exits, in ms (the next article starts a fresh one). Default 15 000. */
  idleMs?: number;
  /** V8 heap limits of each worker (`worker_threads` resourceLimits); default `DEFAULT_EXTRACTION_POOL.resourceLimits`. */
  resourceLimits?: ResourceLimits;
  /** The worker's entry module; tests give a stand-in. Default `extraction-worker-entry.mjs`. */
  workerEntry?: URL;
}

export interface ExtractionTask {
  input: ArticleInput;
  readOptions?: ReadArticleOptions;
  /** Language the caller declares, used when the article declares none. */
  declaredLanguage?: string | undefined;
  /** Publication date a reviewer set: replaces the article's own before extraction. */
  publishedAt?: string | undefined;
  gazetteer: Gazetteer;
}

export interface Extracted {
  article: ArticleText;
  extraction: ExtractionResult;
}

/** The pool refused or gave up on an article; `code` is a catalogue code. */
export class ExtractionPoolError extends Error {
  override name = 'ExtractionPoolError';
  constructor(readonly code: 'BUSY' | 'EXTRACTION_TIMEOUT', message: string) {
    super(message);
  }
}

/** A message to a worker. */
export interface WorkerTask {
  id: number;
  input: ArticleInput;
  readOptions?: ReadArticleOptions | undefined;
  declaredLanguage?: string | undefined;
  publishedAt?: string | undefined;
  gazetteerVersion: number;
  /** Present when the worker does not hold this gazetteer version yet. */
  gazetteerEntries?: GazetteerEntry[];
}

/** A worker's answer. */
export type WorkerReply =
  /** Sent when the worker takes the task, once it has loaded: the article's time budget starts then. */
  | { id: number; started: true }
  | { id: number; ok: true; article: ArticleText; extraction: ExtractionResult }
  | { id: number; ok: false; error: { kind: 'ingest'; code: IngestErrorCode; message: string; detail: Record<string, unknown> } | { kind: 'unexpected'; message: string } };

interface Job {
  task: ExtractionTask;
  signal: AbortSignal | undefined;
  resolve: (value: Extracted) => void;
  reject: (error: unknown) => void;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  gazetteerVersion: number | undefined;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
  /** Ends the idle worker after `idleMs`; set while it has no article. */
  idleTimer: NodeJS.Timeout | undefined;
}

const WORKER_ENTRY = new URL('./extraction-worker-entry.mjs', import.meta.url);

export const DEFAULT_EXTRACTION_POOL = {
  size: Math.max(1, Math.min(4, availableParallelism() - 1)),
  queueLimit: 8,
  timeoutMs: 20_000,
  idleMs: 15_000,
  /**
   * A small young generation: the default semi-spaces let an extracting worker grow by some 20 MB
   * more for no measurable speed (the extraction's garbage is short-lived and small).
   */
  resourceLimits: { maxYoungGenerationSizeMb: 8 } as ResourceLimits,
};

export class ExtractionPool {
  readonly size: number;
  readonly queueLimit: number;
  readonly timeoutMs: number;
  readonly idleMs: number;
  readonly resourceLimits: ResourceLimits;
  private readonly workerEntry: URL;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly versions = new WeakMap<Gazetteer, number>();
  private nextVersion = 1;
  private nextId = 1;
  private closed = false;

  constructor(options: ExtractionPoolOptions = {}) {
    this.size = options.size ?? DEFAULT_EXTRACTION_POOL.size;
    this.queueLimit = options.queueLimit ?? DEFAULT_EXTRACTION_POOL.queueLimit;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_EXTRACTION_POOL.timeoutMs;
    this.idleMs = options.idleMs ?? DEFAULT_EXTRACTION_POOL.idleMs;
    this.resourceLimits = options.resourceLimits ?? DEFAULT_EXTRACTION_POOL.resourceLimits;
    this.workerEntry = options.workerEntry ?? WORKER_ENTRY;
  }

  /** Articles being extracted and waiting, for probes and tests. */
  get load(): { running: number; waiting: number } {
    return { running: this.slots.filter((slot) => slot.job).length, waiting: this.queue.length };
  }

  /** Worker threads alive now, busy or idle. */
  get workers(): number {
    return this.slots.length;
  }

  /** Reads and extracts one article in a worker; rejects with `ExtractionPoolError`, `IngestError` or the signal's reason. */
  extract(task: ExtractionTask, signal?: AbortSignal): Promise<Extracted> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<Extracted>((resolve, reject) => {
      const job: Job = { task, signal, resolve, reject };
      const slot = this.idleSlot();
      if (slot) {
        this.start(slot, job);
        return;
      }
      if (this.queue.length >= this.queueLimit) {
        reject(new ExtractionPoolError('BUSY', 'The server is busy analysing other articles; retry in a few seconds.'));
        return;
      }
      if (signal) {
        job.onAbort = () => {
          const index = this.queue.indexOf(job);
          if (index >= 0) this.queue.splice(index, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
    });
  }

  /** Terminates every worker; waiting and running articles are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the extraction pool is closed'));
    await Promise.all(this.slots.splice(0).map((slot) => {
      if (slot.timer) clearTimeout(slot.timer);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.job?.reject(new Error('the extraction pool is closed'));
      return slot.worker.terminate();
    }));
  }

  private idleSlot(): Slot | undefined {
    const idle = this.slots.find((slot) => !slot.job);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.spawn();
    return undefined;
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerEntry, { resourceLimits: this.resourceLimits });
    worker.unref(); // an idle worker never keeps the process alive; a busy one does (start)
    const slot: Slot = { worker, gazetteerVersion: undefined, job: undefined, timer: undefined, idleTimer: undefined };
    worker.on('message', (reply: WorkerReply) => ('started' in reply ? this.startClock(slot) : this.finish(slot, reply)));
    worker.on('error', (error) => this.fail(slot, error));
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) this.fail(slot, new Error(`an extraction worker exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  private versionOf(gazetteer: Gazetteer): number {
    let version = this.versions.get(gazetteer);
    if (version === undefined) {
      version = this.nextVersion++;
      this.versions.set(gazetteer, version);
    }
    return version;
  }

  private start(slot: Slot, job: Job): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    const version = this.versionOf(job.task.gazetteer);
    const message: WorkerTask = {
      id: this.nextId++,
      input: job.task.input,
      readOptions: job.task.readOptions,
      declaredLanguage: job.task.declaredLanguage,
      publishedAt: job.task.publishedAt,
      gazetteerVersion: version,
    };
    if (slot.gazetteerVersion !== version) message.gazetteerEntries = [...job.task.gazetteer.entries.values()];
    slot.job = job;
    slot.gazetteerVersion = version;
    slot.worker.ref();
    if (job.signal) {
      job.onAbort = () => this.replace(slot, job.signal?.reason);
      job.signal.addEventListener('abort', job.onAbort, { once: true });
    }
    slot.worker.postMessage(message);
  }

  /** The article's time budget, from when the worker (loaded, a fresh one included) takes it. */
  private startClock(slot: Slot): void {
    if (!slot.job || slot.timer) return;
    slot.timer = setTimeout(() => {
      this.replace(slot, new ExtractionPoolError('EXTRACTION_TIMEOUT', `The article took longer than ${this.timeoutMs / 1000} s to analyse and was stopped; try a shorter text.`));
    }, this.timeoutMs);
  }

  private release(slot: Slot): Job | undefined {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    if (job?.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    slot.job = undefined;
    slot.timer = undefined;
    slot.worker.unref();
    return job;
  }

  private finish(slot: Slot, reply: Exclude<WorkerReply, { started: true }>): void {
    const job = this.release(slot);
    if (job) {
      if (reply.ok) job.resolve({ article: reply.article, extraction: reply.extraction });
      else if (reply.error.kind === 'ingest') job.reject(new IngestError(reply.error.code, reply.error.message, reply.error.detail));
      else job.reject(new Error(`extraction failed in a worker: ${reply.error.message}`));
    }
    this.next(slot);
  }

  /** A worker failed on its own: its article is rejected and the worker replaced. */
  private fail(slot: Slot, error: unknown): void {
    this.replace(slot, error);
  }

  /** Stops a worker (timeout, client gone, crash), rejects its article and starts the next one on a fresh worker. */
  private replace(slot: Slot, reason: unknown): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    this.release(slot)?.reject(reason);
    void slot.worker.terminate();
    const job = this.queue.shift();
    if (job && !this.closed) this.start(this.spawn(), job);
  }

  private next(slot: Slot): void {
    const job = this.queue.shift();
    if (job) {
      this.start(slot, job);
      return;
    }
    // No article waits: the worker exits unless one comes within idleMs.
    slot.idleTimer = setTimeout(() => this.retire(slot), this.idleMs);
    slot.idleTimer.unref();
  }

  /** Ends an idle worker; the next article starts a fresh one. */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || slot.job) return;
    this.slots.splice(index, 1);
    slot.idleTimer = undefined;
    void slot.worker.terminate();
  }
}
