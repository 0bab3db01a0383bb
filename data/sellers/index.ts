import { getPlatform } from '../platforms';
import type { Platform, Seller } from '../platforms/types';
import { ALIBABA_WATCH_SELECTORS } from './alibaba';
import { ALIEXPRESS_WATCH_SELECTORS } from './aliexpress';
import { AMAZON_WATCH_SELECTORS } from './amazon';
import { cleanName, queryFirst, UNKNOWN } from './common';
import { EBAY_WATCH_SELECTORS } from './ebay';
import { LEBONCOIN_WATCH_SELECTORS } from './leboncoin';
import { STATEMENT_WATCH_SELECTORS } from './statements';

export type { Seller } from '../platforms/types';
export { SELLER_NAME_MAX } from './common';

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
export function sellerOf(platform: Platform | string | null | undefined, doc: Document | null | undefined): Seller {
  try {
    const p = typeof platform === 'string' ? getPlatform(platform) : platform;
    if (!p?.sellerOf || !doc) return UNKNOWN;
    return sanitizeSeller(p.sellerOf(doc));
  } catch {
    return UNKNOWN;
  }
}

/** The element to observe for seller changes on this platform, or null (no extractor, nothing found). */
export function findSellerWatchTarget(platformId: string, doc: Document): Element | null {
  for (const selector of SELLER_WATCH_SELECTORS[platformId] ?? []) {
    const el = queryFirst(doc, selector);
    if (el) return el;
  }
  return null;
}

/** True when two readings say the same thing: the badge re-renders only on a real change. */
export function sameSeller(a: Seller, b: Seller): boolean {
  return a.kind === b.kind && (a.name ?? '') === (b.name ?? '');
}
