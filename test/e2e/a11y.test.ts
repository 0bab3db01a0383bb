// Automated accessibility scan (axe-core) of the extension's own pages, light and dark.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension, routeFixture, screenshotOnFailure, syntheticProductPage, type ExtensionHandle,
} from '../helpers/e2e/harness';
import { isSerious, runAxe } from '../helpers/e2e/axe';
import { tabIdOf } from '../helpers/e2e/service-worker';

/** Serious and critical violations only; each as "rule (impact): help — first targets". */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await runAxe(page);
  return violations
    .filter(isSerious)
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
}

let ext: ExtensionHandle;
let shopTabId: number;

beforeAll(async () => {
  ext = await launchExtension();
  // A tracked product page, so the popup also shows its fullest state (status, settings for the site).
  const shop = await ext.context.newPage();
  const url = 'https://www.amazon.fr/dp/B08L5VNF78';
  await routeFixture(shop, url, syntheticProductPage({ name: 'Bouilloire test' }));
  await shop.goto(url);
  shopTabId = (await tabIdOf(ext, url))!;
});
afterAll(async () => {
  await ext?.close();
});

describe.each(['light', 'dark'] as const)('axe, %s mode', (colorScheme) => {
  it.each([
    ['popup.html', () => 'popup.html'],
    ['popup.html for a tracked product page', () => `popup.html?tab=${shopTabId}`],
    ['sidepanel.html', () => 'sidepanel.html'],
    ['sidepanel.html?platform=amazon', () => 'sidepanel.html?platform=amazon'],
  ])('%s has no serious or critical violation', async (_name, path) => {
    const page = await ext.context.newPage();
    screenshotOnFailure(page);
    await page.emulateMedia({ colorScheme });
    await openIn(page, path());
    expect(await page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

it('the scan does catch a serious violation (a nameless button)', async () => {
  const page = await ext.context.newPage();
  await openIn(page, 'sidepanel.html');
  await page.evaluate(() => document.querySelector('main')!.append(document.createElement('button')));
  expect((await seriousViolations(page)).join('\n')).toMatch(/^button-name \(critical\)/m);
  await page.close();
});

async function openIn(page: Page, path: string): Promise<void> {
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  // Both pages render with script: wait for their main landmark's content.
  await page.locator('main, [role="main"]').first().waitFor();
  await page.waitForLoadState('networkidle');
}
