import type { ContentScriptContext } from '#imports';
import { watchSeller } from '@/lib/badge/seller-watch';
import { findSellerWatchTarget, SELLER_WATCH_SELECTORS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerAttributes } from '@/lib/sellers/display';
import { contextClock, observeWhileValid } from './page-watch';

/** The seller watch of one page view: start when the badge is mounted, stop on navigation. */
export interface SellerWatch {
  /** Starts reading (no-op while running): the first reading comes on a timer of its own. */
  start(): void;
  stop(): void;
}

/**
 * Wires data/badge/seller-watch.ts to this page: the platform's offer block is observed for
 * text and child changes only (never attributes, so our own data-* writes stay silent), the
 * page for that block leaving or turning up, with the context's timers.
 */
export function createSellerWatch(ctx: ContentScriptContext, platformId: string, onSeller: (seller: Seller) => void): SellerWatch {
  const canWatch = (SELLER_WATCH_SELECTORS[platformId]?.length ?? 0) > 0;
  let stop: (() => void) | undefined;
  let hasMeasured = false;
  const read = () => {
    const start = performance.now();
    const seller = sellerOf(platformId, document);
    // The first reading's cost, for the browser tests (like charte-pme:mounted).
    if (!hasMeasured) performance.measure('charte-pme:seller', { start });
    hasMeasured = true;
    return seller;
  };
  const watch: SellerWatch = {
    start() {
      if (stop || !ctx.isValid) return;
      stop = watchSeller<Element>({
        ...contextClock(ctx),
        read,
        findTarget: () => (canWatch ? findSellerWatchTarget(platformId, document) : null),
        isAttached: (el) => el.isConnected,
        observeTarget: (el, onChange) =>
          observeWhileValid(ctx, el, { childList: true, subtree: true, characterData: true }, onChange),
        observePage: (onChange) =>
          canWatch ? observeWhileValid(ctx, document.documentElement, { childList: true, subtree: true }, onChange) : () => undefined,
        onSeller,
      });
    },
    stop() {
      stop?.();
      stop = undefined;
    },
  };
  ctx.onInvalidated(() => watch.stop());
  return watch;
}

/**
 * The host's seller contract: `data-seller-kind` once the seller was read, `data-seller` only
 * with a name; both go when there is no reading (another page view). Plain attribute values,
 * never HTML.
 */
export function writeSellerAttributes(host: HTMLElement, seller: Seller | undefined): void {
  const attributes = seller && sellerAttributes(seller);
  if (attributes) host.dataset.sellerKind = attributes['data-seller-kind'];
  else delete host.dataset.sellerKind;
  if (attributes?.['data-seller'] !== undefined) host.dataset.seller = attributes['data-seller'];
  else delete host.dataset.seller;
  if (attributes?.['data-seller-trader'] !== undefined) host.dataset.sellerTrader = attributes['data-seller-trader'];
  else delete host.dataset.sellerTrader;
}
