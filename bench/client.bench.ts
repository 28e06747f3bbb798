/**
 * Client benchmark (issue 5), in headless Chromium (playwright-core, the system browser, never a
 * download):
 * - initial JavaScript payload: the entry chunks client/dist/index.html loads (script and
 *   modulepreload), gzipped; lazily loaded chunks apart;
 * - draw: from a JSON answer in hand to a laid-out, painted graph of 200, 1,000 and 3,000 nodes
 *   with twice as many edges, on a page (bench/client-page/, built here with Vite) that uses the
 *   explorer's own stylesheet, layouts and to-elements mapping on cytoscape + fcose;
 * - expand: a node of a 200-node graph gets 50 new neighbours, old nodes fixed (as the explorer
 *   does), until painted;
 * - JS heap (CDP Runtime.getHeapUsage after forced GCs) with 3,000 nodes drawn, and its growth
 *   over ten expand/collapse cycles of 50 neighbours on the 200-node canvas.
 */
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_PATH } from '../test/support/browser.ts';
import { round, summarize, type LatencySummary } from './stats.ts';

const ROOT = process.cwd();
const CLIENT_DIST = join(ROOT, 'client', 'dist');
/** Node counts drawn (edges are twice as many). */
const SIZES = [200, 1_000, 3_000] as const;
/**
 * Draws per size (each a fresh canvas); the first is a warm-up unless there is only one (3,000
 * nodes, after the smaller sizes warmed up the page: one such draw takes minutes on a shared 2-core machine).
 */
const DRAWS: Record<(typeof SIZES)[number], number> = { 200: 6, 1_000: 3, 3_000: 1 };
const EXPANSIONS = 20;
const CYCLES = 10;

export interface ClientBenchResult {
  payload: { entryFiles: Array<{ file: string; bytes: number; gzipBytes: number }>; jsGzipKb: number; jsKb: number; cssGzipKb: number; lazyJsGzipKb: number };
  draw: Array<{ nodes: number; edges: number; ms: LatencySummary }>;
  /** ms: until the new nodes are placed and painted; settledMs: until their animation ends. */
  expand: { neighbours: number; canvasNodes: number; ms: LatencySummary; settledMs?: LatencySummary };
  /** Heap with 3,000 nodes drawn; growth over the cycles on the 200-node canvas (from beforeCyclesMb). */
  heap: { at3000Mb: number; beforeCyclesMb: number; afterCyclesMb: number; growthPercent: number; cycles: number; cycleExpandMs: LatencySummary };
  browser: string;
}

/** The entry chunks of index.html: what the browser must load before the app starts. */
function measurePayload(): ClientBenchResult['payload'] {
  const html = readFileSync(join(CLIENT_DIST, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const entryFiles = [...new Set(referenced)].map((file) => {
    const bytes = readFileSync(join(CLIENT_DIST, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  });
  const js = entryFiles.filter((f) => f.file.endsWith('.js'));
  const css = entryFiles.filter((f) => f.file.endsWith('.css'));
  const entryNames = new Set(entryFiles.map((f) => f.file));
  const assets = join(CLIENT_DIST, 'assets');
  const lazy = existsSync(assets) ? readdirSync(assets).filter((name) => name.endsWith('.js') && !entryNames.has(`assets/${name}`)) : [];
  const kb = (n: number): number => round(n / 1024, 1);
  return {
    entryFiles,
    jsGzipKb: kb(js.reduce((s, f) => s + f.gzipBytes, 0)),
    jsKb: kb(js.reduce((s, f) => s + f.bytes, 0)),
    cssGzipKb: kb(css.reduce((s, f) => s + f.gzipBytes, 0)),
    lazyJsGzipKb: kb(lazy.reduce((s, name) => s + gzipSync(readFileSync(join(assets, name))).length, 0)),
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** A static server for the built bench page, on 127.0.0.1. */
async function serve(folder: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    const file = join(folder, path === '/' ? 'index.html' : path);
    if (!file.startsWith(folder) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

interface BenchWindow {
  __bench: {
    ready: boolean;
    draw(n: number, seed?: number): Promise<{ ms: number; nodes: number; edges: number }>;
    expand(id: string, k?: number): Promise<{ ms: number; settledMs: number; added: number; prefix: string }>;
    collapse(prefix: string): Promise<number>;
    hub(): string;
  };
}
declare const window: BenchWindow;

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return round(usage.usedSize / 2 ** 20, 1);
  } finally {
    await cdp.detach();
  }
}

export async function benchClient(say: (message: string) => void): Promise<ClientBenchResult> {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) throw new Error('client/dist is missing: run `npm run build` first.');
  const payload = measurePayload();
  say(`initial JS payload ${payload.jsGzipKb} KB gzipped (${payload.entryFiles.map((f) => f.file).join(', ')})`);

  const outDir = mkdtempSync(join(tmpdir(), 'chipgraph-bench-page-'));
  await build({ root: join(ROOT, 'bench', 'client-page'), base: './', logLevel: 'warn', configFile: false, build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2_000 } });
  const { server, url } = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.ready === true);

    const draw: ClientBenchResult['draw'] = [];
    for (const n of SIZES) {
      const samples: number[] = [];
      let edges = 0;
      for (let i = 0; i < DRAWS[n]; i++) {
        const result = await page.evaluate(([size, seed]) => window.__bench.draw(size, seed), [n, i + 1] as const);
        if (i > 0 || DRAWS[n] === 1) samples.push(result.ms);
        edges = result.edges;
      }
      const ms = summarize(samples);
      draw.push({ nodes: n, edges, ms });
      say(`draw ${n} nodes / ${edges} edges: p50 ${ms.p50} ms, max ${ms.max} ms`);
    }

    // The canvas now holds the 3,000-node graph: its heap.
    const at3000Mb = await heapMb(page);

    // Expansion of a hub of a 200-node canvas, 50 new neighbours, as a user double-clicks it; then
    // ten more expand/collapse cycles on that canvas, heap before and after.
    await page.evaluate(() => window.__bench.draw(200, 7));
    const expandSamples: number[] = [];
    const settledSamples: number[] = [];
    for (let i = 0; i <= EXPANSIONS; i++) {
      const result = await page.evaluate(() => window.__bench.expand(window.__bench.hub(), 50));
      if (i > 0) {
        expandSamples.push(result.ms);
        settledSamples.push(result.settledMs);
      }
      await page.evaluate((prefix) => window.__bench.collapse(prefix), result.prefix);
    }
    const expand = { neighbours: 50, canvasNodes: 200, ms: summarize(expandSamples), settledMs: summarize(settledSamples) };
    say(`expand 50 neighbours: visible p50 ${expand.ms.p50} ms, p95 ${expand.ms.p95} ms; settled p50 ${expand.settledMs.p50} ms`);
    const beforeCyclesMb = await heapMb(page);
    const cycleSamples: number[] = [];
    for (let i = 0; i < CYCLES; i++) {
      const result = await page.evaluate(() => window.__bench.expand(window.__bench.hub(), 50));
      cycleSamples.push(result.ms);
      await page.evaluate((prefix) => window.__bench.collapse(prefix), result.prefix);
    }
    const afterCyclesMb = await heapMb(page);
    const heap = {
      at3000Mb,
      beforeCyclesMb,
      afterCyclesMb,
      growthPercent: round(((afterCyclesMb - beforeCyclesMb) / beforeCyclesMb) * 100, 1),
      cycles: CYCLES,
      cycleExpandMs: summarize(cycleSamples),
    };
    say(`JS heap: ${at3000Mb} MB with 3,000 nodes; ${beforeCyclesMb} → ${afterCyclesMb} MB over ${CYCLES} expand/collapse cycles (${heap.growthPercent}%)`);
    if (errors.length > 0) throw new Error(`the bench page threw: ${errors.join('; ')}`);
    return { payload, draw, expand, heap, browser: browser.version() };
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
