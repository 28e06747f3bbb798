/**
 * Builds the React client with Vite when its build is missing or older than its sources, so that
 * `npm start` on a fresh clone serves a current client without a separate build step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLIENT_DIST = join(ROOT, 'client', 'dist');
const CLIENT_INPUTS = [join(ROOT, 'client'), join(ROOT, 'schema')];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function clientBuildIsCurrent(): boolean {
  const index = join(CLIENT_DIST, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return CLIENT_INPUTS.every((input) => !existsSync(input) || newestMtime(input) <= built);
}

/** Runs `npm run build` when needed; returns false (the server then serves a hint) when there is no client yet. */
export function buildClientIfNeeded(log: (message: string) => void): boolean {
  if (!existsSync(join(ROOT, 'client', 'index.html'))) return false;
  if (clientBuildIsCurrent()) return true;
  log('Building the client (Vite)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error('The client build failed (see above).');
  return true;
}
