// Vite builds the explorer from client/ into client/dist (served by the server at /); in
// development (`npm run dev`) its dev server proxies /graphql to the API server.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
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
