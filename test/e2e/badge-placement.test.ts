// Out of the shopper's way (issue 13): the pill keeps clear of what the page floats (a bottom
// cookie banner, a chat bubble, a sticky add-to-cart bar), waits while every corner is taken, is
// a chip of at most 240 px on a phone (its words name the badge and the status: issue 22), and its card stays short.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, routeFixture, screenshotOnFailure, syntheticProductPage, type ExtensionHandle } from '../helpers/e2e/harness';
import { clickInBadge, inBadge, waitInBadge } from '../helpers/e2e/badge-shadow';
import { extensionSettled } from '../helpers/e2e/signals';

const PRODUCT_URL = 'https://www.amazon.fr/dp/B08L5VNF78';

/** A bottom cookie banner above everything, a chat bubble and a sticky add-to-cart bar. */
const CROWDED = `
  <div id="cookies" style="position:fixed;left:0;right:0;bottom:0;height:120px;background:#eee;z-index:2147483647">Nous utilisons des cookies. <button>Accepter</button></div>
  <button id="chat" style="position:fixed;right:16px;bottom:136px;width:56px;height:56px;border-radius:50%">Chat</button>
  <div id="cart" style="position:fixed;left:0;right:0;bottom:120px;height:64px;background:#fc0">Ajouter au panier</div>`;
/** The same, plus a fixed header: every corner is taken until the banner goes. */
const FULL = `${CROWDED}<header id="header" style="position:fixed;top:0;left:0;right:0;height:80px;background:#333;color:#fff">Boutique</header>`;

type Rect = { left: number; top: number; right: number; bottom: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the badge keeps out of the way', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function open(viewport: { width: number; height: number }, body: string): Promise<Page> {
    const page = await ext.context.newPage();
    await page.setViewportSize(viewport);
    await routeFixture(page, PRODUCT_URL, syntheticProductPage({ name: 'Bouilloire électrique 1,7 L', body: `<div style="height:3000px"></div>${body}` }));
    await page.goto(PRODUCT_URL);
    await page.locator('charte-pme-badge').waitFor({ state: 'attached' });
    return page;
  }
  const pillRect = (page: Page) => inBadge(page, (root) => root.querySelector('.pill')!.getBoundingClientRect().toJSON() as Rect);
  const pageRects = (page: Page) =>
    page.evaluate(() => Object.fromEntries(['cookies', 'chat', 'cart', 'header'].flatMap((id) => {
      const el = document.getElementById(id);
      return el ? [[id, el.getBoundingClientRect().toJSON()]] : [];
    })) as Record<string, Rect>);
  const localNameAt = (page: Page, x: number, y: number) => page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.localName ?? null, [x, y]);
  const isShown = (page: Page) => inBadge(page, (root) => getComputedStyle(root.querySelector('.badge')!).visibility === 'visible');

  it.each([
    ['desktop', { width: 1366, height: 800 }, 420],
    ['phone', { width: 390, height: 844 }, 422],
  ] as const)('%s: covers no banner, bubble or sticky bar; the chip and the card stay small', async (_name, viewport, maxCard) => {
    screenshotOnFailure(ext);
    const page = await open(viewport, CROWDED);
    await expect.poll(() => isShown(page)).toBe(true);
    const pill = (await pillRect(page))!;
    for (const [id, rect] of Object.entries(await pageRects(page))) expect(overlaps(pill, rect), id).toBe(false);
    if (viewport.width < 600) {
      expect(pill.width).toBeLessThanOrEqual(240);
      // Two lines at most.
      expect(pill.height).toBeLessThanOrEqual(48);
      expect(await inBadge(page, (root) => root.querySelector('.chip')!.textContent)).toBe('Charte PME\u00a0: refus en 2019, signée en 2020');
      // The full status stays in the accessible name.
      expect(await inBadge(page, (root) => root.querySelector('.pill')!.getAttribute('aria-label'))).toContain('Refus en 2019, a rejoint la charte renouvelée');
    }
    await clickInBadge(page, /^Charte PME, Amazon/);
    await waitInBadge(page, (root) => !!root.querySelector('.card'));
    const card = (await inBadge(page, (root) => root.querySelector('.card')!.getBoundingClientRect().toJSON() as Rect))!;
    expect(card.height).toBeLessThanOrEqual(maxCard);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(viewport.height);
    await page.close();
  });

  it('waits, hidden, while every corner is taken, and shows once the cookie banner is answered', async () => {
    screenshotOnFailure(ext);
    const page = await open({ width: 1366, height: 800 }, FULL);
    // Its first look at the corners (after a paint) has run: hidden because every corner is
    // taken, not because it has not looked yet.
    await extensionSettled(ext, PRODUCT_URL);
    expect(await isShown(page)).toBe(false);
    // Still there for the contract and the toolbar; just not over the page's banners.
    expect(await page.locator('charte-pme-badge').count()).toBe(1);
    await page.evaluate(() => document.getElementById('cookies')!.remove());
    await page.evaluate(() => document.getElementById('cart')!.remove());
    await expect.poll(() => isShown(page), { timeout: 8000 }).toBe(true);
    const pill = (await pillRect(page))!;
    for (const [id, rect] of Object.entries(await pageRects(page))) expect(overlaps(pill, rect), id).toBe(false);
    await page.close();
  });

  it('waiting hidden over bars of its own level or lower, it is not in the way of their clicks', async () => {
    screenshotOnFailure(ext);
    // Fixed bars across the top and the bottom, under the badge's z-index: every corner is taken.
    const page = await open({ width: 1366, height: 800 }, '<header style="position:fixed;top:0;left:0;right:0;height:80px;background:#333"></header><footer style="position:fixed;bottom:0;left:0;right:0;height:80px;background:#eee"></footer>');
    await extensionSettled(ext, PRODUCT_URL);
    expect(await isShown(page)).toBe(false);
    const host = await page.locator('charte-pme-badge').evaluate((h) => h.getBoundingClientRect().toJSON() as Rect);
    expect(host.width).toBeGreaterThan(0);
    expect(await localNameAt(page, host.left + host.width / 2, host.top + host.height / 2)).toBe('footer');
    await page.close();
  });

  it('takes the pointer only where the pill is: the rest of its host’s box is the page’s', async () => {
    screenshotOnFailure(ext);
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1366, height: 800 });
    // Amazon's title anchor: the pill goes inline, on a line as wide as the page's content.
    await routeFixture(page, PRODUCT_URL, syntheticProductPage({ name: 'Bouilloire électrique 1,7 L', body: '<h2 id="productTitle">Bouilloire électrique 1,7 L</h2>' }));
    await page.goto(PRODUCT_URL);
    await page.locator('charte-pme-badge').waitFor({ state: 'attached' });
    await expect.poll(() => isShown(page)).toBe(true);
    expect(await page.locator('charte-pme-badge').getAttribute('data-position')).toBe('inline');
    const host = await page.locator('charte-pme-badge').evaluate((h) => h.getBoundingClientRect().toJSON() as Rect);
    const pill = (await pillRect(page))!;
    const y = pill.top + pill.height / 2;
    expect(host.right - pill.right).toBeGreaterThan(200);
    expect(await localNameAt(page, pill.left + pill.width / 2, y)).toBe('charte-pme-badge');
    // Beside the pill, a click is the page's: it reaches the page's own listener.
    expect(await localNameAt(page, host.right - 20, y)).toBe('body');
    await page.evaluate(() => document.addEventListener('click', (e) => ((window as unknown as { clicked: string }).clicked = (e.target as Element).localName)));
    await page.mouse.click(host.right - 20, y);
    expect(await page.evaluate(() => (window as unknown as { clicked?: string }).clicked)).toBe('body');
    await page.close();
  });

  it('moves out of the way of a consent banner a script appends to <body> after the badge showed', async () => {
    screenshotOnFailure(ext);
    const page = await open({ width: 1366, height: 800 }, '');
    await expect.poll(() => isShown(page)).toBe(true);
    expect(await page.locator('charte-pme-badge').getAttribute('data-position')).toBe('bottom-right');
    // Time is the point: later than any fixed delay would look, so only the arrival can bring the look.
    await page.waitForTimeout(3000);
    // As consent managers do: a container appended to <body>, fixed across the bottom.
    await page.evaluate(() => {
      const banner = Object.assign(document.createElement('div'), { id: 'cookies', textContent: 'Nous utilisons des cookies.' });
      banner.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:120px;background:#eee;z-index:2147483647';
      document.body.append(banner);
    });
    await expect.poll(() => page.locator('charte-pme-badge').getAttribute('data-position'), { timeout: 5000 }).toMatch(/^top-/);
    const pill = (await pillRect(page))!;
    for (const [id, rect] of Object.entries(await pageRects(page))) expect(overlaps(pill, rect), id).toBe(false);
    await page.close();
  });
});
