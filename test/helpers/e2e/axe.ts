// axe-core in a page of the browser tests: the extension's own pages, or the badge's shadow root.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeRule {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe in the page, on the whole document or only inside the elements `include` selects
 * (axe reaches into their open shadow roots). The source is evaluated through the DevTools
 * protocol: addScriptTag would insert an inline <script>, which a strict CSP blocks.
 */
export async function runAxe(page: Page, include?: string): Promise<{ violations: AxeRule[]; passes: AxeRule[] }> {
  await page.evaluate(AXE_SOURCE);
  // No named function inside: the test runner's transform would wrap it in a helper the page lacks.
  return page.evaluate(async (selector) => {
    type Result = { violations: AxeRule[]; passes: AxeRule[] };
    const axe = (window as unknown as { axe: { run(context?: object): Promise<Result> } }).axe;
    const { violations, passes } = await (selector ? axe.run({ include: [[selector]] }) : axe.run());
    return { violations, passes };
  }, include);
}

/** Serious and critical violations: the ones the tests refuse. */
export function isSerious(rule: Pick<AxeRule, 'impact'>): boolean {
  return rule.impact === 'serious' || rule.impact === 'critical';
}
