/**
 * Backup round trip on the test database: export everything, refuse an import into the filled
 * database, empty it, import the backup in small batches, and find the same counts per label
 * and type and the same content hash. The database ends as it began (the after hook restores it
 * should a step fail).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { testDriver } from '../../test/support/test-app.ts';
import type { GraphContext } from './access.ts';
import { exportGraph } from './reads/export-graph.ts';
import { ImportRefusedError, importGraph } from './writes/import-graph.ts';
import { saveView } from './writes/save-view.ts';
import type { BackupTotals } from './backup-format.ts';

const COUNTS = `
MATCH (n) RETURN labels(n) AS labels, count(*) AS count
UNION ALL
MATCH ()-[r]->() RETURN [type(r)] AS labels, count(r) AS count
`;

/** Nodes per sorted label set (`Company:Entity`) and relationships per type. */
const REPO = fileURLToPath(new URL('../../', import.meta.url));

function cli(name: 'export' | 'import', ...args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'server', 'cli', `${name}.ts`), ...args], { cwd: REPO, encoding: 'utf8', env: process.env });
  return { status: result.status, stderr: result.stderr };
}

async function countsOf(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(COUNTS);
  const counts: Record<string, number> = {};
  for (const record of records) {
    const kind = [...(record.get('labels') as string[])].sort().join(':');
    counts[kind] = (counts[kind] ?? 0) + Number(record.get('count'));
  }
  return counts;
}

async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  } finally {
    await session.close();
  }
}

async function exportLines(graph: GraphContext): Promise<{ lines: string[]; totals: BackupTotals }> {
  const lines: string[] = [];
  const totals = await exportGraph(graph, (line) => void lines.push(line), { pageSize: 300 });
  return { lines, totals };
}

describe('backup and restore', () => {
  let driver: Driver;
  let graph: GraphContext;
  let original: { lines: string[]; totals: BackupTotals };
  let counts: Record<string, number>;

  before(async () => {
    driver = testDriver();
    graph = { driver, database: undefined };
    // A saved view, so the backup holds one of every kind the seed does not make.
    await saveView(graph, { name: 'test-backup: a view', state: '#/explore?n=nvidia:0:0:s' });
    counts = await countsOf(driver);
    original = await exportLines(graph);
  });

  after(async () => {
    try {
      // Whatever happened above, leave the database as the other tests expect it.
      const now = await exportLines(graph).catch(() => undefined);
      const taken = original as typeof original | undefined; // undefined when before failed
      if (taken && now?.totals.sha256 !== taken.totals.sha256) {
        await emptyDatabase(driver);
        await importGraph(graph, taken.lines);
      }
      await driver.executeQuery('MATCH (v:SavedView) WHERE v.name STARTS WITH $prefix DETACH DELETE v', { prefix: 'test-backup' });
    } finally {
      await driver.close();
    }
  });

  it('exports every node and relationship with its provenance', () => {
    const total = (names: string[]): number => names.reduce((sum, name) => sum + (counts[name] ?? 0), 0);
    for (const kind of ['Article', 'Statement', 'Source', 'SavedView', 'MinHashBand', 'Company:Entity', 'STATES', 'MENTIONS', 'CITES', 'IN_BAND', 'MAKES']) {
      assert.ok((counts[kind] ?? 0) > 0, `the seeded graph has ${kind}`);
    }
    const relationshipTypes = Object.keys(counts).filter((kind) => /^[A-Z_]+$/.test(kind));
    assert.equal(original.totals.relationships, total(relationshipTypes));
    assert.equal(original.totals.nodes, total(Object.keys(counts).filter((kind) => !relationshipTypes.includes(kind))));
    assert.equal(original.lines.length, original.totals.nodes + original.totals.relationships + 2);
    const aliases = original.lines.find((line) => line.includes('"id":"nvidia"') && line.startsWith('{"node"'));
    assert.match(aliases ?? '', /"aliases":\[/);
  });

  it('exports the same bytes twice from the same graph', async () => {
    const again = await exportLines(graph);
    assert.equal(again.totals.sha256, original.totals.sha256);
    assert.deepEqual(again.lines.slice(1), original.lines.slice(1));
  });

  it('refuses to import into a database that is not empty, and writes nothing', async () => {
    await assert.rejects(importGraph(graph, original.lines), (error: unknown) => error instanceof ImportRefusedError && /not empty/.test(error.message));
    assert.equal((await exportLines(graph)).totals.sha256, original.totals.sha256);
  });

  it('runs from the command line: a file with the same content, and an import refused by the filled database', () => {
    const folder = mkdtempSync(join(tmpdir(), 'backup-cli-'));
    try {
      const file = join(folder, 'graph.jsonl');
      const exported = cli('export', '--out', file);
      assert.equal(exported.status, 0, exported.stderr);
      assert.equal(existsSync(`${file}.partial`), false);
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
      assert.deepEqual(JSON.parse(lines.at(-1)!).end, original.totals);
      const imported = cli('import', file);
      assert.equal(imported.status, 1);
      assert.match(imported.stderr, /not empty[^]*Nothing was written/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('restores into an empty database the same counts and the same content hash', async () => {
    await emptyDatabase(driver);
    assert.deepEqual(await countsOf(driver), {});
    const imported = await importGraph(graph, original.lines, { batchSize: 250 });
    assert.deepEqual(imported, original.totals);
    assert.deepEqual(await countsOf(driver), counts);
    const restored = await exportLines(graph);
    assert.equal(restored.totals.sha256, original.totals.sha256);
    assert.deepEqual(restored.lines.slice(1), original.lines.slice(1));
  });

  it('keeps the mentions\' rank keys, and gives them to a backup written before they existed', async () => {
    const keys = async (): Promise<Map<string, string | null>> => new Map((await driver.executeQuery(
      'MATCH (a:Article)-[m:MENTIONS]->(n:Entity) RETURN a.id + \'>\' + n.id AS mention, m.entityRank AS key',
    )).records.map((r) => [r.get('mention') as string, r.get('key') as string | null]));
    const before = await keys();
    assert.ok(before.size > 0 && [...before.values()].every((key) => key !== null), 'the seeded mentions have their keys');
    await driver.executeQuery('MATCH (:Article)-[m:MENTIONS]->(:Entity) REMOVE m.entityRank');
    const older = await exportLines(graph);
    await emptyDatabase(driver);
    await importGraph(graph, older.lines, { batchSize: 250 });
    assert.deepEqual(await keys(), before);
  });
});
