import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import { freePort } from '../../test/support/free-port.ts';
import { boltAnswers, startLocalNeo4j } from './local-neo4j.ts';

const cacheDir = join(process.cwd(), '.chipgraph');
const dataRoot = mkdtempSync(join(tmpdir(), 'chipgraph-lifecycle-'));
after(() => rmSync(dataRoot, { recursive: true, force: true }));

describe('the local Neo4j', () => {
  it('reuses the Neo4j already answering on its port instead of failing', async () => {
    const port = Number(new URL(process.env['NEO4J_URI'] ?? '').port);
    const local = await startLocalNeo4j({ dataDir: join(dataRoot, 'unused'), port, heap: '256m', pageCache: '64m', cacheDir });
    assert.equal(local.owned, false);
    await local.stop(); // must leave the shared test database running
    const driver = neo4j.driver(local.uri);
    await driver.verifyConnectivity();
    await driver.close();
  });

  it('ends any transaction after ten minutes, even one whose client set no timeout', async () => {
    const driver = neo4j.driver(process.env['NEO4J_URI'] ?? '');
    try {
      const result = await driver.executeQuery("SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value", {});
      assert.equal(result.records[0]?.get('value'), '10m');
    } finally {
      await driver.close();
    }
  });

  it('keeps its data across a stop and a restart', async () => {
    const port = await freePort();
    const options = { dataDir: join(dataRoot, 'restart'), port, heap: '256m', pageCache: '64m', cacheDir };
    const first = await startLocalNeo4j(options);
    assert.equal(first.owned, true);
    let driver = neo4j.driver(first.uri);
    await driver.executeQuery('CREATE (:Probe {id: $id})', { id: 'kept' });
    await driver.close();
    await first.stop();

    const second = await startLocalNeo4j(options);
    driver = neo4j.driver(second.uri);
    const result = await driver.executeQuery('MATCH (p:Probe) RETURN p.id AS id', {});
    await driver.close();
    await second.stop();
    assert.deepEqual(result.records.map((r) => r.get('id')), ['kept']);
  });

  it('says clearly when its port is taken by a program that is not Neo4j', async () => {
    const blocker = createServer((socket) => socket.destroy());
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      await assert.rejects(
        startLocalNeo4j({ dataDir: join(dataRoot, 'blocked'), port, heap: '256m', pageCache: '64m', cacheDir }),
        /Port \d+ is taken .*CHIPGRAPH_NEO4J_PORT/,
      );
    } finally {
      blocker.close();
    }
  });

  it('stops when the process that started it dies without stopping it', async () => {
    const port = await freePort();
    const options = { dataDir: join(dataRoot, 'orphan'), port, heap: '256m', pageCache: '64m', cacheDir };
    const script = `import { startLocalNeo4j } from './server/neo4j/local-neo4j.ts';
      const local = await startLocalNeo4j(${JSON.stringify(options)});
      console.log('STARTED ' + local.uri);
      setInterval(() => {}, 60_000);`;
    const owner = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    owner.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
    while (!output.includes('STARTED')) {
      if (owner.exitCode !== null) assert.fail(`the owner exited before Neo4j started: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const uri = `bolt://127.0.0.1:${port}`;
    assert.equal(await boltAnswers(uri), true, 'Neo4j answers while its owner lives');
    owner.kill('SIGKILL'); // no handler runs: only the closed pipe tells Neo4j
    await once(owner, 'exit');
    // A Bolt handshake can time out on a busy machine while Neo4j still runs; a refused connection
    // cannot: nothing listens on the port any more.
    const deadline = Date.now() + 60_000;
    while (!(await refused(port)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(await refused(port), true, 'Neo4j stopped within a minute of its owner');
  });
});

/** Whether a TCP connection to the port on loopback is refused (nothing listens there). */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(5000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}
