// The Firefox build at phone width (390 px, as Firefox for Android): the badge host appears, the
// popup page fits, and without sidebar_action (Android has none) "Charter details" opens the
// side panel page in a tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { syntheticProductPage } from '../helpers/e2e/harness';
import { consoleProblems } from '../helpers/e2e-firefox/console';
import { extensionViews, launchFirefox, openExtensionPage, openRoutedPage, type FirefoxHandle } from '../helpers/e2e-firefox/firefox';
import { badgeHost } from '../helpers/e2e-firefox/pages';

const PHONE = { width: 390, height: 844 };

describe('Firefox ESR at phone width (390 px)', () => {
  let ff: FirefoxHandle;
  let extensionTab: Page;
  beforeAll(async () => {
    ff = await launchFirefox(PHONE);
    extensionTab = await openExtensionPage(ff, 'popup.html');
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('shows the badge host on a product page, and the page does not overflow sideways', async () => {
    const page = await openRoutedPage(ff, 'https://www.cdiscount.com/electromenager/f-1101-bouilloire123.html', syntheticProductPage({ name: 'Bouilloire électrique 1,7 L' }));
    expect(await badgeHost(page)).toMatchObject({ platform: 'cdiscount', count: 1 });
    expect(await page.evaluate(() => [innerWidth, document.documentElement.scrollWidth])).toEqual([PHONE.width, PHONE.width]);
    await page.close();
  });

  it('the popup page fits the width', async () => {
    const popup = await openExtensionPage(ff, 'popup.html');
    await popup.waitForSelector('::-p-text(Places de marché suivies)');
    const [width, scrollWidth] = await popup.evaluate(() => [innerWidth, document.documentElement.scrollWidth]);
    expect(width).toBe(PHONE.width);
    expect(scrollWidth).toBeLessThanOrEqual(width!);
    await popup.close();
  });

  it('without sidebar_action, "Charter details" opens the side panel page in a tab', async () => {
    const popup = await openExtensionPage(ff, 'popup.html');
    const details = await popup.waitForSelector('button::-p-text(Détails de la charte)');
    // As on Android: the popup's `browser` has no sidebarAction (read at click time).
    expect(
      await popup.evaluate(() => {
        const { browser } = globalThis as unknown as { browser: { sidebarAction?: unknown } };
        Object.defineProperty(browser, 'sidebarAction', { value: undefined });
        return typeof browser.sidebarAction;
      }),
    ).toBe('undefined');
    // The popup closes itself in the click (window.close()): the driver may lose the tab mid-click.
    await details!.click().catch((error: Error) => {
      if (!/no such frame|no longer exist|closed/i.test(error.message)) throw error;
    });
    await expect
      .poll(async () => (await extensionViews(extensionTab, 'tab')).find((v) => v.url === ff.extensionUrl('sidepanel.html'))?.text ?? '', {
        timeout: 10_000,
      })
      .toContain('La charte, en détail');
    const panel = (await extensionViews(extensionTab, 'tab')).find((v) => v.url === ff.extensionUrl('sidepanel.html'))!;
    expect(panel.scrollWidth).toBeLessThanOrEqual(panel.width);
    expect(consoleProblems(ff.output)).toEqual([]);
  });
});
