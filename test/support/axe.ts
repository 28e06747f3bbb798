/**
 * Accessibility checks in the browser tests: injects axe-core (a dev dependency, read from
 * node_modules, never fetched) into the page and runs its WCAG 2.1 A and AA rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's source, evaluated in the page (the app's CSP refuses an injected <script>, rightly). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };

/** The WCAG 2.1 AA violations on the page (or inside `selector`), each as "rule: help (targets)". */
export async function accessibilityViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (include) => axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations),
    selector ?? null,
  );
  return violations.map((violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
}
