// A stand-in extraction worker for the pool's tests: it speaks the pool's protocol
// (server/ingest/extraction-pool.ts) but extracts nothing. An article whose text contains STALL
// keeps the thread busy forever, as a pathological article would; any other is answered at once.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (task) => {
  parentPort.postMessage({ id: task.id, started: true });
  const text = new TextDecoder().decode(task.input.bytes);
  if (text.includes('STALL')) for (;;);
  parentPort.postMessage({
    id: task.id,
    ok: true,
    article: { format: 'text', text, bodyStart: 0, bodyEnd: text.length, textIsFile: true },
    extraction: { language: 'en', entities: [], relations: [], warnings: [{ code: 'STAND_IN', message: `gazetteer ${task.gazetteerVersion}${task.gazetteerEntries ? ' sent' : ''}` }] },
  });
});
