// PRIVACY.md promises no network request: these tests hold the built extension to it.
// The net of launchExtension aborts and records every request that is not a chrome-extension://
// load or a routed page; the pages here make no request of their own, so any record is ours.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  openExtensionPage,
  openRoutedPage,
  QUIET_PAGE_CSP,
  screenshotOnFailure,
  syntheticProductPage,
  type ExtensionHandle,
} from '../helpers/e2e/harness';
import { readLoadedManifest } from '../helpers/e2e/service-worker';
import { clickInBadge, waitInBadge } from '../helpers/e2e/badge-shadow';
import { extensionSettled } from '../helpers/e2e/signals';

const PRODUCT_URL = 'https://www.amazon.fr/dp/B08L5VNF78';
const SAVED_URL = 'https://www.amazon.fr/Connector-Irrigation-Plumbing-Fittings-Splitter/dp/B08LNDXM65';

describe('no request leaves the browser', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('on a product page with the badge, its card, the popup and the side panel', async () => {
    screenshotOnFailure(ext);
    const page = await openRoutedPage(ext, PRODUCT_URL, syntheticProductPage({ name: 'Bouilloire électrique 1,7 L' }));
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached' });
    await clickInBadge(page, /^Charte PME, Amazon/);
    await waitInBadge(page, (root) => !!root.querySelector('.card'));

    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.waitForLoadState('networkidle');
    const panel = await openExtensionPage(ext, 'sidepanel.html?platform=amazon');
    await panel.waitForLoadState('networkidle');
    // The badge's work in the page has run, deferred work (timers, idle callbacks) included.
    await extensionSettled(ext, PRODUCT_URL);

    expect(ext.blocked()).toEqual([]);
    expect(ext.requests.map((r) => r.url)).toEqual([PRODUCT_URL]);
  });

  it('on a large saved page whose own requests are locked out', async () => {
    screenshotOnFailure(ext);
    ext.requests.length = 0;
    const page = await openRoutedPage(ext, SAVED_URL, 'amazon/amazon-product-1.html.gz', { csp: QUIET_PAGE_CSP });
    await page.locator('charte-pme-badge').waitFor({ state: 'attached' });
    await extensionSettled(ext, SAVED_URL);

    expect(ext.blocked()).toEqual([]);
    expect(ext.requests.map((r) => r.url)).toEqual([SAVED_URL]);
  });

  it('PRIVACY.md explains every permission and host the loaded manifest asks for', async () => {
    const privacy = readFileSync(new URL('../../PRIVACY.md', import.meta.url), 'utf8');
    const manifest = await readLoadedManifest(ext);
    for (const permission of manifest.permissions ?? []) expect(privacy).toContain(`\`${permission}\``);
    for (const pattern of manifest.host_permissions ?? []) {
      const host = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1];
      expect(host, pattern).toBeDefined();
      // The host as a whole word of the site list: "amazon.com" is not found inside "amazon.com.be".
      const asWord = new RegExp(`(^|[\\s(])${host!.replace(/\./g, '\\.')}(?=[,;)\\s]|\\.(\\s|$)|$)`, 'm');
      expect(privacy, host).toMatch(asWord);
    }
    expect(manifest.permissions).not.toContain('tabs');
  });
});
