// The card's actions in reach (issue 24): on the real saved AliExpress page, at a laptop's
// 1366×650 and a phone's 390×700, a real click on the pill opens a card whose « Détails » and
// « Masquer sur ce site » are inside the viewport and hit-testable (not clipped by the card's own
// scroll, nor covered); and "Hide on this site" can be undone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openExtensionPage, readFixture, routeFixture, screenshotOnFailure, RESULTS_DIR, type ExtensionHandle } from '../helpers/e2e/harness';
import { clickInBadge, inBadge, waitInBadge } from '../helpers/e2e/badge-shadow';
import { hiddenSitesOf, tabIdOf } from '../helpers/e2e/service-worker';
import { extensionSettled } from '../helpers/e2e/signals';
import { HIDE_UNDO_MS as UNDO_MS } from '@/lib/badge/hide-undo';

const ALIEXPRESS = 'https://he.aliexpress.com/item/32993251330.html';
const PILL = /^Charte PME, AliExpress/;

type Reach = { name: string; inViewport: boolean; hit: boolean };

describe('the card’s actions stay in reach', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function openCard(viewport: { width: number; height: number }, isTouch = false): Promise<Page> {
    const page = await ext.context.newPage();
    await page.setViewportSize(viewport);
    // A touch screen: (pointer: coarse) matches, as on a phone.
    if (isTouch) await (await ext.context.newCDPSession(page)).send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await routeFixture(page, ALIEXPRESS, readFixture('aliexpress/aliexpress-product-1.html.gz'));
    await page.goto(ALIEXPRESS);
    await page.locator('charte-pme-badge').waitFor({ state: 'attached' });
    await clickInBadge(page, PILL);
    await waitInBadge(page, (root) => !!root.querySelector('.card .actions'));
    return page;
  }

  /** Each named button of the card: inside the viewport, and what elementFromPoint finds at its centre. */
  const reach = (page: Page, names: string[]) =>
    inBadge(
      page,
      (root, wanted: string[]) =>
        wanted.map((name) => {
          const button = [...root.querySelectorAll<HTMLElement>('.card button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
          if (!button) return { name, inViewport: false, hit: false };
          const r = button.getBoundingClientRect();
          const inViewport = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width > 0;
          const at = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return { name, inViewport, hit: !!at && (at === button || button.contains(at)) };
        }),
      names,
    ) as Promise<Reach[]>;

  /**
   * A real click at the centre of the card's button named `name`, where it is: the card is fixed
   * in the viewport, so no scrolling into view first (that would move the pill, and the card with it).
   */
  async function clickCard(page: Page, name: string): Promise<void> {
    const at = await inBadge(
      page,
      (root, wanted: string) => {
        const b = [...root.querySelectorAll<HTMLElement>('.card button')].find((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() === wanted);
        const r = b?.getBoundingClientRect();
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      },
      name,
    );
    if (!at) throw new Error(`No button named ${name} in the card`);
    await page.mouse.click(at.x, at.y);
  }

  it.each([
    ['laptop', { width: 1366, height: 650 }],
    ['phone', { width: 390, height: 700 }],
  ] as const)('%s: « Détails », « Masquer sur ce site » and close are in the viewport and hit-testable', async (name, viewport) => {
    screenshotOnFailure(ext);
    const page = await openCard(viewport);
    // The seller line arrives after the card opens and makes it taller: measure once it is in, laid out and painted.
    await waitInBadge(page, (root) => !!root.querySelector('.card .seller'));
    await extensionSettled(ext, ALIEXPRESS);
    const card = (await inBadge(page, (root) => root.querySelector('.card')!.getBoundingClientRect().toJSON())) as DOMRect;
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(viewport.width);
    expect(card.bottom).toBeLessThanOrEqual(viewport.height);
    for (const r of (await reach(page, ['Détails', 'Masquer sur ce site', 'Fermer']))!) expect(r, r.name).toEqual({ name: r.name, inViewport: true, hit: true });
    await page.screenshot({ path: `${RESULTS_DIR}/card-reach-${name}.png` });
    await page.close();
  });

  it('on a touch screen, every control of the card is at least 44 px high', async () => {
    screenshotOnFailure(ext);
    const page = await openCard({ width: 390, height: 700 }, true);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const heights = (await inBadge(page, (root) => [...root.querySelectorAll<HTMLElement>('.card button')].map((b) => [(b.getAttribute('aria-label') ?? b.textContent ?? '').trim(), b.getBoundingClientRect().height, b.getBoundingClientRect().width] as const)))!;
    expect(heights.map(([name]) => name)).toEqual(['Fermer', 'Détails', 'Masquer sur ce site']);
    for (const [name, height, width] of heights) {
      expect(height, name).toBeGreaterThanOrEqual(44);
      expect(width, name).toBeGreaterThanOrEqual(44);
    }
    for (const r of (await reach(page, ['Détails', 'Masquer sur ce site', 'Fermer']))!) expect(r, r.name).toEqual({ name: r.name, inViewport: true, hit: true });
    await page.close();
  });

  it('hide says so with an undo; undo keeps the badge and the setting; without undo the badge goes', async () => {
    screenshotOnFailure(ext);
    const page = await openCard({ width: 1366, height: 650 });
    await clickCard(page, 'Masquer sur ce site');
    await waitInBadge(page, (root) => /va quitter he\.aliexpress\.com/.test(root.querySelector('.card [role="status"]')?.textContent ?? ''));
    expect((await reach(page, ['Annuler']))![0]).toEqual({ name: 'Annuler', inViewport: true, hit: true });
    await clickCard(page, 'Annuler');
    await waitInBadge(page, (root) => !!root.querySelector('.card .action') && root.querySelector('.card [role="status"]')!.textContent === '');
    // Time is the point: the undone hide would have been saved when its undo window ran out.
    await page.waitForTimeout(UNDO_MS + 500);
    expect(await hiddenSitesOf(ext)).toEqual([]);
    expect(await page.locator('charte-pme-badge').count()).toBe(1);
    expect((await reach(page, ['Masquer sur ce site']))![0]!.hit).toBe(true);

    // Not undone: saved after the delay, and the badge leaves this site.
    await clickCard(page, 'Masquer sur ce site');
    await page.locator('charte-pme-badge').waitFor({ state: 'detached', timeout: UNDO_MS + 3000 });
    expect(await hiddenSitesOf(ext)).toEqual(['he.aliexpress.com']);

    // The popup on that tab says the site is hidden, and one click shows the badge again.
    const tabId = await tabIdOf(ext, ALIEXPRESS);
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
    await popup.getByText('Le badge est masqué sur he.aliexpress.com.').waitFor();
    const here = popup.getByRole('switch', { name: 'Afficher sur he.aliexpress.com' });
    expect(await here.isChecked()).toBe(false);
    await here.click();
    await page.locator('charte-pme-badge').waitFor({ state: 'attached', timeout: 2000 });
    expect(await hiddenSitesOf(ext)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
