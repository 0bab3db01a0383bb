import { SELLER_READERS } from 'virtual:seller-readers';
import type { ScanBudget } from './budget';
import { UNKNOWN } from './make-seller';
import { queryFirst } from './page-text';
import type { Seller, SellerReader } from './types';

export type { Seller, SellerReader, Trader } from './types';
export type { ScanBudget } from './budget';
import { readSeller } from './read';
export { readSeller, sameSeller } from './read';
export { createBudget } from './budget';

/**
 * The card's seller readers come from the platform registry: a platform has one when a file
 * lib/sellers/<id>.ts exports `sellerReader` (modules/platform-registry/plugin.ts generates the
 * list). A platform without one shows no seller line.
 */
export { SELLER_READERS };

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
