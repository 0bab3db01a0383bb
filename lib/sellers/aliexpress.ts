/**
 * Who sells the item on AliExpress: always a store (AliExpress runs the marketplace, the stores
 * sell), so a named store is a third party. No store name on the page: unknown.
 */
import type { Seller, SellerReader } from './types';
import { makeSeller, onlyName, UNKNOWN } from './make-seller';
import { queryAll, readText } from './page-text';

/** Containers to observe: the store block is rendered client-side after the item loads. */
const ALIEXPRESS_WATCH_SELECTORS: readonly string[] = ['#root', '.pdp-wrap', '.product-main', 'body'];

// Store name: 2019 layout in the fixture (h3.store-name, div.shop-name), then the 2023+ hashed
// CSS-module classes, matched on their stable prefix ("store-info--name--E2VWTyv").
const STORE_NAME = [
  '[data-role="store-name"]',
  '.store-name',
  '.shop-name',
  '[class*="store-info--name--"]',
  '[class*="store-detail--storeName--"]',
].join(', ');

function aliexpressSellerOf(doc: Document): Seller {
  // Several different names (a "similar stores" block): we cannot tell which one sells this item.
  const name = onlyName(queryAll(doc, STORE_NAME).map(readText));
  return name ? makeSeller('third-party', name) : UNKNOWN;
}

/*
Fixture: test/fixtures/aliexpress/aliexpress-product-1.html.gz (store "Summer Technology Co.,Ltd.").
*/

/** This platform's entry in the card's seller readers (found by file name: lib/sellers/<id>.ts). */
export const sellerReader: SellerReader = { read: aliexpressSellerOf, watch: ALIEXPRESS_WATCH_SELECTORS };
