// A hostile page against the built extension (issue 14): it cannot read, forge or drive the
// badge, learns nothing that names the extension, has its navigation bursts handled once, and
// sees no error when the extension is reloaded under it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openRoutedPage, routeFixture, screenshotOnFailure, syntheticProductPage, type ExtensionHandle } from '../helpers/e2e/harness';
import { NAVIGATION_COALESCE_MS } from '@/lib/browser/navigation';
import { badgeShadow, clickInBadge, inBadge, waitInBadge } from '../helpers/e2e/badge-shadow';
import { extensionPageTabs, extensionSettled, pageSettled } from '../helpers/e2e/signals';

const PRODUCT_URL = 'https://www.amazon.fr/dp/B08L5VNF78';
const kettle = (body = '') => syntheticProductPage({ name: 'Bouilloire électrique 1,7 L', body });

type Sync = { get(k: string): Promise<Record<string, unknown>> };
const storedSettings = (ext: ExtensionHandle) =>
  ext.serviceWorker.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync.get('settings')).settings ?? null));

describe('a hostile page', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('cannot reach into the badge: the shadow root is closed and nothing on window leads to it', async () => {
    screenshotOnFailure(ext);
    const page = await openRoutedPage(ext, PRODUCT_URL, kettle());
    await page.locator('charte-pme-badge').waitFor({ state: 'attached' });
    const seen = await page.evaluate(() => {
      const host = document.querySelector('charte-pme-badge') as HTMLElement;
      return {
        shadowRoot: host.shadowRoot === null ? 'none' : 'readable',
        // The documented contract and our placement, nothing else (no id, no version).
        attributes: host.getAttributeNames().filter((a) => !['data-charte-pme', 'data-platform', 'data-status', 'data-seller-kind', 'data-seller', 'data-position'].includes(a)),
        globals: Object.keys(window).filter((k) => /charte|badge|wxt/i.test(k)),
      };
    });
    expect(seen).toEqual({ shadowRoot: 'none', attributes: [], globals: [] });
    // The debugging protocol (which no page has) sees a closed root with the pill in it.
    expect((await badgeShadow(page))?.type).toBe('closed');
    expect(await inBadge(page, (root) => root.querySelector('.pill')?.getAttribute('aria-label'))).toMatch(/^Charte PME, Amazon/);
    await page.close();
  });

  it('cannot drive it: forged clicks and key presses open nothing, no tab, and write no setting', async () => {
    screenshotOnFailure(ext);
    const page = await openRoutedPage(ext, PRODUCT_URL, kettle());
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached' });
    const before = await storedSettings(ext);
    const tabs = ext.context.pages().length;
    const panelTabs = (await extensionPageTabs(ext, 'sidepanel.html')).length;
    const forge = () =>
      page.evaluate(() => {
        const el = document.querySelector('charte-pme-badge') as HTMLElement;
        for (let i = 0; i < 10; i++) {
          el.click();
          el.focus();
          for (const key of ['Enter', ' ', 'Escape']) {
            el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
            el.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
          }
        }
      });
    await forge();
    // What the forged events set off has run: a card request or a setting write would be in.
    await extensionSettled(ext, PRODUCT_URL);
    expect(await inBadge(page, (root) => root.querySelector('.pill')?.getAttribute('aria-expanded'))).toBe('false');
    // Opened by the user, the card still ignores what the page forges around it.
    await clickInBadge(page, /^Charte PME, Amazon/);
    await waitInBadge(page, (root) => !!root.querySelector('.card'));
    await forge();
    await extensionSettled(ext, PRODUCT_URL);
    expect(await inBadge(page, (root) => !!root.querySelector('.card'))).toBe(true);
    expect(await extensionPageTabs(ext, 'sidepanel.html')).toHaveLength(panelTabs);
    expect(ext.context.pages().length).toBe(tabs);
    expect(await storedSettings(ext)).toEqual(before);
    await page.close();
  });

  it('hears no message and sees no event that names the extension', async () => {
    screenshotOnFailure(ext);
    const page = await ext.context.newPage();
    await page.addInitScript((id) => {
      const w = window as unknown as { heard: string[] };
      w.heard = [];
      window.addEventListener('message', (e) => w.heard.push(`message ${JSON.stringify(e.data)}`), true);
      // WXT's context announces each start as `${extension id}:${entrypoint}:wxt:content-script-started`.
      for (const entry of ['badge-amazon', 'badge-ebay', 'badge-leboncoin', 'badge-retail', 'badge-stores', 'badge-other', 'badge']) {
        document.addEventListener(`${id}:${entry}:wxt:content-script-started`, () => w.heard.push(`event ${entry}`), true);
      }
    }, ext.extensionId);
    await routeFixture(page, PRODUCT_URL, kettle());
    await page.goto(PRODUCT_URL);
    await page.locator('charte-pme-badge').waitFor({ state: 'attached' });
    await clickInBadge(page, /^Charte PME, Amazon/);
    await waitInBadge(page, (root) => !!root.querySelector('.card'));
    await page.evaluate(() => history.pushState({}, '', '/dp/B000000002'));
    // The navigation has been handled, and all it set off.
    await extensionSettled(ext, 'https://www.amazon.fr/dp/B000000002');
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((h) => h.includes(ext.extensionId) || h.startsWith('event'))).toEqual([]);
    expect(await page.content()).not.toContain(ext.extensionId);
    await page.close();
  });

  it('handles 3,000 in-page navigations as one, after the burst: not a look per call', async () => {
    screenshotOnFailure(ext);
    const page = await openRoutedPage(ext, PRODUCT_URL, kettle());
    await page.locator('charte-pme-badge').waitFor({ state: 'attached' });
    await extensionSettled(ext, PRODUCT_URL);
    // The reports this tab sends the background from here on (each handled page view whose state
    // changed sends one): counted in the service worker, beside the extension's own listener.
    type Reports = { e2eReports?: boolean[]; e2eListening?: boolean };
    await ext.serviceWorker.evaluate(() => {
      const g = globalThis as unknown as Reports & { chrome: { runtime: { onMessage: { addListener(l: (m: { type?: string; state?: { isProductPage?: boolean } }) => void): void } } } };
      g.e2eReports = [];
      if (g.e2eListening) return;
      g.e2eListening = true;
      g.chrome.runtime.onMessage.addListener((m) => void (m?.type === 'page/state' && g.e2eReports!.push(!!m.state?.isProductPage)));
    });
    // Product and search pages in turn: handled one by one, each call would change the page's
    // state and be reported. The last is a search page.
    const last = await page.evaluate((calls) => {
      for (let i = 0; i < calls; i++) history.pushState({}, '', i % 2 ? `/s?k=b${i}` : `/dp/B${String(i).padStart(9, '0')}`);
      return location.href;
    }, 3000);
    expect(last).toBe('https://www.amazon.fr/s?k=b2999');
    await extensionSettled(ext, last);
    // One page view for the whole burst: the search page, reported once; the badge gone with it.
    expect(await ext.serviceWorker.evaluate(() => (globalThis as unknown as Reports).e2eReports)).toEqual([false]);
    expect(await page.locator('charte-pme-badge').count()).toBe(0);
    await page.close();
  });

  // Last: it reloads the extension, which ends this file's handle on the service worker.
  it('sees no error when the extension is reloaded under it, and the stale badge goes at its next navigation', async () => {
    screenshotOnFailure(ext);
    const page = await openRoutedPage(ext, PRODUCT_URL, kettle());
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached' });
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    // The extension has gone once its service worker has closed: from then on the page's content
    // script is an orphan.
    const unloaded = new Promise((resolve) => ext.serviceWorker.once('close', resolve));
    await ext.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await unloaded;
    for (let i = 0; i < 5; i++) {
      await page.evaluate((n) => history.pushState({}, '', `/dp/B00000000${n}`), i);
      // Five navigations of their own, not one coalesced burst: the timer that would handle this
      // one has fired before the next.
      await pageSettled(page, NAVIGATION_COALESCE_MS);
    }
    await expect.poll(() => host.count()).toBe(0);
    expect(problems.filter((p) => /Extension context invalidated|charte|wxt/i.test(p))).toEqual([]);
    await page.close();
  });
});
