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

/** Waits until the canvas's layout animations have settled (positions stop changing). */
export async function waitForCanvasIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__chipgraph !== undefined);
  let previous = '';
  for (let i = 0; i < 40; i++) {
    const current = await page.evaluate(() =>
      JSON.stringify(window.__chipgraph?.cy.nodes().map((n) => [Math.round(n.position('x')), Math.round(n.position('y'))])),
    );
    if (current === previous) return;
    previous = current;
    await page.waitForTimeout(150);
  }
}

/** Ids of the nodes drawn and not filtered out. */
export async function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__chipgraph?.cy.nodes().not('.filtered').map((n) => n.id()).sort() ?? []);
}

/**
 * The on-screen point of a node, or of an edge where a click reaches that edge: the middle when
 * nothing lies over it, else another point along it (a force layout may lay a node or another
 * edge across the middle, or the legend may cover it). Asks the page which element is on top there
 * and cytoscape's renderer which element a click there would hit; an edge off screen is centred first.
 */
export async function screenPointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  // No named functions inside: the test runner's transform would wrap them in a helper the page lacks.
  const point = await page.evaluate((elementId) => {
    const cy = window.__chipgraph?.cy;
    const element = cy?.getElementById(elementId);
    if (!cy || !element || element.empty()) return null;
    const box = cy.container()?.getBoundingClientRect();
    const left = box?.left ?? 0;
    const top = box?.top ?? 0;
    if (!element.isEdge()) {
      const position = (element as NodeSingular).renderedPosition();
      return { x: left + position.x, y: top + position.y };
    }
    // findNearestElement is the renderer's own hit test (model coordinates); not in cytoscape's typings.
    const renderer = (cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): { id(): string } | undefined } }).renderer();
    const from = element.sourceEndpoint();
    const to = element.targetEndpoint();
    // Second attempt after centring the edge, as a user would pan to it when it lies off screen.
    for (const attempt of [0, 1]) {
      if (attempt === 1) cy.center(element);
      const zoom = cy.zoom();
      const pan = cy.pan();
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const x = from.x + (to.x - from.x) * t;
        const y = from.y + (to.y - from.y) * t;
        const screen = { x: left + x * zoom + pan.x, y: top + y * zoom + pan.y };
        // Not under a panel, legend or notice drawn over the canvas, and the renderer hits this edge there.
        const onCanvas = cy.container()?.contains(document.elementFromPoint(screen.x, screen.y)) ?? false;
        if (onCanvas && renderer.findNearestElement(x, y, true, false)?.id() === elementId) return screen;
      }
    }
    const middle = element.renderedMidpoint();
    return { x: left + middle.x, y: top + middle.y };
  }, id);
  if (!point) throw new Error(`${id} is not on the canvas`);
  return point;
}
