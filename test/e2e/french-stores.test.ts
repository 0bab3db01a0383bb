// The French chains' saved product pages (Auchan, Zalando) in the built extension, in Debian's
// Chromium, served at their recorded URLs: the badge with the not-listed status and, once the
// card is open, the seller the page states (a marketplace partner by its name, or the retailer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPlatform } from '@/data/platforms';
import { displayStatus } from '@/lib/status';
import { launchExtension, openRoutedPage, screenshotOnFailure, type ExtensionHandle } from '../helpers/e2e/harness';
import { clickInBadge, inBadge } from '../helpers/e2e/badge-shadow';

/** Saved page, the URL it was saved from (test/fixtures/MANIFEST.tsv), and who the page says sells. */
const PAGES = [
  ['auchan', 'auchan/auchan-product-1.html.gz', 'https://www.auchan.fr/bio-lubrifiant-social-marchesseau-bourgueil-rouge-2017/p-c1091807', 'platform', 'Auchan'],
  ['auchan', 'auchan/auchan-product-2.html.gz', 'https://www.auchan.fr/tecnovita-x-tri2-yf910-pliable-avec-dossier/p-m1406900', 'third-party', 'Rsi-fitworld'],
  ['zalando', 'zalando/zalando-product-2.html.gz', 'https://www.zalando.fr/pier-one-sweatshirt-mid-grey-melange-pi922sa09-c12.html', 'platform', 'Zalando'],
] as const;

describe('the French chains’ saved product pages', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(PAGES)('%s %s: not-listed badge, then the seller in the card', async (id, file, url, kind, name) => {
    screenshotOnFailure(ext);
    const platform = getPlatform(id)!;
    expect(displayStatus(platform)).toBe('not-listed');
    const page = await openRoutedPage(ext, url, file);
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached' });
    expect(await host.count()).toBe(1);
    expect(await host.getAttribute('data-platform')).toBe(id);
    expect(await host.getAttribute('data-status')).toBe('not-listed');
    // Nothing about the seller before the card opens.
    expect(await host.getAttribute('data-seller-kind')).toBeNull();
    await clickInBadge(page, new RegExp(`^Charte PME, ${platform.name}`));
    await expect.poll(() => host.getAttribute('data-seller-kind'), { timeout: 10_000 }).toBe(kind);
    expect(await host.getAttribute('data-seller')).toBe(name);
    // The card's seller line: the partner by name, or « sold by the platform » (in the browser's language).
    const line = () => inBadge(page, (root) => root.querySelector('.card .seller')?.textContent?.trim() ?? '');
    if (kind === 'third-party') await expect.poll(line).toContain(name);
    else await expect.poll(line).toMatch(/plateforme|platform/i);
    await page.close();
  });
});
