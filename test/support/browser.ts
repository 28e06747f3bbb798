/**
 * Browser tests' harness: the real app serving the built client (over the Neo4j that `npm test`
 * started) and a headless Debian Chromium driven by playwright-core. Never downloads a browser.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import type { Core, NodeSingular } from 'cytoscape';
import { CLIENT_DIST } from '../../server/build-client.ts';
import { startTestApp, type TestApp } from './test-app.ts';

/** The page's window as the callbacks of `page.evaluate` see it (they run in the browser). */
declare const window: { __chipgraph?: { cy: Core } };

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');

/** The size the explorer is designed for, at the least. */
export const VIEWPORT = { width: 1280, height: 800 };

export interface BrowserSession {
  app: TestApp;
  browser: Browser;
  page: Page;
  /** Console errors and uncaught exceptions seen so far: a test fails on any it did not expect. */
  errors: string[];
  /** A new page in the same browser, watched the same way. */
  newPage(): Promise<Page>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startBrowserSession(): Promise<BrowserSession> {
  const app = await startTestApp({ clientDir: CLIENT_DIST });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const errors: string[] = [];
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: app.url, acceptDownloads: true });
  const watch = (page: Page): Page => {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    return page;
  };
  const page = watch(await context.newPage());
  return {
    app,
    browser,
    page,
    errors,
    newPage: async () => watch(await context.newPage()),
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/** Waits until the canvas's layout and viewport animations have settled (nothing moves any more). */
export async function waitForCanvasIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__chipgraph !== undefined);
  let previous = '';
  for (let i = 0; i < 40; i++) {
    const current = await page.evaluate(() => {
      const cy = window.__chipgraph?.cy;
      if (!cy) return '';
      const viewport = [cy.zoom().toFixed(3), Math.round(cy.pan().x), Math.round(cy.pan().y)];
      return JSON.stringify([viewport, cy.nodes().map((n) => [Math.round(n.position('x')), Math.round(n.position('y'))])]);
    });
    if (current === previous) return;
    previous = current;
    await page.waitForTimeout(150);
  }
}

/** Ids of the nodes drawn and not filtered out. */
export async function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__chipgraph?.cy.nodes().not('.filtered').map((n) => n.id()).sort() ?? []);
}

/** The on-screen point of a node's centre. */
export async function screenPointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.__chipgraph?.cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty() || !node.isNode()) return null;
    const box = cy.container()?.getBoundingClientRect();
    const position = (node as NodeSingular).renderedPosition();
    return { x: (box?.left ?? 0) + position.x, y: (box?.top ?? 0) + position.y };
  }, id);
  if (!point) throw new Error(`node ${id} is not on the canvas`);
  return point;
}

/**
 * Clicks an edge as a user would and waits until the canvas has selected it. Its two nodes are held
 * still meanwhile. The click lands on a point of the edge as drawn (parallel edges are curves) where
 * nothing covers it: no node, label or other edge by the renderer's own hit test, and no panel, legend
 * or notice over the canvas. An edge off screen, or covered all along, is brought into view and
 * zoomed to first, as a user would pan and zoom to it. A click that selects something else is
 * measured and made again (the canvas may have moved in between, as a panel opened), and after three
 * such clicks fails with what each selected. A relationship bundled with others between the same two
 * nodes is reached through its bundle.
 */
export async function clickEdge(page: Page, edgeId: string): Promise<void> {
  // A relationship drawn inside a closed bundle ("2 relationships"): the bundle is clicked first,
  // which draws its relationships one by one, as a user opens it.
  const bundle = await page.evaluate((id) => {
    const closed = window.__chipgraph?.cy.edges('.bundle').filter((edge) => !edge.hasClass('open') && (edge.data('members') as string[]).includes(id));
    return closed && closed.nonempty() ? closed.id() : null;
  }, edgeId);
  if (bundle) await clickEdge(page, bundle);
  await page.evaluate((id) => void window.__chipgraph?.cy.getElementById(id).connectedNodes().lock(), edgeId);
  try {
    // The canvas may move between measuring and clicking (a panel that opens resizes it): measure again, twice at most.
    const failures: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      await waitForCanvasIdle(page);
      // No named functions inside: the test runner's transform would wrap them in a helper the page lacks.
      const point = await page.evaluate((id) => {
        const cy = window.__chipgraph?.cy;
        const edge = cy?.getElementById(id);
        if (!cy || !edge || edge.empty() || !edge.isEdge()) return null;
        const box = cy.container()?.getBoundingClientRect();
        const left = box?.left ?? 0;
        const top = box?.top ?? 0;
        // findNearestElement is the renderer's hit test (model coordinates); not in cytoscape's typings.
        const renderer = (cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): { id(): string } | undefined } }).renderer();
        const from = edge.sourceEndpoint();
        const to = edge.targetEndpoint();
        // A bezier edge with one control point is a quadratic curve; a lone edge is a straight line.
        const controls = edge.controlPoints() as { x: number; y: number }[] | undefined;
        const control = controls?.length === 1 ? controls[0] : undefined;
        const along = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85];
        for (const attempt of ['as drawn', 'centred', 'zoomed']) {
          if (attempt === 'centred') cy.center(edge);
          if (attempt === 'zoomed') cy.fit(edge.connectedNodes(), 80);
          const zoom = cy.zoom();
          const pan = cy.pan();
          for (const t of along) {
            const x = control ? (1 - t) ** 2 * from.x + 2 * (1 - t) * t * control.x + t ** 2 * to.x : from.x + (to.x - from.x) * t;
            const y = control ? (1 - t) ** 2 * from.y + 2 * (1 - t) * t * control.y + t ** 2 * to.y : from.y + (to.y - from.y) * t;
            const screen = { x: left + x * zoom + pan.x, y: top + y * zoom + pan.y };
            const onCanvas = cy.container()?.contains(document.elementFromPoint(screen.x, screen.y)) ?? false;
            if (onCanvas && renderer.findNearestElement(x, y, true, false)?.id() === id) return screen;
          }
        }
        return null;
      }, edgeId);
      if (!point) throw new Error(`edge ${edgeId} is not on the canvas, or covered all along its length`);
      await page.mouse.click(point.x, point.y);
      const selectedIt = await page.waitForFunction((id) => window.__chipgraph?.cy.getElementById(id).selected() ?? false, edgeId, { timeout: 5_000 }).then(() => true, () => false);
      if (selectedIt) return;
      const selected = await page.evaluate(() => window.__chipgraph?.cy.$(':selected').map((element) => element.id()) ?? []);
      failures.push(`clicked ${edgeId} at ${Math.round(point.x)},${Math.round(point.y)}; selected: ${selected.join(', ') || 'nothing'}`);
    }
    throw new Error(failures.join('; then '));
  } finally {
    await page.evaluate((id) => void window.__chipgraph?.cy.getElementById(id).connectedNodes().unlock(), edgeId);
  }
}
