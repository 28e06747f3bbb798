/**
 * One extraction worker thread: reads an article (`readArticle`, HTML parsing included) and runs
 * the pure pipeline (`extractArticle`) off the server's event loop. The gazetteer arrives as its
 * entries once per version and is compiled here; later tasks name the version they need.
 * Protocol: `extraction-pool.ts`.
 */
import { parentPort } from 'node:worker_threads';
import { buildGazetteer, type Gazetteer } from '../../seed/ingest/build-gazetteer.ts';
import { extractArticle } from '../../seed/ingest/extract-article.ts';
import { isIngestError } from '../../seed/ingest/ingest-errors.ts';
import { readArticle } from '../../seed/ingest/read-article.ts';
import type { WorkerReply, WorkerTask } from './extraction-pool.ts';
import { applyGiven } from './apply-given.ts';
import { lowerThreadPriority } from './thread-priority.ts';

/**
 * How far this thread steps back behind the thread serving requests and behind Neo4j when the
 * cores are busy (Linux niceness added; CHIPGRAPH_EXTRACTION_NICENESS, 0 to keep the server's).
 * An analysis then waits for a free core instead of delaying /healthz and every read's callbacks.
 */
const EXTRACTION_NICENESS = 5;
const asked = Number(process.env['CHIPGRAPH_EXTRACTION_NICENESS'] ?? EXTRACTION_NICENESS);
lowerThreadPriority(Number.isInteger(asked) ? Math.max(0, Math.min(19, asked)) : EXTRACTION_NICENESS);

let gazetteer: { version: number; value: Gazetteer } | undefined;

function run(task: WorkerTask): WorkerReply {
  try {
    if (task.gazetteerEntries) gazetteer = { version: task.gazetteerVersion, value: buildGazetteer(task.gazetteerEntries) };
    if (!gazetteer || gazetteer.version !== task.gazetteerVersion) throw new Error(`the worker has no gazetteer version ${task.gazetteerVersion}`);
    const article = applyGiven(readArticle(task.input, task.readOptions), task);
    const extraction = extractArticle(article, gazetteer.value);
    return { id: task.id, ok: true, article, extraction };
  } catch (error) {
    if (isIngestError(error)) return { id: task.id, ok: false, error: { kind: 'ingest', code: error.code, message: error.message, detail: { ...error.detail } } };
    return { id: task.id, ok: false, error: { kind: 'unexpected', message: (error as Error).stack ?? String(error) } };
  }
}

parentPort?.on('message', (task: WorkerTask) => {
  parentPort?.postMessage({ id: task.id, started: true } satisfies WorkerReply);
  parentPort?.postMessage(run(task));
});
