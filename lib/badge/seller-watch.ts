import { sameSeller } from '../sellers/read';
import type { Seller } from '../sellers/types';
import type { Clock } from './clock';

/** Quiet time after the last change in the offer block before the seller is read again. */
const SELLER_DEBOUNCE_MS = 300;
/**
 * A read may scan the whole page (the « Vendu par » platforms watch <body>): the next one waits
 * at least this many times as long as the last one took, so the page keeps ~90% of the time.
 */
const COST_FACTOR = 10;

export interface SellerWatchDeps<T> extends Clock {
  /** Reads the seller from the page as it is now (sellerOf never throws). */
  read(): Seller;
  /** The element the offer lives in (findSellerWatchTarget), or null. */
  findTarget(): T | null;
  isAttached(target: T): boolean;
  /** Observes changes inside the target (not its attributes); returns the stop function. */
  observeTarget(target: T, onChange: () => void): () => void;
  /** Observes the page for the target leaving or turning up; returns the stop function. */
  observePage(onChange: () => void): () => void;
  /** The first reading, then every reading that differs from the one before. */
  onSeller(seller: Seller): void;
  debounceMs?: number;
}

/**
 * Reads the seller once, on a timer of its own (so the work never lands in the badge's mount
 * task), then again when the offer block changes (another variant or offer picked): debounced,
 * and reported only when the reading changes. When the block leaves the page it is looked for
 * again. Returns stop().
 */
export function watchSeller<T>(deps: SellerWatchDeps<T>): () => void {
  const debounceMs = deps.debounceMs ?? SELLER_DEBOUNCE_MS;
  let current: Seller | undefined;
  let target: T | null = null;
  let lastReadMs = 0;
  let isStopped = false;
  let stopTarget = (): void => undefined;
  let stopPage = (): void => undefined;
  let cancelPending: (() => void) | undefined;

  const read = () => {
    const startedAt = deps.now();
    const next = deps.read();
    lastReadMs = deps.now() - startedAt;
    if (current && sameSeller(current, next)) return;
    current = next;
    deps.onSeller(next);
  };

  const watchTarget = () => {
    stopTarget();
    stopTarget = () => undefined;
    target = deps.findTarget();
    if (target) stopTarget = deps.observeTarget(target, schedule);
  };

  const update = () => {
    cancelPending = undefined;
    if (isStopped) return;
    if (!target || !deps.isAttached(target)) {
      const had = target;
      watchTarget();
      // Still no offer block on the page: nothing new to read.
      if (!had && !target) return;
    }
    read();
  };

  function schedule() {
    if (isStopped) return;
    cancelPending?.();
    cancelPending = deps.setTimer(update, Math.max(debounceMs, lastReadMs * COST_FACTOR));
  }

  const onPageChange = () => {
    // The common case costs one check: the block we watch is still there.
    if (target && deps.isAttached(target)) return;
    schedule();
  };

  cancelPending = deps.setTimer(() => {
    cancelPending = undefined;
    if (isStopped) return;
    read();
    watchTarget();
    stopPage = deps.observePage(onPageChange);
  }, 0);

  return () => {
    if (isStopped) return;
    isStopped = true;
    cancelPending?.();
    stopTarget();
    stopPage();
  };
}
