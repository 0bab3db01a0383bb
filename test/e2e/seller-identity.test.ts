// Who the business seller is, as the page states it (issue 25), in the built extension in Debian's
// Chromium: the saved eBay listings of business sellers (Germany, Hong Kong, France, Italy, the UK)
// served at their recorded URLs. After the card is opened, the host's data-seller-country is the
// ISO code of the address's country line, and the card names the legal entity, its country and
// a number where the page gives one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, clickInBadge, inBadge } from '../helpers/e2e/badge-shadow';
import {
  FIXTURES_DIR,
  launchExtension,
  openRoutedPage,
  QUIET_PAGE_CSP,
  readFixture,
  readPerformanceEntry,
  screenshotOnFailure,
  type ExtensionHandle,
} from '../helpers/e2e/harness';

/** The recorded URL of each saved page (test/fixtures/MANIFEST.tsv). */
const URLS = new Map(
  readFileSync(path.join(FIXTURES_DIR, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .map(([file = '', , , url = '']) => [file, url] as const),
);

/** Saved page, the country its trader block's address ends with, and the card's line (French browser). */
const PAGES: readonly [string, string, string][] = [
  // « IMS clothing company GmbH … Deutschland … Handelsregisternummer: HRB 30243 ».
  ['ebay/ebay-business-seller-1.html.gz', 'DE', 'Vendeur professionnel\u00a0: IMS clothing company GmbH, Allemagne · HRB 30243'],
  // « Outfitter Teamsport GmbH … Deutschland … Handelsregisternummer: Amtsgericht Offenbach/M. HRB10719 ».
  ['ebay/ebay-business-seller-2.html.gz', 'DE', 'Vendeur professionnel\u00a0: Outfitter Teamsport GmbH, Allemagne · Amtsgericht Offenbach/M. HRB10719'],
  // « SUNTECH ENTERPRISES(HK)LIMITED … 香港 », VAT « AU null » (no number).
  ['ebay/ebay-business-seller-3.html.gz', 'HK', 'Vendeur professionnel\u00a0: SUNTECH ENTERPRISES(HK)LIMITED, Hong Kong'],
  // « PHILIPS France Commercial … France métropolitaine … Numéro d'immatriculation de la société : 811847243 ».
  ['ebay/ebay-business-seller-4.html.gz', 'FR', 'Vendeur professionnel\u00a0: PHILIPS France Commercial, France · immatriculation 811847243'],
  // « PERFECT PRICE SRL … Italia … Numero Partita IVA: IT 03523820235 ».
  ['ebay/ebay-business-seller-5.html.gz', 'IT', 'Vendeur professionnel\u00a0: PERFECT PRICE SRL, Italie · TVA IT 03523820235'],
  // "Velocity Outlet Ltd … United Kingdom … Company registration number: 08337590".
  ['ebay/ebay-business-seller-6.html.gz', 'GB', 'Vendeur professionnel\u00a0: Velocity Outlet Ltd, Royaume-Uni · immatriculation 08337590'],
  // "DOMU Brands Ltd … United Kingdom … Company registration number: 7047520".
  ['ebay/ebay-business-seller-7.html.gz', 'GB', 'Vendeur professionnel\u00a0: DOMU Brands Ltd, Royaume-Uni · immatriculation 7047520'],
];

/**
 * A saved eBay page served as eBay serves it: UTF-8 declared in the Content-Type header (the saved
 * files have no <meta charset>; the browser would otherwise read « 香港 » as windows-1252).
 */
const openEbayPage = (ext: ExtensionHandle, file: string) => openRoutedPage(ext, URLS.get(file)!, readFixture(file), { csp: QUIET_PAGE_CSP });

const identityLine = (root: ShadowRoot) => root.querySelector('.seller-identity-line')?.textContent ?? null;

describe('the business seller’s identity, on saved eBay listings', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(PAGES)('%s', async (file, country, line) => {
    screenshotOnFailure(ext);
    const page = await openEbayPage(ext, file);
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await host.getAttribute('data-seller-country')).toBeNull();
    // Read when the card opens, never at page load.
    await clickInBadge(page, /^Charte PME/);
    await expect.poll(() => host.getAttribute('data-seller-country'), { timeout: 10_000 }).toBe(country);
    expect(await host.getAttribute('data-seller-trader')).toBe('professional');
    await expect.poll(() => inBadge(page, identityLine), { timeout: 5_000 }).toBe(line);
    // The address and numbers are there, one disclosure down (closed).
    expect(await inBadge(page, (root) => root.querySelector<HTMLDetailsElement>('.seller-identity details')?.open ?? null)).toBe(false);
    // The first reading, trader block and country line included, stays short (the node and time
    // budget bounds its walks; the country names are looked up in the browser's own tables).
    const read = await readPerformanceEntry(page, 'charte-pme:seller');
    console.log(`${file}: first seller reading ${read?.duration.toFixed(1)} ms`);
    expect(read!.duration).toBeLessThan(50);
    await page.close();
  });

  it('a listing without a trader block keeps today’s card: no country, no identity line', async () => {
    screenshotOnFailure(ext);
    // ebay-product-4 (ebay.co.uk): "clipclopthriftshop (179 )", no business seller block.
    const file = 'ebay/ebay-product-4.html.gz';
    const page = await openEbayPage(ext, file);
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached', timeout: 15_000 });
    await clickInBadge(page, /^Charte PME/);
    await expect.poll(() => host.getAttribute('data-seller'), { timeout: 10_000 }).toBe('clipclopthriftshop');
    expect(await host.getAttribute('data-seller-country')).toBeNull();
    expect(await inBadge(page, identityLine)).toBeNull();
    expect(await badgeText(page)).not.toContain('Vendeur professionnel\u00a0:');
    await page.close();
  });
});

describe('in an English browser', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('names the country and the number in the shopper’s language', async () => {
    screenshotOnFailure(ext);
    const file = 'ebay/ebay-business-seller-1.html.gz';
    const page = await openEbayPage(ext, file);
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached', timeout: 15_000 });
    await clickInBadge(page, /^Charte PME/);
    await expect.poll(() => host.getAttribute('data-seller-country'), { timeout: 10_000 }).toBe('DE');
    await expect.poll(() => inBadge(page, identityLine), { timeout: 5_000 }).toBe('Business seller: IMS clothing company GmbH, Germany · HRB 30243');
    await page.close();
  });
});
