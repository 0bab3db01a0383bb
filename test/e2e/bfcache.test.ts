// A real back/forward-cache restore of a product page in the built extension: the page is frozen
// when the tab leaves it and comes back whole (pageshow with persisted), so the content script
// is not run again and only its pageshow path can bring the toolbar mark back. Playwright turns
// the cache off in every browser it launches; this file's browser keeps it (backForwardCache).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPlatform } from '@/data/platforms';
import { displayStatus } from '@/lib/status';
import { launchExtension, routeFixture, screenshotOnFailure, syntheticProductPage, type ExtensionHandle } from '../helpers/e2e/harness';
import { setBadgeEnabled, tabIdOf, toolbarOf } from '../helpers/e2e/service-worker';
import { inBadge } from '../helpers/e2e/badge-shadow';
import { extensionSettled } from '../helpers/e2e/signals';

const PRODUCT_URL = 'https://www.amazon.fr/dp/B08L5VNF78';
// Another site: leaving for it clears the tab's toolbar mark.
const OTHER_URL = 'https://www.example.org/';
const AMAZON_STATUS = displayStatus(getPlatform('amazon')!);
const AMAZON_TOOLBAR = { text: 'oui', title: 'Charte PME — Amazon\u00a0: Refus en 2019, a rejoint la charte renouvelée (déc. 2020, selon la presse)' };
const CLEARED_TOOLBAR = { text: '', title: 'Charte PME' };

interface PageShows {
  /** pageshow events of this document that were restores from the back/forward cache. */
  restores: number;
  /** Chromium's reasons when a history navigation loaded the page anew instead (null otherwise). */
  notRestoredReasons: unknown;
}

describe('the badge across back/forward-cache restores', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension({ backForwardCache: true });
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** Each document counts its own pageshow events, in the page's world, from its first script. */
  const recordPageShows = (page: Page) =>
    page.addInitScript(() => {
      const w = window as unknown as { charteShows: boolean[] };
      w.charteShows = [];
      window.addEventListener('pageshow', (event) => w.charteShows.push(event.persisted));
    });

  const readPageShows = (page: Page): Promise<PageShows> =>
    page.evaluate(() => {
      const shows = (window as unknown as { charteShows?: boolean[] }).charteShows ?? [];
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { notRestoredReasons?: unknown };
      return { restores: shows.filter((persisted) => persisted).length, notRestoredReasons: entry?.notRestoredReasons ?? null };
    });

  /** A tab on the product page, with the other site routed too and its pageshow events counted. */
  async function openProductPage(): Promise<Page> {
    const page = await ext.context.newPage();
    await recordPageShows(page);
    await routeFixture(page, PRODUCT_URL, syntheticProductPage({ name: 'Bouilloire électrique 1,7 L' }));
    await routeFixture(page, OTHER_URL, '<!doctype html><title>Other</title><p>Another site</p>');
    await page.goto(PRODUCT_URL, { waitUntil: 'domcontentloaded' });
    return page;
  }

  const served = (url: string) => ext.requests.filter((r) => r.url === url && r.outcome === 'served').length;

  it('comes back from the cache with exactly one badge, its status and the toolbar mark, four times', async () => {
    screenshotOnFailure(ext);
    const page = await openProductPage();
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached' });
    const pillName = () => inBadge(page, (root) => root.querySelector('.pill')?.getAttribute('aria-label') ?? null);
    expect(await pillName()).toMatch(/^Charte PME, Amazon/);
    expect(await host.getAttribute('data-status')).toBe(AMAZON_STATUS);
    const tabId = await tabIdOf(ext, PRODUCT_URL);
    expect(tabId).toBeTypeOf('number');
    const toolbar = () => toolbarOf(ext, tabId!);
    await expect.poll(toolbar).toEqual(AMAZON_TOOLBAR);

    // A real navigation away, then back; three more times through forward and back.
    for (let restore = 1; restore <= 4; restore++) {
      if (restore === 1) await page.goto(OTHER_URL);
      else await page.goForward({ waitUntil: 'commit' });
      await expect.poll(() => page.url()).toBe(OTHER_URL);
      await expect.poll(toolbar).toEqual(CLEARED_TOOLBAR);
      const fetches = served(PRODUCT_URL);

      // A restore fires no load event: wait for the commit, then for this document's pageshow.
      await page.goBack({ waitUntil: 'commit' });
      // A fresh load would show restores: 0, and Chromium's reasons, in the failure. (A restored
      // document keeps the navigation entry of its first load, a goto: no reasons there.)
      await expect.poll(() => readPageShows(page)).toEqual({ restores: restore, notRestoredReasons: null });
      // Restored, not refetched: the route saw no new request for the product page.
      expect(served(PRODUCT_URL)).toBe(fetches);

      await expect.poll(() => host.count()).toBe(1);
      expect(await host.getAttribute('data-status')).toBe(AMAZON_STATUS);
      expect(await host.isVisible()).toBe(true);
      expect(await pillName()).toMatch(/^Charte PME, Amazon/);
      // Nothing ran the content script again: only its pageshow handler can report the page.
      await expect.poll(toolbar).toEqual(AMAZON_TOOLBAR);
      // A second badge would come late (a second mount, a re-run): once the restore's work is done.
      await extensionSettled(ext, PRODUCT_URL);
      expect(await host.count()).toBe(1);
    }
    expect(ext.blocked()).toEqual([]);
    await page.close();
  });

  it('applies a setting changed while the page was in the cache', async () => {
    screenshotOnFailure(ext);
    const page = await openProductPage();
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached' });

    for (const [restore, enabled] of [[1, false], [2, true]] as const) {
      if (restore === 1) await page.goto(OTHER_URL);
      else await page.goForward({ waitUntil: 'commit' });
      await expect.poll(() => page.url()).toBe(OTHER_URL);
      // Storage changes while the page is frozen: it hears of them when it comes back.
      await setBadgeEnabled(ext, enabled);
      await page.goBack({ waitUntil: 'commit' });
      await expect.poll(() => readPageShows(page)).toEqual({ restores: restore, notRestoredReasons: null });
      await expect.poll(() => host.count()).toBe(enabled ? 1 : 0);
      await extensionSettled(ext, PRODUCT_URL);
      expect(await host.count()).toBe(enabled ? 1 : 0);
    }
    expect(ext.blocked()).toEqual([]);
    await page.close();
  });
});
