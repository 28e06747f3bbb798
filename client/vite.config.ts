// Vite builds the explorer from client/ into client/dist (served by the server at /); in
// development (`npm run dev`) its dev server proxies /graphql to the API server.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Files of the build worth compressing, and the smallest worth it (bytes). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt)$/;
const MIN_COMPRESSED_BYTES = 1_024;

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the build, once, at the
 * best compression: the server (sirv) sends the copy the browser accepts, without compressing per request.
 */
function precompress(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
  return {
    name: 'chipgraph-precompress',
    apply: 'build',
    writeBundle(options) {
      for (const file of walk(options.dir ?? join(root, 'dist'))) {
        if (!COMPRESSIBLE.test(file) || statSync(file).size < MIN_COMPRESSED_BYTES) continue;
        const bytes = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }));
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  server: {
    port: 5173, // the dev server's port; the API server keeps PORT (4000 by default)
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist', // relative to root: client/dist
    emptyOutDir: true,
    chunkSizeWarningLimit: 900, // kB (minified) before Vite warns; cytoscape alone is ~430 kB, the whole entry ~830 kB (≈260 kB gzipped)
  },
});
