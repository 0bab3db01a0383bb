/**
 * Who sells the item on Alibaba.com: always a supplier (Alibaba.com is a B2B marketplace), so a
 * named supplier is a third party. No supplier name on the page: unknown.
 */
import type { Seller, SellerReader } from './types';
import { makeSeller, onlyName, UNKNOWN } from './make-seller';
import { queryAll, readText } from './page-text';

/** Containers to observe: the supplier card sits in the right column of the product page. */
const ALIBABA_WATCH_SELECTORS: readonly string[] = ['.module-pdp-main', '#container', 'body'];

// Supplier name in the fixture: <a class="company-name" data-aui="company-name">.
const COMPANY_NAME = '.company-name, [data-aui="company-name"]';

function alibabaSellerOf(doc: Document): Seller {
  // Several different names (a "similar stores" block): we cannot tell which one sells this item.
  const name = onlyName(queryAll(doc, COMPANY_NAME).map(readText));
  return name ? makeSeller('third-party', name) : UNKNOWN;
}

/*
Fixture: test/fixtures/alibaba/alibaba-product-1.html.gz (supplier "Huizhou Yongli Industrial Co., Ltd.").
*/

/** This platform's entry in the card's seller readers (found by file name: lib/sellers/<id>.ts). */
export const sellerReader: SellerReader = { read: alibabaSellerOf, watch: ALIBABA_WATCH_SELECTORS };
