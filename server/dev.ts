/**
 * `npm run dev`: the API server (`tsx server/main.ts`, on PORT, 4000 by default) and Vite's dev
 * server (hot reload, proxying /graphql to the API) together. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (message: string): void => void process.stderr.write(`[dev] ${message}\n`);

const api = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'main.ts')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, PORT: process.env['PORT'] ?? '4000' },
});

const vite = await createServer({ configFile: join(ROOT, 'client', 'vite.config.ts') });
await vite.listen();
say('Vite dev server (hot reload; /graphql goes to the API server):');
vite.printUrls();

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (api.exitCode === null) api.kill('SIGINT');
  await vite.close();
  await new Promise<void>((resolve) => (api.exitCode !== null ? resolve() : api.once('exit', () => resolve())));
  process.exit(code);
}

api.on('exit', (code) => {
  if (!stopping) say(`the API server stopped (exit code ${code ?? 'none'}); stopping the dev server.`);
  void stop(code ?? 1);
});
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
