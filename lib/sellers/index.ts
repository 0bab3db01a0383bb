import { ALIBABA_WATCH_SELECTORS, alibabaSellerOf } from './alibaba';
import { ALIEXPRESS_WATCH_SELECTORS, aliexpressSellerOf } from './aliexpress';
import { AMAZON_WATCH_SELECTORS, amazonSellerOf } from './amazon';
import { cdiscountSellerOf } from './cdiscount';
import { cleanName, queryFirst, UNKNOWN } from './common';
import { dartySellerOf } from './darty';
import { EBAY_WATCH_SELECTORS, ebaySellerOf } from './ebay';
import { fnacSellerOf } from './fnac';
import { LEBONCOIN_WATCH_SELECTORS, leboncoinSellerOf } from './leboncoin';
import { manomanoSellerOf } from './manomano';
import { rakutenSellerOf } from './rakuten';
import { STATEMENT_WATCH_SELECTORS } from './statements';
import type { Seller, SellerReader } from './types';

export type { Seller, SellerReader } from './types';
export { SELLER_NAME_MAX } from './common';

/**
 * The one registry of seller readers: platform id → how to read the seller and which offer
 * blocks to watch. A platform without an entry shows no seller line.
 */
export const SELLER_READERS: Readonly<Record<string, SellerReader>> = {
  amazon: { read: amazonSellerOf, watch: AMAZON_WATCH_SELECTORS },
  ebay: { read: ebaySellerOf, watch: EBAY_WATCH_SELECTORS },
  cdiscount: { read: cdiscountSellerOf, watch: STATEMENT_WATCH_SELECTORS },
  fnac: { read: fnacSellerOf, watch: STATEMENT_WATCH_SELECTORS },
  darty: { read: dartySellerOf, watch: STATEMENT_WATCH_SELECTORS },
  leboncoin: { read: leboncoinSellerOf, watch: LEBONCOIN_WATCH_SELECTORS },
  rakuten: { read: rakutenSellerOf, watch: STATEMENT_WATCH_SELECTORS },
  manomano: { read: manomanoSellerOf, watch: STATEMENT_WATCH_SELECTORS },
  aliexpress: { read: aliexpressSellerOf, watch: ALIEXPRESS_WATCH_SELECTORS },
  alibaba: { read: alibabaSellerOf, watch: ALIBABA_WATCH_SELECTORS },
};

function readerOf(platform: { id: string } | string | null | undefined): SellerReader | undefined {
  const id = typeof platform === 'string' ? platform : platform?.id;
  return id && Object.hasOwn(SELLER_READERS, id) ? SELLER_READERS[id] : undefined;
}

const KINDS: ReadonlySet<string> = new Set(['platform', 'third-party', 'private', 'unknown']);

/**
 * Where each platform's offer block lives, most specific first: observe the first one present
 * (subtree, childList, characterData) and read the seller again when it changes.
 */
export const SELLER_WATCH_SELECTORS: Readonly<Record<string, readonly string[]>> = {
  amazon: AMAZON_WATCH_SELECTORS,
  ebay: EBAY_WATCH_SELECTORS,
  cdiscount: STATEMENT_WATCH_SELECTORS,
  fnac: STATEMENT_WATCH_SELECTORS,
  darty: STATEMENT_WATCH_SELECTORS,
  leboncoin: LEBONCOIN_WATCH_SELECTORS,
  rakuten: STATEMENT_WATCH_SELECTORS,
  manomano: STATEMENT_WATCH_SELECTORS,
  aliexpress: ALIEXPRESS_WATCH_SELECTORS,
  alibaba: ALIBABA_WATCH_SELECTORS,
};

/** Keeps a valid Seller and turns anything else into unknown: extractors are trusted, not blindly. */
export function sanitizeSeller(raw: unknown): Seller {
  if (typeof raw !== 'object' || raw === null) return UNKNOWN;
  const { kind, name } = raw as { kind?: unknown; name?: unknown };
  if (typeof kind !== 'string' || !KINDS.has(kind) || kind === 'unknown') return UNKNOWN;
  const clean = typeof name === 'string' ? cleanName(name) : undefined;
  if (kind === 'platform') return clean ? { kind, name: clean } : { kind };
  return clean ? { kind: kind as Seller['kind'], name: clean } : UNKNOWN;
}

/**
 * Who sells the item on this product page, by the platform's own extractor. Never throws: no
 * platform, no extractor, an error or a malformed answer all give `{ kind: 'unknown' }`.
 * @example sellerOf('amazon', document) // { kind: 'third-party', name: 'VELIHOTUBUYE' }
 */
export function sellerOf(platform: { id: string } | string | null | undefined, doc: Document | null | undefined): Seller {
  try {
    const reader = readerOf(platform);
    return reader && doc ? readSeller(reader, doc) : UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}

/** One reader's answer, sanitized; a reader that throws gives unknown. */
export function readSeller(reader: SellerReader, doc: Document): Seller {
  try {
    return sanitizeSeller(reader.read(doc));
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

/** True when two readings say the same thing: the badge re-renders only on a real change. */
export function sameSeller(a: Seller, b: Seller): boolean {
  return a.kind === b.kind && (a.name ?? '') === (b.name ?? '');
}
