import type { PageContext } from './page/context';
import type { PillForCard } from './page/pill-for-card';
import { watchSeller } from './seller-watch';
import { findSellerWatchTarget, SELLER_READERS } from '../sellers';
import { readSeller } from '../sellers/read';
import type { Seller, SellerReader } from '../sellers/types';
import { sellerAttributes } from '../sellers/display';

/** The seller watch of one opening of the card: start on open, stop on close or navigation. */
interface PageSellerWatch {
  start(): void;
  stop(): void;
}

/**
 * Wires lib/badge/seller-watch.ts to the page with one platform's reader: the first reading waits
 * for an idle moment (the page's own work first), the offer block is then observed for text and
 * child changes only (never attributes, so our own data-* writes stay silent).
 */
function createPageSellerWatch(ctx: PageContext, platformId: string, reader: SellerReader | undefined, onSeller: (seller: Seller) => void): PageSellerWatch {
  let stop: (() => void) | undefined;
  let isMeasured = false;
  const observe = (target: Node, options: MutationObserverInit, onChange: () => void) => {
    const observer = new MutationObserver(() => ctx.isValid && onChange());
    observer.observe(target, options);
    return () => observer.disconnect();
  };
  const watch: PageSellerWatch = {
    start() {
      if (stop || !reader || !ctx.isValid) return;
      stop = watchSeller<Element>({
        setTimer(run, ms) {
          // The first reading (ms 0) waits for idle time, at most one second.
          const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o: object) => number }).requestIdleCallback;
          let isCancelled = false;
          const go = () => !isCancelled && ctx.isValid && run();
          if (ms === 0 && idle) idle(go, { timeout: 1000 });
          else ctx.setTimeout(go, ms);
          return () => {
            isCancelled = true;
          };
        },
        now: () => performance.now(),
        read() {
          const start = performance.now();
          const seller = readSeller(reader, document);
          if (!isMeasured) performance.measure('charte-pme:seller', { start });
          isMeasured = true;
          return seller;
        },
        findTarget: () => findSellerWatchTarget(platformId, document),
        isAttached: (el) => el.isConnected,
        observeTarget: (el, onChange) => observe(el, { childList: true, subtree: true, characterData: true }, onChange),
        observePage: (onChange) => observe(document.documentElement, { childList: true, subtree: true }, onChange),
        onSeller,
      });
    },
    stop() {
      stop?.();
      stop = undefined;
    },
  };
  // No invalidation listener here: followSeller, the one caller, stops the watch with the context.
  return watch;
}

/**
 * The host's seller contract: data-seller-kind once read, data-seller only with a name,
 * data-seller-trader only where the page states professional or private, data-seller-country
 * only where the business seller's block states a country.
 */
function writeSellerAttributes(host: HTMLElement, seller: Seller | undefined): void {
  const attributes = seller && sellerAttributes(seller);
  if (attributes) host.dataset.sellerKind = attributes['data-seller-kind'];
  else delete host.dataset.sellerKind;
  if (attributes?.['data-seller'] !== undefined) host.dataset.seller = attributes['data-seller'];
  else delete host.dataset.seller;
  if (attributes?.['data-seller-trader'] !== undefined) host.dataset.sellerTrader = attributes['data-seller-trader'];
  else delete host.dataset.sellerTrader;
  if (attributes?.['data-seller-country'] !== undefined) host.dataset.sellerCountry = attributes['data-seller-country'];
  else delete host.dataset.sellerCountry;
}

/**
 * The card's side of "who sells": the seller is read when the shopper opens the card (never on
 * page load: a product page pays nothing for it), then followed while the card is open (another
 * offer picked in the buy box). Each reading goes into the shared state (the card's seller line)
 * and onto the host (data-seller-*); a new page view (the first stage clears `seller`) clears
 * them. Returns the stop function.
 */
export function followSeller(pill: PillForCard): () => void {
  const ctx = pill.context;
  const reader = Object.hasOwn(SELLER_READERS, pill.platformId) ? SELLER_READERS[pill.platformId] : undefined;
  const host = pill.root.host as HTMLElement;
  let watch: PageSellerWatch | undefined;
  const sync = (isOpen: boolean) => {
    if (isOpen && !watch) {
      const current = createPageSellerWatch(ctx, pill.platformId, reader, (seller) => pill.state.setState({ seller }));
      watch = current;
      current.start();
      // A page view's reading ends with it, whatever else happens.
      pill.pageViewSignal().addEventListener('abort', () => watch === current && sync(false), { once: true });
    } else if (!isOpen && watch) {
      watch.stop();
      watch = undefined;
    }
  };
  const unsubscribe = pill.state.subscribe((next, previous) => {
    if (next.seller !== previous.seller) writeSellerAttributes(host, next.seller);
    if (next.isOpen !== previous.isOpen) sync(next.isOpen);
  });
  sync(pill.state.getState().isOpen);
  const stop = () => {
    unsubscribe();
    watch?.stop();
    watch = undefined;
  };
  ctx.onInvalidated(stop);
  return stop;
}
