// The background against requests a page can forge, in the built extension in Debian's Chromium:
// a burst of 'panel/open' with no user gesture (from an extension page in a tab, or from a product page's
// content-script world) opens no tab, Chrome's other refusals open one tab per sender tab at most, and
// settings kept in the background's memory still reach the toolbar live.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openExtensionPage, openRoutedPage, screenshotOnFailure, syntheticProductPage, type ExtensionHandle } from '../helpers/e2e/harness';
import { tabIdOf, toolbarOf } from '../helpers/e2e/service-worker';
import { extensionPageTabs, extensionSettled } from '../helpers/e2e/signals';

const PRODUCT_URL = 'https://www.amazon.fr/dp/B08L5VNF78';
const BURST = 10;

/** Code run in the service worker: chrome.sidePanel.open, watched (and, if asked, made to fail). */
type SidePanelOpen = (options: object) => Promise<void>;
interface Watched {
  calls: number;
  refusals: string[];
}

describe('the background under forged requests', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  const panelTabs = () => ext.context.pages().filter((p) => p.url().includes(`${ext.extensionId}/sidepanel.html`));
  /**
   * The panel tabs as the extension sees them. Asked once every refusal is in: the background
   * decides on a refusal in the same turn that records it, and a tab it opens exists as soon as
   * tabs.create answers, before Playwright lists its page.
   */
  const panelTabsSeenByExtension = async () => (await extensionPageTabs(ext, 'sidepanel.html')).length;

  /**
   * Wraps the service worker's sidePanel.open so the test can count calls and read Chrome's
   * refusals; calls still go to Chrome unless `failWith` stands in for its answer.
   */
  async function watchSidePanel(failWith?: string): Promise<void> {
    await ext.serviceWorker.evaluate((message) => {
      const g = globalThis as unknown as {
        chrome: { sidePanel: { open: SidePanelOpen } };
        browser?: { sidePanel?: { open: SidePanelOpen } };
        watched?: Watched;
        realOpen?: SidePanelOpen;
      };
      const real = (g.realOpen ??= g.chrome.sidePanel.open.bind(g.chrome.sidePanel));
      const watched: Watched = { calls: 0, refusals: [] };
      g.watched = watched;
      const open: SidePanelOpen = (options) => {
        watched.calls++;
        const answer = message ? Promise.reject(new Error(message)) : real(options);
        return answer.catch((error: unknown) => {
          watched.refusals.push(String((error as Error)?.message ?? error));
          throw error;
        });
      };
      g.chrome.sidePanel.open = open;
      // Where Chromium has its own `browser` namespace, the polyfill hands that one out.
      if (g.browser?.sidePanel && g.browser.sidePanel !== g.chrome.sidePanel) g.browser.sidePanel.open = open;
    }, failWith ?? '');
  }

  const watched = () => ext.serviceWorker.evaluate(() => (globalThis as unknown as { watched: Watched }).watched);

  /**
   * Sends `count` 'panel/open' messages from an extension page in a tab, as a content script would
   * (sender.tab set), through the debugging protocol with userGesture off: Playwright's own
   * evaluate would hand the page a user activation, which a page script forging clicks never has.
   */
  async function burstFrom(page: Page, count: number): Promise<{ hadActivation: boolean }> {
    const cdp: CDPSession = await ext.context.newCDPSession(page);
    try {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `(async () => {
          const hadActivation = navigator.userActivation.hasBeenActive || navigator.userActivation.isActive;
          for (let i = 0; i < ${count}; i++) chrome.runtime.sendMessage({ type: 'panel/open', platform: 'amazon' }).catch(() => {});
          return JSON.stringify({ hadActivation });
        })()`,
        awaitPromise: true,
        userGesture: false,
      });
      return JSON.parse(String(result.value)) as { hadActivation: boolean };
    } finally {
      await cdp.detach();
    }
  }

  it(`opens no tab for ${BURST} 'panel/open' in a row without a user gesture`, async () => {
    screenshotOnFailure(ext);
    await watchSidePanel();
    const sender = await openExtensionPage(ext, 'popup.html');
    const before = panelTabs().length;
    const { hadActivation } = await burstFrom(sender, BURST);
    expect(hadActivation).toBe(false);
    // Every request reached the background and Chrome refused each for want of a gesture...
    await expect.poll(async () => (await watched()).refusals.length, { timeout: 10_000 }).toBe(BURST);
    const { calls, refusals } = await watched();
    expect(calls).toBe(BURST);
    for (const refusal of refusals) expect(refusal).toMatch(/user gesture/i);
    // ...and none of them turned into a tab.
    expect(await panelTabsSeenByExtension()).toBe(before);
    expect(panelTabs().length).toBe(before);
    await sender.close();
  });

  it(`opens no tab for ${BURST} 'panel/open' sent from a product page's content-script world without a gesture`, async () => {
    screenshotOnFailure(ext);
    await watchSidePanel();
    const page = await openRoutedPage(ext, PRODUCT_URL, syntheticProductPage({ name: 'Bouilloire électrique 1,7 L' }));
    const cdp = await ext.context.newCDPSession(page);
    try {
      // The content script's isolated world: the one execution context of the page with our origin.
      const worlds: { id: number; origin: string }[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, origin: context.origin }));
      await cdp.send('Runtime.enable');
      await expect.poll(() => worlds.some((w) => w.origin.includes(ext.extensionId)), { timeout: 10_000 }).toBe(true);
      const world = worlds.find((w) => w.origin.includes(ext.extensionId))!;
      const before = panelTabs().length;
      await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        expression: `for (let i = 0; i < ${BURST}; i++) chrome.runtime.sendMessage({ type: 'panel/open', platform: 'amazon' }).catch(() => {})`,
        userGesture: false,
      });
      await expect.poll(async () => (await watched()).refusals.length, { timeout: 10_000 }).toBe(BURST);
      for (const refusal of (await watched()).refusals) expect(refusal).toMatch(/user gesture/i);
      expect(await panelTabsSeenByExtension()).toBe(before);
      expect(panelTabs().length).toBe(before);
    } finally {
      await cdp.detach();
      await page.close();
    }
  });

  it(`opens one tab for ${BURST} requests that Chrome refuses for another reason`, async () => {
    screenshotOnFailure(ext);
    // A panel that cannot open (disabled, another browser): the fallback tab is the right answer once.
    await watchSidePanel('No active side panel for this tab');
    const sender = await openExtensionPage(ext, 'popup.html');
    const before = panelTabs().length;
    await burstFrom(sender, BURST);
    await expect.poll(async () => (await watched()).refusals.length, { timeout: 10_000 }).toBe(BURST);
    await expect.poll(() => panelTabs().length, { timeout: 10_000 }).toBe(before + 1);
    expect(await panelTabsSeenByExtension()).toBe(before + 1);
    expect(panelTabs().length).toBe(before + 1);
    expect(panelTabs().at(-1)!.url()).toMatch(/\/sidepanel\.html\?platform=amazon$/);
    for (const tab of panelTabs()) await tab.close();
    await sender.close();
  });

  it('brings a language change to the toolbar title of an open page, with no reload', async () => {
    screenshotOnFailure(ext);
    const page = await openRoutedPage(ext, PRODUCT_URL, syntheticProductPage({ name: 'Bouilloire électrique 1,7 L' }));
    const tabId = await tabIdOf(ext, PRODUCT_URL);
    expect(tabId).toBeTypeOf('number');
    const title = async () => (await toolbarOf(ext, tabId!)).title;
    // French (browser language, "auto") then English: the punctuation tells them apart whatever the wording.
    await expect.poll(title, { timeout: 10_000 }).toMatch(/^Charte PME — Amazon\u202f?\u00a0?: /);
    const setLanguage = (language: string) =>
      ext.serviceWorker.evaluate(async (lang) => {
        type Sync = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
        const { sync } = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage;
        const current = (await sync.get('settings')).settings ?? {};
        await sync.set({ settings: { ...(current as object), language: lang } });
      }, language);
    await setLanguage('en');
    await expect.poll(title, { timeout: 10_000 }).toMatch(/^Charte PME — Amazon: \w/);
    await setLanguage('fr');
    await expect.poll(title, { timeout: 10_000 }).toMatch(/^Charte PME — Amazon\u202f?\u00a0?: /);
    await page.close();
  });

  it('reads settings written by a newer version without an error in the page, the popup or the background', async () => {
    screenshotOnFailure(ext);
    const errors: string[] = [];
    ext.serviceWorker.on('console', (m) => m.type() === 'error' && errors.push(`background: ${m.text()}`));
    await ext.serviceWorker.evaluate(async () => {
      type Sync = { set(v: object): Promise<void> };
      const { sync } = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage;
      await sync.set({ settings: { language: 'en', theme: 'dark', position: 'center' }, settings$: { v: 3 } });
    });
    const page = await ext.context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(`page: ${m.text()}`));
    const product = await openRoutedPage(ext, PRODUCT_URL, syntheticProductPage({ name: 'Bouilloire électrique 1,7 L' }));
    product.on('console', (m) => m.type() === 'error' && errors.push(`product page: ${m.text()}`));
    const popup = await openExtensionPage(ext, 'popup.html');
    popup.on('console', (m) => m.type() === 'error' && errors.push(`popup: ${m.text()}`));
    const tabId = await tabIdOf(ext, PRODUCT_URL);
    // The language of the newer value reached the background, read field by field.
    await expect.poll(async () => (await toolbarOf(ext, tabId!)).title, { timeout: 10_000 }).toMatch(/^Charte PME — Amazon: \w/);
    await popup.reload();
    await product.reload({ waitUntil: 'domcontentloaded' });
    // Each has read the newer value: the popup speaks its language, the badge's work in the page is done.
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang), { timeout: 10_000 }).toBe('en');
    await extensionSettled(ext, PRODUCT_URL);
    expect(errors.filter((e) => /Version downgrade|Migration failed/i.test(e))).toEqual([]);
    const stored = await ext.serviceWorker.evaluate(async () => {
      type Sync = { get(k: string[]): Promise<Record<string, unknown>> };
      const { sync } = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage;
      return sync.get(['settings', 'settings$']);
    });
    // Left as the newer version wrote it.
    expect(stored).toEqual({ settings: { language: 'en', theme: 'dark', position: 'center' }, settings$: { v: 3 } });
    for (const p of [page, product, popup]) await p.close();
  });
});
