// The business seller's block (issue 25) in the Firefox build, in a real Firefox ESR: after the
// card is opened on a saved eBay business seller's page, the host states the address's country.
// Only the host is read: the badge's shadow root is closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUIET_PAGE_CSP } from '../helpers/e2e/harness';
import { launchFirefox, openRoutedPage, type FirefoxHandle } from '../helpers/e2e-firefox/firefox';
import { openBadgeCard } from '../helpers/e2e-firefox/pages';

// test/fixtures/MANIFEST.tsv: the ebay.fr listing of a Hong Kong seller (« … KOWLOON HK | 香港 »)
// and the ebay.it listing of an Italian one (« 59100 Prato, PO | Italia »).
const PAGES: readonly [string, string, string][] = [
  ['https://www.ebay.fr/itm/2-4-8-16-32-64-128-200-Go-SanDisk-Ultra-Extreme-Pro-C10-Micro-SD-SDHC-SDXC-Card-/312590438787', 'ebay/ebay-business-seller-3.html.gz', 'HK'],
  ['https://www.ebay.it/itm/TAPIS-ROULANT-ELETTRICO-PIEGHEVOLE-SENSORE-CARDIACO-BLUETOOTH-APP-iFitShow-/172911378400', 'ebay/ebay-business-seller-5.html.gz', 'IT'],
];

describe('Firefox ESR: the business seller’s country on the badge host', () => {
  let ff: FirefoxHandle;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it.each(PAGES)('%s', async (url, file, country) => {
    const page = await openRoutedPage(ff, url, file, { csp: QUIET_PAGE_CSP });
    const host = await openBadgeCard(page);
    expect(host).toMatchObject({ platform: 'ebay', sellerKind: 'third-party', count: 1 });
    await page.waitForSelector(`charte-pme-badge[data-seller-country="${country}"]`, { timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('charte-pme-badge')!.dataset.sellerTrader)).toBe('professional');
    await page.close();
  });
});
