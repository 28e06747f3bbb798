import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/**
 * Runs a module that imports runtime-tuning.ts first, then graphql-js, and prints NODE_ENV and
 * which check graphql-js uses: its development check throws on an object that only claims to be
 * one of its types (as one from another copy of graphql would), its production check says no.
 */
function probe(env: Record<string, string | undefined>): { nodeEnv: string; graphqlMode: string; stderr: string } {
  const script = [
    "await import('./server/runtime-tuning.ts');",
    "const { isObjectType } = await import('graphql');",
    'let mode;',
    "try { mode = isObjectType({ [Symbol.toStringTag]: 'GraphQLObjectType' }) ? 'accepted' : 'production'; } catch { mode = 'development'; }",
    'console.log(JSON.stringify({ nodeEnv: process.env.NODE_ENV ?? null, graphqlMode: mode }));',
  ].join('\n');
  const childEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...process.env, ...env })) if (value !== undefined) childEnv[name] = value;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), env: childEnv, encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 0, run.stderr);
  return { ...(JSON.parse(run.stdout.trim()) as { nodeEnv: string; graphqlMode: string }), stderr: run.stderr };
}

describe('runtime tuning of a serving process', () => {
  it('puts graphql-js in production mode when NODE_ENV is not set', () => {
    const result = probe({ NODE_ENV: undefined, CHIPGRAPH_HEAP_GROWTH_PERCENT: undefined });
    assert.deepEqual({ nodeEnv: result.nodeEnv, graphqlMode: result.graphqlMode }, { nodeEnv: 'production', graphqlMode: 'production' });
  });

  it('keeps an explicit NODE_ENV', () => {
    const result = probe({ NODE_ENV: 'development', CHIPGRAPH_HEAP_GROWTH_PERCENT: undefined });
    assert.deepEqual({ nodeEnv: result.nodeEnv, graphqlMode: result.graphqlMode }, { nodeEnv: 'development', graphqlMode: 'development' });
  });

  it('says so and keeps the default when CHIPGRAPH_HEAP_GROWTH_PERCENT is not a percentage', () => {
    const result = probe({ NODE_ENV: undefined, CHIPGRAPH_HEAP_GROWTH_PERCENT: 'lots' });
    assert.match(result.stderr, /CHIPGRAPH_HEAP_GROWTH_PERCENT must be an integer/);
    assert.equal(result.graphqlMode, 'production');
  });

  it('is the first module the server loads', () => {
    const main = readFileSync(join(process.cwd(), 'server', 'main.ts'), 'utf8');
    const firstImport = /^import\s[^;]*;/m.exec(main)?.[0];
    assert.equal(firstImport, "import './runtime-tuning.ts';");
  });
});
