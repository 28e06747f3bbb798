/**
 * The direction of imports between the parts of the repository is enforced by the lint
 * (`eslint.config.js`): these tests lint small snippets as if they lived in each folder.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** Messages of the import-direction rule for `code` placed at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the import direction', () => {
  it('refuses a seed module that imports the server', async () => {
    const errors = await boundaryErrors('seed/ingest/example.ts', "import { runQuery } from '../server/graph/access.ts';\nexport const x = runQuery;\n");
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /seed\/ .*imports only schema/);
  });

  it('refuses a seed module that imports the database driver', async () => {
    const errors = await boundaryErrors('seed/ingest/example.ts', "import neo4j from 'neo4j-driver';\nexport const x = neo4j;\n");
    assert.equal(errors.length, 1);
  });

  it('refuses a client module that imports seed or server code', async () => {
    const fromSeed = await boundaryErrors('client/src/explore/example.ts', "import { tokenize } from '../seed/ingest/tokenize.ts';\nexport const x = tokenize;\n");
    const fromServer = await boundaryErrors('client/src/example.ts', "import { appError } from '../server/errors.ts';\nexport const x = appError;\n");
    assert.equal(fromSeed.length, 1);
    assert.equal(fromServer.length, 1);
  });

  it('refuses a schema module that imports anything of ours', async () => {
    const errors = await boundaryErrors('schema/example.ts', "import { x } from '../seed/ingest/example.ts';\nexport const y = x;\n");
    assert.equal(errors.length, 1);
  });

  it('allows the directions of the architecture', async () => {
    assert.deepEqual(await boundaryErrors('client/src/graph/example.ts', "import { PREDICATES } from '../schema/vocabulary.ts';\nimport { y } from '../graph/other.ts';\nexport const x = [PREDICATES, y];\n"), []);
    assert.deepEqual(await boundaryErrors('seed/ingest/example.ts', "import { PREDICATES } from '../schema/vocabulary.ts';\nexport const x = PREDICATES;\n"), []);
    assert.deepEqual(await boundaryErrors('server/graph/example.ts', "import { tokenize } from '../seed/ingest/tokenize.ts';\nexport const x = tokenize;\n"), []);
  });
});
