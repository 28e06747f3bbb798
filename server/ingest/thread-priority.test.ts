import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { getPriority } from 'node:os';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { currentThreadId } from './thread-priority.ts';

const linux = existsSync('/proc/thread-self');

describe('thread priority', { skip: linux ? false : 'a thread has a priority of its own only on Linux' }, () => {
  it('lowers the priority of the calling worker thread only', async () => {
    const main = currentThreadId();
    assert.ok(main !== undefined);
    const before = getPriority(main);
    const module = pathToFileURL(new URL('./thread-priority.ts', import.meta.url).pathname).href;
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       import('tsx/esm/api')
         .then(({ tsImport }) => tsImport(${JSON.stringify(module)}, ${JSON.stringify(import.meta.url)}))
         .then(({ currentThreadId, lowerThreadPriority }) => parentPort.postMessage({ tid: currentThreadId(), niceness: lowerThreadPriority(5) }))
         .catch((error) => parentPort.postMessage({ error: String(error) }));`,
      { eval: true },
    );
    try {
      const [reply] = (await once(worker, 'message')) as [{ tid?: number; niceness?: number; error?: string }];
      assert.equal(reply.error, undefined);
      assert.ok(reply.tid !== undefined && reply.tid !== main, 'the worker is a task of its own');
      assert.equal(reply.niceness, Math.min(19, before + 5), 'its niceness went up by 5');
      assert.equal(getPriority(reply.tid), reply.niceness, 'the kernel reports the new niceness for the worker');
      assert.equal(getPriority(main), before, 'the calling process\'s main thread keeps its priority');
    } finally {
      await worker.terminate();
    }
  });

  it('never raises a priority', async () => {
    const { lowerThreadPriority } = await import('./thread-priority.ts');
    assert.equal(lowerThreadPriority(0), undefined);
    assert.equal(lowerThreadPriority(-5), undefined);
  });
});
