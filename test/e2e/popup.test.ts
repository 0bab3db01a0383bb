// The popup in the built extension: its settings reach the badge of an open tab without reload.
// Chromium cannot open the real toolbar popup, so popup.html is opened as a page in another tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  openExtensionPage,
  openRoutedPage,
  screenshotOnFailure,
  syntheticProductPage,
  type ExtensionHandle,
} from '../helpers/e2e/harness';
import { tabIdOf } from '../helpers/e2e/service-worker';

const PRODUCT_URL = 'https://www.amazon.fr/dp/B08L5VNF78';
// "Within a second" (issue 5): the storage bus has that long to carry a change to the page.
const FOLLOW_MS = 1000;

describe('popup', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function openProductPage() {
    const page = await openRoutedPage(ext, PRODUCT_URL, syntheticProductPage({ name: 'Bouilloire électrique 1,7 L' }));
    await page.locator('charte-pme-badge').waitFor({ state: 'attached' });
    // Set in the page's own world: it survives only if the page is not reloaded.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    return page;
  }

  it('switching "show badge" off removes the badge of an open product page, and on brings it back', async () => {
    screenshotOnFailure(ext);
    const page = await openProductPage();
    const popup = await openExtensionPage(ext, 'popup.html');
    const toggle = popup.getByRole('switch', { name: /badge/i });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);

    await toggle.click();
    await page.locator('charte-pme-badge').waitFor({ state: 'detached', timeout: FOLLOW_MS });
    expect(await toggle.isChecked()).toBe(false);

    await toggle.click();
    await page.locator('charte-pme-badge').waitFor({ state: 'attached', timeout: FOLLOW_MS });
    expect(await page.locator('charte-pme-badge').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await popup.close();
    await page.close();
  });

  it('speaks of the named tab’s platform and hides the badge on that site from the popup', async () => {
    screenshotOnFailure(ext);
    const page = await openProductPage();
    // The host permission for amazon.fr is what lets the extension see this tab's URL.
    const tabId = await tabIdOf(ext, PRODUCT_URL);
    expect(tabId).toBeTypeOf('number');

    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
    const site = popup.getByRole('region', { name: 'Sur cet onglet' });
    await site.getByText('Amazon', { exact: true }).waitFor();
    expect(await site.getByText('A rejoint la charte renouvelée (déc. 2020)').count()).toBe(1);

    await popup.getByRole('checkbox', { name: 'Masquer le badge sur amazon.fr' }).check();
    await page.locator('charte-pme-badge').waitFor({ state: 'detached', timeout: FOLLOW_MS });
    await popup.getByRole('button', { name: 'Retirer amazon.fr' }).click();
    await page.locator('charte-pme-badge').waitFor({ state: 'attached', timeout: FOLLOW_MS });
    await popup.close();
    await page.close();
  });

  it('says the popup’s own tab is not a tracked marketplace, and switches language live', async () => {
    screenshotOnFailure(ext);
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.getByText('Ce site n’est pas une place de marché suivie').waitFor();
    expect(await popup.getByRole('listitem').filter({ hasText: 'Cdiscount' }).count()).toBe(1);

    await popup.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await popup.getByRole('switch', { name: 'Show the badge on product pages' }).waitFor({ timeout: FOLLOW_MS });
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await popup.getByRole('button', { name: 'Reset to defaults' }).click();
    await popup.getByRole('switch', { name: 'Afficher le badge sur les pages produit' }).waitFor({ timeout: FOLLOW_MS });
    await popup.close();
  });

  it('fits the popup width and keeps every control reachable with the keyboard', async () => {
    screenshotOnFailure(ext);
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.getByRole('switch', { name: /badge/i }).waitFor();
    const width = await popup.evaluate(() => document.body.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(360);
    expect(width).toBeLessThanOrEqual(400);

    // Tab through the page: the switch, the details button, the language select and the reset are on the way.
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      const name = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return '';
        const outline = getComputedStyle(el).outlineStyle;
        return `${el.tagName.toLowerCase()}:${el.getAttribute('role') ?? ''}:${el.id || el.textContent?.trim()}:${outline}`;
      });
      if (name) reached.add(name);
    }
    const all = [...reached].join('\n');
    expect(all).toMatch(/^input:switch:show-badge:solid$/m);
    expect(all).toMatch(/^button::Détails de la charte:solid$/m);
    expect(all).toMatch(/^select::language:solid$/m);
    expect(all).toMatch(/^button::Rétablir les réglages par défaut:solid$/m);
    expect(all).toMatch(/^a::Confidentialité:solid$/m);
    await popup.close();
  });
});
