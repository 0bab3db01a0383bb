import { ALIBABA_WATCH_SELECTORS, alibabaSellerOf } from './alibaba';
import { ALIEXPRESS_WATCH_SELECTORS, aliexpressSellerOf } from './aliexpress';
import { AMAZON_WATCH_SELECTORS, amazonSellerOf } from './amazon';
import type { ScanBudget } from './budget';
import { queryFirst, UNKNOWN } from './common';
import { EBAY_WATCH_SELECTORS, ebaySellerOf } from './ebay';
import { FRENCH_MARKETPLACE_READERS } from './french-marketplaces';
import { FRENCH_STORE_READERS } from './french-stores';
import { LEBONCOIN_WATCH_SELECTORS, leboncoinSellerOf } from './leboncoin';
import { RAKUTEN_WATCH_SELECTORS, rakutenSellerOf } from './rakuten';
import type { Seller, SellerReader } from './types';

export type { Seller, SellerReader, Trader } from './types';
export type { ScanBudget } from './budget';
import { readSeller } from './read';
export { readSeller, sameSeller, sanitizeSeller } from './read';
export { createBudget } from './budget';
export { SELLER_NAME_MAX } from './common';

/**
 * The one registry of seller readers: platform id → how to read the seller and which offer
 * blocks to watch. A platform without an entry shows no seller line.
 */
export const SELLER_READERS: Readonly<Record<string, SellerReader>> = {
  amazon: { read: amazonSellerOf, watch: AMAZON_WATCH_SELECTORS },
  ebay: { read: ebaySellerOf, watch: EBAY_WATCH_SELECTORS },
  ...FRENCH_MARKETPLACE_READERS,
  ...FRENCH_STORE_READERS,
  leboncoin: { read: leboncoinSellerOf, watch: LEBONCOIN_WATCH_SELECTORS },
  rakuten: { read: rakutenSellerOf, watch: RAKUTEN_WATCH_SELECTORS },
  aliexpress: { read: aliexpressSellerOf, watch: ALIEXPRESS_WATCH_SELECTORS },
  alibaba: { read: alibabaSellerOf, watch: ALIBABA_WATCH_SELECTORS },
};

function readerOf(platform: { id: string } | string | null | undefined): SellerReader | undefined {
  const id = typeof platform === 'string' ? platform : platform?.id;
  return id && Object.hasOwn(SELLER_READERS, id) ? SELLER_READERS[id] : undefined;
}

/**
 * Who sells the item on this product page, by the platform's own extractor. Never throws: no
 * platform, no extractor, an error or a malformed answer all give `{ kind: 'unknown' }`.
 * `budget` bounds the reading (a fresh NODE_BUDGET / TIME_BUDGET_MS one by default).
 * @example sellerOf('amazon', document) // { kind: 'third-party', name: 'VELIHOTUBUYE' }
 */
export function sellerOf(platform: { id: string } | string | null | undefined, doc: Document | null | undefined, budget?: ScanBudget): Seller {
  try {
    const reader = readerOf(platform);
    return reader && doc ? readSeller(reader, doc, budget) : UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}

/** The element to observe for seller changes on this platform, or null (no extractor, nothing found). */
export function findSellerWatchTarget(platformId: string, doc: Document): Element | null {
  for (const selector of readerOf(platformId)?.watch ?? []) {
    const el = queryFirst(doc, selector);
    if (el) return el;
  }
  return null;
}
