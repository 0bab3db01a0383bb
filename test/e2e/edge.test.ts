// The Edge build (`wxt build -b edge`, what `npm run zip` packs for Edge Add-ons), loaded in
// Chromium, Edge's engine: the badge on a saved product page and the popup, as for Chrome.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hideAsAmazonDoes,
  launchExtension,
  openExtensionPage,
  openRoutedPage,
  QUIET_PAGE_CSP,
  screenshotOnFailure,
  type ExtensionHandle,
} from '../helpers/e2e/harness';
import { clickInBadge } from '../helpers/e2e/badge-shadow';
import { readLoadedManifest } from '../helpers/e2e/service-worker';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EDGE_DIR = path.resolve(ROOT, process.env.EDGE_EXT_DIR || path.join(process.env.WXT_OUT_DIR || '.output', 'edge-mv3'));
const SAVED_PRODUCT = ['https://www.amazon.fr/Connector-Irrigation-Plumbing-Fittings-Splitter/dp/B08LNDXM65', 'amazon/amazon-product-1.html.gz'] as const;

describe('the Edge build', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension({ extDir: EDGE_DIR });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('is an MV3 build with the side panel', async () => {
    const manifest = (await readLoadedManifest(ext)) as { manifest_version?: number; permissions?: string[] };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toContain('sidePanel');
    expect(await ext.serviceWorker.evaluate(() => location.pathname)).toBe('/background.js');
  });

  it('shows the badge on a saved product page, with the platform, its status, and the seller kind once opened', async () => {
    screenshotOnFailure(ext);
    const page = await openRoutedPage(ext, ...SAVED_PRODUCT, { csp: QUIET_PAGE_CSP });
    await hideAsAmazonDoes(page);
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached' });
    // The card (second stage, injected by the background) reads the seller.
    await clickInBadge(page, /^Charte PME, Amazon/);
    await expect.poll(() => host.getAttribute('data-seller-kind')).toBe('third-party');
    expect(await host.getAttribute('data-platform')).toBe('amazon');
    expect(await host.getAttribute('data-status')).toBe('renewal-signatory');
    expect(await page.locator('charte-pme-badge').count()).toBe(1);
    await page.close();
  });

  it('the popup renders and its badge switch reaches the open page without reload', async () => {
    screenshotOnFailure(ext);
    const page = await openRoutedPage(ext, ...SAVED_PRODUCT, { csp: QUIET_PAGE_CSP });
    await page.locator('charte-pme-badge').waitFor({ state: 'attached' });
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.getByText('Places de marché suivies').waitFor();
    await popup.getByRole('switch', { name: /badge/i }).click();
    await page.locator('charte-pme-badge').waitFor({ state: 'detached', timeout: 1000 });
    await popup.getByRole('switch', { name: /badge/i }).click();
    await page.locator('charte-pme-badge').waitFor({ state: 'attached', timeout: 1000 });
    expect(ext.blocked()).toEqual([]);
    await popup.close();
    await page.close();
  });
});
