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
    ['options.html', () => 'options.html'],
    ['welcome.html', () => 'welcome.html'],
  ])('%s has no serious or critical violation', async (_name, path) => {
    const page = await ext.context.newPage();
    screenshotOnFailure(page);
    await page.emulateMedia({ colorScheme });
    await openIn(page, path());
    expect(await page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('popup.html, its report view for a tracked product page, has no serious or critical violation', async () => {
    const page = await ext.context.newPage();
    screenshotOnFailure(page);
    await page.emulateMedia({ colorScheme });
    await openIn(page, `popup.html?tab=${shopTabId}`);
    await page.getByRole('button', { name: 'Signaler une erreur de détection' }).click();
    await page.getByRole('textbox', { name: 'Texte du signalement' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['popup.html', 'options.html', 'welcome.html', 'sidepanel.html?platform=amazon'])(
    '%s: every control shows a focus ring of at least 3:1 against the page',
    async (path) => {
      const page = await ext.context.newPage();
      screenshotOnFailure(page);
      await page.emulateMedia({ colorScheme });
      await openIn(page, path);
      const { checked, failures } = await tabThroughRings(page);
      expect(checked).toBeGreaterThan(3);
      expect(failures).toEqual([]);
      await page.close();
    },
  );
});

/** The focused element's outline and its contrast against the background behind it (in the page). */
function focusRing() {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r = 0, g = 0, b = 0]: number[]) => {
    const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  // The outline sits outside the element: what is behind it is its parent's first opaque background.
  let bg = 'rgb(255, 255, 255)';
  for (let p = el.parentElement; p; p = p.parentElement) {
    const c = getComputedStyle(p).backgroundColor;
    const alpha = parse(c)[3];
    if (c && c !== 'transparent' && alpha !== 0) {
      bg = c;
      break;
    }
    if (p === document.documentElement) bg = matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(0, 0, 0)' : bg;
  }
  const style = getComputedStyle(el);
  const [a, b] = [lum(parse(style.outlineColor)), lum(parse(bg))];
  const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  return {
    name: `${el.tagName.toLowerCase()}#${el.id}:${(el.textContent ?? '').trim().slice(0, 30)}`,
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    contrast: Math.round(contrast * 100) / 100,
  };
}

it('the scan does catch a serious violation (a nameless button)', async () => {
  const page = await ext.context.newPage();
  await openIn(page, 'sidepanel.html');
  await page.evaluate(() => document.querySelector('main')!.append(document.createElement('button')));
  expect((await seriousViolations(page)).join('\n')).toMatch(/^button-name \(critical\)/m);
  await page.close();
});

it('the focus check does catch a control without a visible ring', async () => {
  const page = await ext.context.newPage();
  await openIn(page, 'options.html');
  await page.addStyleTag({ content: 'select:focus-visible { outline: none !important; }' });
  expect((await tabThroughRings(page)).failures.join('\n')).toMatch(/^select#language/m);
  await page.close();
});

/** Tabs through the page; every control reached must show an outline of 2 px or more at 3:1. */
async function tabThroughRings(page: Page): Promise<{ checked: number; failures: string[] }> {
  const failures: string[] = [];
  let checked = 0;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(focusRing);
    if (!ring) continue;
    checked++;
    if (ring.style === 'none' || ring.width < 2 || ring.contrast < 3) failures.push(`${ring.name}: ${JSON.stringify(ring)}`);
  }
  return { checked, failures };
}

async function openIn(page: Page, path: string): Promise<void> {
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  // Both pages render with script: wait for their main landmark's content.
  await page.locator('main, [role="main"]').first().waitFor();
  await page.waitForLoadState('networkidle');
}
