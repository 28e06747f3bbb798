import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { retractArticle } from '../graph/writes/commit-article.ts';
import { graphFingerprint } from '../../test/support/graph-fingerprint.ts';
import { testDriver } from '../../test/support/test-app.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MARKER = 'cli-commit-zk4';

function ingest(...args: string[]): { status: number | null; lines: Array<Record<string, unknown>>; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'server', 'cli', 'ingest.ts'), ...args], { cwd: REPO, encoding: 'utf8', env: process.env });
  const lines = result.stdout.trim().split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr };
}

describe('ingest CLI, commit mode', () => {
  const driver = testDriver();
  const folder = mkdtempSync(join(tmpdir(), 'ingest-commit-'));
  const committed = new Set<string>();
  writeFileSync(join(folder, 'a.md'), `---\ntitle: A ${MARKER}\ndate: 2025-08-01\n---\nNVIDIA makes the H20 accelerator (${MARKER}). The US Commerce Department restricted exports of the H20 to China.\n`);
  writeFileSync(join(folder, 'b.txt'), `Les puces H20 de NVIDIA restent bloquées en Chine (${MARKER}), selon le gouvernement chinois.\n`);
  writeFileSync(join(folder, 'c.txt'), Buffer.from([65, 0, 66]));

  after(async () => {
    for (const id of committed) await retractArticle({ driver: driver, database: undefined }, id);
    await driver.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('commits a folder one article at a time, reports the bad file, and is UNCHANGED the second time', async () => {
    const first = ingest(folder);
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.stderr, /c\.txt: error ARTICLE_NOT_TEXT/);
    assert.deepEqual(first.lines.map((line) => [line['source'], line['status']]), [['a.md', 'CREATED'], ['b.txt', 'CREATED']]);
    for (const line of first.lines) committed.add(line['articleId'] as string);
    const stored = await driver.executeQuery('MATCH (a:Article) WHERE a.id IN $ids RETURN a.title AS title ORDER BY title', { ids: [...committed] });
    assert.ok(stored.records.some((record) => record.get('title') === `A ${MARKER}`));

    const before = await graphFingerprint(driver);
    const second = ingest('--offline', folder);
    assert.deepEqual(second.lines.map((line) => line['status']), ['UNCHANGED', 'UNCHANGED']);
    assert.deepEqual(await graphFingerprint(driver), before);
  });
});
