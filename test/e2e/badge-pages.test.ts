// Which pages get the badge, in the built extension in Debian's Chromium: marketplace URLs are
// routed to saved pages (or to synthetic product pages for platforms without one), everything
// else is aborted. How the badge behaves once there is badge.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/detect/detect';
import { getPlatform } from '@/data/platforms';
import { displayStatus } from '@/lib/status';
import { launchExtension, openRoutedPage, screenshotOnFailure, syntheticProductPage, type ExtensionHandle } from '../helpers/e2e/harness';
import { tabIdOf, toolbarOf } from '../helpers/e2e/service-worker';
import { extensionSettled } from '../helpers/e2e/signals';

/** One saved product page per platform that has one. */
const SAVED_PRODUCTS = [
  ['amazon', 'https://www.amazon.fr/Connector-Irrigation-Plumbing-Fittings-Splitter/dp/B08LNDXM65', 'amazon/amazon-product-1.html.gz'],
  ['aliexpress', 'https://he.aliexpress.com/item/32993251330.html', 'aliexpress/aliexpress-product-1.html.gz'],
  ['alibaba', 'https://www.alibaba.com/product-detail/Lemon-Cheese-Garlic-Ginger-Handheld-Stainless_62320522213.html', 'alibaba/alibaba-product-1.html.gz'],
  ['ebay', 'https://www.ebay.com/itm/Outdoor-Wicker-Patio-Furniture-Sofa-3-Seater-Luxury-Comfort-Brown-Wicker-Couch-/381228738769', 'ebay/ebay-product-1.html.gz'],
  ['leboncoin', 'https://www.leboncoin.fr/ventes_immobilieres/1072097995.htm', 'leboncoin/leboncoin-product-1.html.gz'],
  ['auchan', 'https://www.auchan.fr/tecnovita-x-tri2-yf910-pliable-avec-dossier/p-m1406900', 'auchan/auchan-product-2.html.gz'],
  ['zalando', 'https://www.zalando.fr/fila-ray-baskets-basses-1fi11a00y-a14.html', 'zalando/zalando-product-1.html.gz'],
] as const;

/** A product URL for every other platform with a hostname (Certideal, Wish and Veepee have none). */
const SYNTHETIC_PRODUCTS = [
  ['boulanger', 'https://www.boulanger.com/ref/1150434'],
  ['cdiscount', 'https://www.cdiscount.com/electromenager/f-1101-bouilloire123.html'],
  ['conforama', 'https://www.conforama.fr/electromenager/bouilloire/p/ABC1234'],
  ['fnac', 'https://www.fnac.com/a12345678/Bouilloire-electrique'],
  ['darty', 'https://www.darty.com/nav/achat/petit_electromenager/bouilloire/bouilloire_xyz.html'],
  ['laredoute', 'https://www.laredoute.fr/ppdp/prod-350123456.aspx'],
  ['manomano', 'https://www.manomano.fr/p/perceuse-visseuse-12345678'],
  ['rakuten', 'https://fr.shopping.rakuten.com/mfp/123456/bouilloire'],
  ['ldlc', 'https://www.ldlc.com/fiche/PB00123456.html'],
  ['backmarket', 'https://www.backmarket.fr/fr-fr/p/iphone-13/0e8c7b6a-1234-4cde-9abc-0123456789ab'],
  ['temu', 'https://www.temu.com/fr/bouilloire-electrique-g-601099512345678.html'],
  ['shein', 'https://fr.shein.com/Robe-Longue-p-12345678.html'],
  ['vinted', 'https://www.vinted.fr/items/1234567-robe'],
  ['etsy', 'https://www.etsy.com/fr/listing/123456789/bague'],
  ['leroymerlin', 'https://www.leroymerlin.fr/produits/bouilloire-electrique-1-7-l-82876154.html'],
  ['decathlon', 'https://www.decathlon.fr/p/gourde-isotherme-500-ml/_/R-p-301662?mc=8580459'],
  ['carrefour', 'https://www.carrefour.fr/p/bouilloire-electrique-1-7-l-3276554163158'],
  ['leclerc', 'https://www.e.leclerc/fp/bouilloire-electrique-1-7-l-3045387296124'],
  ['castorama', 'https://www.castorama.fr/bouilloire-electrique-1-7-l/3663602812080_CAFR.prd'],
  ['cultura', 'https://www.cultura.com/p-bouilloire-electrique-11841902.html'],
  ['rueducommerce', 'https://www.rueducommerce.fr/p-bouilloire-electrique-1-7-l-tefal-2012168170-27453.html'],
  ['but', 'https://www.but.fr/produits/85220/Bouilloire-electrique-1-7-L.html'],
  ['maisonsdumonde', 'https://www.maisonsdumonde.com/FR/fr/p/bouilloire-electrique-1-7-l-166951.htm'],
] as const;

/** Saved pages that get no badge, but the toolbar still shows the platform. */
const SAVED_LISTINGS = [
  ['amazon', 'listing page', 'https://www.amazon.com/Best-Sellers-Tools-Home-Improvement/zgbs/hi', 'amazon/amazon-listing-1.html.gz'],
  ['aliexpress', 'listing page', 'https://es.aliexpress.com/w/wholesale-camisa-para-hombre.html', 'aliexpress/aliexpress-listing-1.html.gz'],
  ['leboncoin', 'listing page', 'https://www.leboncoin.fr/voitures/offres/basse_normandie/', 'leboncoin/leboncoin-listing-1.html.gz'],
  ['ebay', 'listing page', 'https://www.ebay.fr/sch/i.html?_nkw=bouilloire', 'ebay/ebay-listing-1.html.gz'],
  // An ad page (saved leboncoin markup) at a job-offer address: nobody sells anything (issue 13).
  ['leboncoin', 'job offer', 'https://www.leboncoin.fr/ad/offres_d_emploi/2876543210', 'leboncoin/leboncoin-product-1.html.gz'],
  // A product page's markup at a drive's pick-up page and at a store page: nothing is bought there.
  ['auchan', 'drive page', 'https://www.auchan.fr/magasins/drive/laxou/s-875', 'auchan/auchan-product-1.html.gz'],
  ['zalando', 'category page', 'https://www.zalando.fr/chaussures-homme/', 'zalando/zalando-product-1.html.gz'],
] as const;

/** Every platform with a hostname: its saved product page, else a synthetic one. */
const PRODUCT_PAGES = [
  ...SAVED_PRODUCTS.map(([id, url, file]) => [id, 'saved', url, file] as const),
  ...SYNTHETIC_PRODUCTS.map(([id, url]) => [id, 'synthetic', url, syntheticProductPage({ name: 'Bouilloire électrique 1,7 L' })] as const),
];
const statusOf = (id: string) => displayStatus(getPlatform(id)!);

describe('the badge, platform by platform', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  const open = (url: string, source: string) => openRoutedPage(ext, url, source);

  it.each(PRODUCT_PAGES)('%s: %s product page → one badge with the right platform and status', async (id, _kind, url, source) => {
    screenshotOnFailure(ext);
    expect(detectPage(url).platform).toBe(id);
    const page = await open(url, source);
    const host = page.locator('charte-pme-badge');
    await host.waitFor({ state: 'attached' });
    expect(await host.count()).toBe(1);
    expect(await host.getAttribute('data-platform')).toBe(id);
    expect(await host.getAttribute('data-status')).toBe(statusOf(id));
    await page.close();
  });

  it.each(SAVED_LISTINGS)('%s: saved %s → no badge, the toolbar still names the platform', async (id, _kind, url, file) => {
    screenshotOnFailure(ext);
    expect(detectPage(url)).toMatchObject({ platform: id, isProductPage: false });
    const page = await open(url, file);
    const tabId = await tabIdOf(ext, url);
    expect(tabId).toBeTypeOf('number');
    // The content script has run once the toolbar names the platform.
    await expect.poll(async () => (await toolbarOf(ext, tabId!)).title, { timeout: 10_000 }).toContain(getPlatform(id)!.name);
    // …and has decided: a badge mounted on a settings read or after a paint would be in by now.
    await extensionSettled(ext, url);
    expect(await page.locator('charte-pme-badge').count()).toBe(0);
    await page.close();
  });
});
