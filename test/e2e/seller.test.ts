// Who sells the item (issue 8) in the built extension, in Debian's Chromium: saved Amazon pages
// served at their recorded URLs; the host's data-seller-kind / data-seller and the card's line.
// The seller is read when the card opens (the card is the second stage), never on page load.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGEST_PRODUCT } from '../../scripts/bench/badge-mount';
import {
  hideAsAmazonDoes,
  launchExtension,
  openRoutedPage,
  QUIET_PAGE_CSP,
  readLongTasks,
  readPerformanceEntry,
  recordLongTasks,
  routeFixture,
  screenshotOnFailure,
  type ExtensionHandle,
} from '../helpers/e2e/harness';
import { clickInBadge, inBadge, waitInBadge } from '../helpers/e2e/badge-shadow';
import { extensionSettled, pageSettled } from '../helpers/e2e/signals';

/** The URL each saved page was served at (test/fixtures/MANIFEST.tsv, original_url). */
const PAGES = {
  thirdParty: ['amazon/amazon-product-1.html.gz', 'https://www.amazon.fr/Connector-Irrigation-Plumbing-Fittings-Splitter/dp/B08LNDXM65'],
  platform: ['amazon/amazon-product-12.html.gz', 'https://www.amazon.co.uk/Tefal-Piece-Essential-Black-Aluminium/dp/B004SNMXRS'],
  unknown: ['amazon/amazon-product-2.html.gz', 'https://www.amazon.fr/KONMAY-Metallic-Leather-Jewelry-Konmay/dp/B00P17Y73I'],
} as const;

describe('the seller of the item', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** Opens the page and the card; the seller is read then. */
  async function open([file, url]: readonly [string, string]) {
    const page = await openRoutedPage(ext, url, file);
    await hideAsAmazonDoes(page);
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached' });
    const card = await openCard(page);
    await expect.poll(() => host.getAttribute('data-seller-kind')).not.toBeNull();
    return { page, host, card };
  }

  async function openCard(page: Page) {
    await clickInBadge(page, /^Charte PME, Amazon/);
    await waitInBadge(page, (root) => root.querySelector('[role="group"]')?.getAttribute('aria-label')?.replace(/\s+/g, ' ') === 'Charte PME : Amazon');
    return {
      textContent: () => inBadge(page, (root) => root.querySelector('.card')?.textContent ?? ''),
      sellerLines: () => inBadge(page, (root) => root.querySelectorAll('.card .seller').length),
    };
  }

  it('reads nothing about the seller until the card opens', async () => {
    screenshotOnFailure(ext);
    const page = await openRoutedPage(ext, PAGES.thirdParty[1], PAGES.thirdParty[0]);
    await hideAsAmazonDoes(page);
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached' });
    // Nothing is read on load now: not even once the first stage's work, idle callbacks included, has all run.
    await extensionSettled(ext, PAGES.thirdParty[1]);
    expect(await host.getAttribute('data-seller-kind')).toBeNull();
    expect(await readPerformanceEntry(page, 'charte-pme:seller')).toBeUndefined();
    await openCard(page);
    await expect.poll(() => host.getAttribute('data-seller')).toBe('VELIHOTUBUYE');
    expect(await readPerformanceEntry(page, 'charte-pme:seller')).toBeDefined();
    await page.close();
  });

  it('amazon-product-1: a third-party seller, named, and its line in the card', async () => {
    screenshotOnFailure(ext);
    const { page, host, card } = await open(PAGES.thirdParty);
    expect(await host.getAttribute('data-seller-kind')).toBe('third-party');
    expect(await host.getAttribute('data-seller')).toBe('VELIHOTUBUYE');
    expect(await host.getAttribute('data-platform')).toBe('amazon');
    await expect.poll(() => card.textContent()).toContain('VELIHOTUBUYE');
    const text = await card.textContent();
    expect(text).toContain('Vendu par\u00a0: VELIHOTUBUYE (vendeur tiers)');
    expect(text).toContain('pas sur ce vendeur');
    await page.close();
  });

  it('amazon-product-12: sold by Amazon itself', async () => {
    screenshotOnFailure(ext);
    const { page, host, card } = await open(PAGES.platform);
    expect(await host.getAttribute('data-seller-kind')).toBe('platform');
    await expect.poll(() => card.textContent()).toContain('Vendu par la plateforme');
    await page.close();
  });

  it('amazon-product-2: unknown stays unknown, with no name and no seller line in the card', async () => {
    screenshotOnFailure(ext);
    const { page, host, card } = await open(PAGES.unknown);
    expect(await host.getAttribute('data-seller-kind')).toBe('unknown');
    expect(await host.getAttribute('data-seller')).toBeNull();
    expect(await card.textContent()).not.toMatch(/Vendu par|Vendeur de cet article/);
    expect(await card.sellerLines()).toBe(0);
    await page.close();
  });

  it('follows the buy box while the card is open (another offer picked in the page)', async () => {
    screenshotOnFailure(ext);
    const { page, host } = await open(PAGES.thirdParty);
    expect(await host.getAttribute('data-seller')).toBe('VELIHOTUBUYE');
    await page.evaluate(() => {
      document.getElementById('sellerProfileTriggerId')!.textContent = 'Boutique Durand';
    });
    await expect.poll(() => host.getAttribute('data-seller')).toBe('Boutique Durand');
    expect(await host.getAttribute('data-seller-kind')).toBe('third-party');
    // Then Amazon takes the offer over: the statement text itself changes.
    await page.evaluate(() => {
      document.getElementById('merchant-info')!.textContent = 'Expédié et vendu par Amazon.';
    });
    await expect.poll(() => host.getAttribute('data-seller-kind')).toBe('platform');
    expect(await host.getAttribute('data-seller')).toBe('Amazon');
    await page.close();
  });

  it('forgets the reading on an in-page navigation and reads again when the card opens there', async () => {
    screenshotOnFailure(ext);
    const { page, host } = await open(PAGES.thirdParty);
    await page.evaluate(() => history.pushState({}, '', '/s?k=raccord'));
    await host.waitFor({ state: 'detached' });
    await page.evaluate(() => history.pushState({}, '', '/dp/B00000002X'));
    await host.waitFor({ state: 'attached' });
    expect(await host.getAttribute('data-seller-kind')).toBeNull();
    await openCard(page);
    await expect.poll(() => host.getAttribute('data-seller')).toBe('VELIHOTUBUYE');
    expect(await host.getAttribute('data-seller-kind')).toBe('third-party');
    await page.close();
  });

  /** Long tasks from the click that opens the card (the seller is read then), and the first read's duration. */
  async function measureOn(url: string) {
    const page = await ext.context.newPage();
    await recordLongTasks(page);
    await routeFixture(page, url, LARGEST_PRODUCT.file, { csp: QUIET_PAGE_CSP });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached', timeout: 15_000 });
    // The page's own scripts are blocked and its parsing is over: a long task from here on is ours.
    await page.waitForLoadState('load');
    await hideAsAmazonDoes(page);
    await extensionSettled(ext, url);
    const clickedAt = await page.evaluate(() => performance.now());
    await clickInBadge(page, /^Charte PME/);
    await expect.poll(() => host.getAttribute('data-seller-kind')).not.toBeNull();
    // The card the reading fills has been painted: its long tasks, if any, are over (waited for in
    // the page: the sentinel's own work would count among them).
    await pageSettled(page);
    const read = await readPerformanceEntry(page, 'charte-pme:seller');
    const tasks = await readLongTasks(page);
    await page.close();
    return {
      readMs: read?.duration ?? -1,
      ours: tasks.filter((t) => t.start + t.duration > clickedAt).map((t) => Math.round(t.duration)),
    };
  }

  it('adds no long task on the largest saved product page: reading the seller stays short', async () => {
    screenshotOnFailure(ext);
    const result = await measureOn(LARGEST_PRODUCT.url);
    console.log(`seller read in ${result.readMs.toFixed(1)} ms on ${LARGEST_PRODUCT.file}; long tasks after the click: ${JSON.stringify(result.ours)}`);
    expect(result.readMs).toBeGreaterThanOrEqual(0);
    expect(result.readMs).toBeLessThan(50);
    expect(result.ours).toEqual([]);
  });

  it('adds no long task either when the « Vendu par » scan walks that whole page (as on Cdiscount)', async () => {
    screenshotOnFailure(ext);
    // The same 1.9 MB page at a Cdiscount product URL: its extractor scans the whole body.
    const result = await measureOn('https://www.cdiscount.com/electromenager/f-1101-bouilloire123.html');
    console.log(`« Vendu par » scan in ${result.readMs.toFixed(1)} ms on ${LARGEST_PRODUCT.file}; long tasks after the click: ${JSON.stringify(result.ours)}`);
    expect(result.readMs).toBeGreaterThanOrEqual(0);
    expect(result.readMs).toBeLessThan(50);
    expect(result.ours).toEqual([]);
  });
});
