import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'ingest-cli-'));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'server', 'cli', 'ingest.ts'), ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ingest CLI', () => {
  after(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(join(folder, 'a.txt'), 'Les puces H20 de Nvidia restent bloquées en Chine, selon le gouvernement chinois.\n');
  writeFileSync(join(folder, 'b.md'), '---\ntitle: B\ndate: 2025-08-01\n---\nThe Commerce Department said Nvidia’s H20 needs a licence to ship to China.\n');
  writeFileSync(join(folder, 'c.txt'), Buffer.from([65, 0, 66]));

  it('prints exactly one JSON object for a file', () => {
    const { status, stdout } = run('--dry-run', '--offline', '--format', 'json', join(folder, 'a.txt'));
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const result = JSON.parse(lines[0] ?? '') as { language: string; entities: Array<{ id: string }> };
    assert.equal(result.language, 'fr');
    assert.ok(result.entities.some((e) => e.id === 'nvidia'));
  });

  it('prints one JSON object per line for a folder and reports bad files on stderr', () => {
    const { status, stdout, stderr } = run('--dry-run', '--offline', folder);
    assert.equal(status, 1);
    assert.equal(stdout.trim().split('\n').length, 2);
    assert.match(stderr, /c\.txt: error ARTICLE_NOT_TEXT/);
  });

  it('fails with a clear message for a missing file', () => {
    const { status, stdout, stderr } = run('--dry-run', '--offline', join(folder, 'nope.txt'));
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /no such file/);
  });

  it('fetches a URL when private addresses are allowed, and refuses it otherwise', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html lang="en"><head><title>H20</title></head><body><article><p>The Commerce Department told Nvidia that its H20 chips can no longer be shipped to China without a licence, the company said in a filing.</p></article></body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article`;
    const runAsync = (env: NodeJS.ProcessEnv) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', join(REPO, 'server', 'cli', 'ingest.ts'), '--dry-run', '--offline', url], { cwd: REPO, env: { ...process.env, ...env } },
        (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
    });
    try {
      const allowed = await runAsync({ CHIPGRAPH_ALLOW_PRIVATE_URLS: '1' });
      assert.equal(allowed.code, 0, allowed.stderr);
      const result = JSON.parse(allowed.stdout) as { url: string; text: string; entities: Array<{ id: string }> };
      assert.equal(result.url, url);
      assert.ok(result.text.includes('H20'));
      assert.ok(result.entities.some((e) => e.id === 'h20'));
      const refused = await runAsync({ CHIPGRAPH_ALLOW_PRIVATE_URLS: '' });
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /URL_REFUSED/);
    } finally {
      server.close();
    }
  });

  it('refuses --replaces for a folder before connecting to Neo4j (commit mode: server/cli/ingest-commit.int.test.ts)', () => {
    const { status, stderr } = run('--offline', '--replaces', 'article-0000000000000000', folder);
    assert.equal(status, 2);
    assert.match(stderr, /--replaces names one article/);
  });
});
