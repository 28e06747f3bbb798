/**
 * A commit whose connection to Neo4j breaks part-way is either fully in or not in at all. The
 * commit goes through a loopback TCP proxy that cuts the connection (both ways) after the
 * client's Nth message burst, for N = 1, 2, … until a commit gets through uncut: every cut point
 * of the conversation is tried once — the handshake, each statement of the commit, the COMMIT
 * itself. After each, the graph holds the article with all its statements, mentions, new entity
 * and audit entry, or none of them, and no lock node.
 */
import assert from 'node:assert/strict';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import neo4j, { type Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../../seed/ingest/extraction-contract.ts';
import { freePort } from '../../../test/support/free-port.ts';
import { testDriver } from '../../../test/support/test-app.ts';
import { articleIdOf, commitArticle, retractArticle } from './commit-article.ts';
import { NOTHING_STORED, storedArticle, type StoredArticle } from './stored-article.test-support.ts';

const NEW_ENTITY = 'fault-test-zorvex-labs';
const TEXT = 'Fault test. Zorvex Labs competes with NVIDIA in inference accelerators. Zorvex Labs supplies memory to NVIDIA.';

function extraction(): ExtractionResult {
  const at = (written: string, from = 0): { start: number; end: number } => {
    const start = TEXT.indexOf(written, from);
    return { start, end: start + written.length };
  };
  const zorvex = [at('Zorvex Labs'), at('Zorvex Labs', 40)];
  const nvidia = [at('NVIDIA'), at('NVIDIA', 80)];
  const sentence = (text: string) => ({ text, ...at(text) });
  return {
    language: 'en',
    entities: [
      { id: NEW_ENTITY, type: 'Company', name: 'Zorvex Labs', isNew: true, mentions: zorvex.map((s) => ({ text: 'Zorvex Labs', ...s, rule: 'candidate' })) },
      { id: 'nvidia', type: 'Company', name: 'NVIDIA', isNew: false, mentions: nvidia.map((s) => ({ text: 'NVIDIA', ...s, rule: 'alias' })) },
    ],
    relations: [
      { subject: NEW_ENTITY, predicate: 'COMPETES_WITH', object: 'nvidia', confidence: 0.8, rule: 'hand', evidence: sentence('Zorvex Labs competes with NVIDIA in inference accelerators.') },
      { subject: NEW_ENTITY, predicate: 'SUPPLIES', object: 'nvidia', confidence: 0.8, rule: 'hand', evidence: sentence('Zorvex Labs supplies memory to NVIDIA.') },
    ],
    warnings: [],
  };
}

/** A TCP proxy to Neo4j that, once armed with N, cuts every connection after the client's Nth data burst and refuses new ones. */
class CuttingProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private cutAfter = Number.POSITIVE_INFINITY;
  private bursts = 0;
  cut = false;

  constructor(private readonly target: { host: string; port: number }) {
    this.server = createServer((client) => this.accept(client));
  }

  async listen(): Promise<number> {
    const port = await freePort();
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    return port;
  }

  arm(n: number): void {
    this.cutAfter = n;
    this.bursts = 0;
    this.cut = false;
  }

  private accept(client: Socket): void {
    if (this.cut) {
      client.destroy();
      return;
    }
    const upstream = connect(this.target.port, this.target.host);
    this.sockets.add(client).add(upstream);
    for (const socket of [client, upstream]) {
      socket.on('error', () => {});
      socket.on('close', () => this.sockets.delete(socket));
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    upstream.on('data', (chunk) => client.write(chunk));
    client.on('data', (chunk) => {
      if (this.cut) return;
      upstream.write(chunk);
      if (++this.bursts >= this.cutAfter) {
        // Whatever the server is doing with this burst, the connection is gone before its answer comes back.
        this.cut = true;
        upstream.end(() => {
          for (const socket of this.sockets) socket.destroy();
        });
      }
    });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

describe('a commit whose connection breaks', () => {
  const driver = testDriver();
  const articleId = articleIdOf(TEXT);
  let proxy: CuttingProxy;
  let proxyPort: number;

  const stored = (): Promise<StoredArticle> => storedArticle(driver, articleId, [NEW_ENTITY]);

  /** Waits until Neo4j has ended (committed or rolled back) every commit transaction, the broken one included. */
  async function settled(): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { records } = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.query = 'commit-article' RETURN count(*) AS open",
      );
      if (Number(records[0]?.get('open')) === 0) return;
      if (Date.now() > deadline) assert.fail('a broken commit transaction was still open after 60 s');
      await new Promise((resolve) => setTimeout(resolve, 25)); // the interval of the poll, not a wait for time to pass
    }
  }

  async function clean(): Promise<void> {
    await retractArticle({ driver, database: undefined }, articleId);
    await driver.executeQuery('MATCH (e:AuditEntry {target: $id}) DETACH DELETE e', { id: articleId });
    await driver.executeQuery('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: NEW_ENTITY });
  }

  before(async () => {
    const uri = new URL(process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7687');
    proxy = new CuttingProxy({ host: uri.hostname, port: Number(uri.port) });
    proxyPort = await proxy.listen();
    await clean();
  });

  after(async () => {
    await clean();
    await proxy.close();
    await driver.close();
  });

  it('leaves the article fully in or not in at all, whatever message the break follows', async (t) => {
    // What a whole commit writes, committed directly.
    const reference = await commitArticle({ driver, database: undefined }, extraction(), { text: TEXT, title: 'Fault test', language: 'en' });
    const full = await stored();
    assert.equal(reference.status, 'CREATED');
    assert.deepEqual(full, { articles: 1, statements: 2, mentions: 2, created: 1, audit: 1, locks: 0, orphanStatements: 0 });
    await clean();
    assert.deepEqual(await stored(), NOTHING_STORED);

    const outcomes: string[] = [];
    for (let n = 1; n <= 200; n++) {
      proxy.arm(n);
      const proxied: Driver = neo4j.driver(`bolt://127.0.0.1:${proxyPort}`, undefined, {
        disableLosslessIntegers: true, maxTransactionRetryTime: 0, connectionAcquisitionTimeout: 5_000, connectionTimeout: 5_000,
      });
      let failed = false;
      try {
        await commitArticle({ driver: proxied, database: undefined }, extraction(), { text: TEXT, title: 'Fault test', language: 'en' });
      } catch {
        failed = true;
      } finally {
        await proxied.close().catch(() => {});
      }
      const cut = proxy.cut;
      proxy.arm(Number.POSITIVE_INFINITY);
      await settled();
      if (!cut) {
        assert.equal(failed, false, `commit ${n} failed without a break`);
        assert.deepEqual(await stored(), full, 'an unbroken commit writes everything');
        break;
      }
      const now = await stored();
      if (now.articles === 0) {
        assert.deepEqual(now, NOTHING_STORED, `break after burst ${n}: nothing of the article stays`);
        outcomes.push('none');
      } else {
        assert.deepEqual(now, full, `break after burst ${n}: the article is whole`);
        outcomes.push('all');
        await clean();
      }
    }
    t.diagnostic(`breaks after bursts 1…${outcomes.length}: ${outcomes.join(' ')}`);
    assert.ok(outcomes.length >= 5, `the commit was broken at ${outcomes.length} points: ${outcomes.join(', ')}`);
    assert.ok(outcomes.includes('none'), 'some breaks rolled the commit back');
  });
});
