// Lint rules for the whole repository: typescript-eslint's recommended set, no type-aware rules
// (tsc already checks types in `npm run check`), and the direction of imports between the parts
// (docs/decisions/004-layers.md): schema <- seed <- server, schema <- client; test/ and bench/ may
// import anything. `test/import-boundaries.test.ts` proves that a forbidden import fails.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** An import of one of our top-level folders, written as a relative path from any depth. */
const folder = (...names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

/** `no-restricted-imports` for a part of the repository: the folders and packages it must not import. */
function boundary(files, folders, packages, why) {
  return {
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx'], // tests may import test support and anything they exercise
    rules: {
      'no-restricted-imports': ['error', {
        paths: packages.map((name) => ({ name, message: why })),
        patterns: [{ regex: folder(...folders), message: why }],
      }],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'client/dist/', '.chipgraph/', 'schema/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  boundary(['schema/**/*.ts'], ['seed', 'server', 'client', 'test', 'bench'], ['neo4j-driver'],
    'schema/ is the shared vocabulary: it imports nothing of ours and no database driver.'),
  boundary(['seed/**/*.ts'], ['server', 'client', 'test', 'bench'], ['neo4j-driver'],
    'seed/ (knowledge data and the extraction pipeline) imports only schema/: no server, no client, no driver.'),
  boundary(['client/**/*.{ts,tsx}'], ['seed', 'server', 'test', 'bench'], ['neo4j-driver'],
    'client/ talks to the server over HTTP only: it imports schema/ and nothing else of ours.'),
  boundary(['server/**/*.ts'], ['client', 'test', 'bench'], [],
    'server/ imports schema/ and seed/, never the client, the tests or the benchmarks.'),
);
