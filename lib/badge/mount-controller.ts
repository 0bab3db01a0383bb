import { isBadgeVisible, type Settings } from '../settings';
import type { Clock } from './clock';

/** A keyboard-command choice for this page only: it wins over the settings until they change. */
export type Override = 'shown' | 'hidden' | null;

export interface VisibilityInput {
  isProductPage: boolean;
  settings: Settings;
  hostname: string;
  now: number;
  override: Override;
}

/** Whether the badge belongs on the page now. Only product pages ever get one. */
export function shouldShow(input: VisibilityInput): boolean {
  if (!input.isProductPage) return false;
  if (input.override) return input.override === 'shown';
  return isBadgeVisible(input.settings, input.hostname, input.now);
}

/**
 * Removals put back at once, in the same place; from this many on the badge settles in a corner
 * (a child of <html>, where a page re-rendering its content does not reach) and comes back after
 * a growing pause: a page that keeps removing it pays for a few remounts a second at most, and
 * never wins for good (issue 26).
 */
const SETTLE_AFTER_REMOVALS = 3;
const BACKOFF_FIRST_MS = 100;
const BACKOFF_MAX_MS = 1000;

/** The pause before putting the badge back after its `removals`-th removal (0: at once). */
function remountDelay(removals: number): number {
  if (removals <= SETTLE_AFTER_REMOVALS) return 0;
  return Math.min(BACKOFF_FIRST_MS * 2 ** (removals - SETTLE_AFTER_REMOVALS - 1), BACKOFF_MAX_MS);
}

/** What the controller drives: the pill in the page, or a fake in tests. */
export interface MountableBadge {
  /** Puts the badge in the page; `isSettled`: in a corner, whatever the position setting says. */
  mount(isSettled: boolean): void;
  remove(): void;
  /** Whether our host element is in the document (the page may have removed it). */
  isConnected(): boolean;
}

export interface MountController {
  /** Mounts or removes the badge so that it matches `wanted`. */
  sync(wanted: boolean): void;
  /** The page removed the host: put it back (at once, then settled in a corner, after a pause). */
  onRemovedByPage(): void;
  /** A new page view (in-page navigation): the count of removals starts again. */
  startPageView(): void;
  /** Whether the page removed the badge often enough for it to stay in a corner. */
  readonly isSettled: boolean;
}

export function createMountController(badge: MountableBadge, setTimer: Clock['setTimer']): MountController {
  let isWanted = false;
  let isMountedByUs = false;
  let removals = 0;
  let cancelPending: (() => void) | undefined;
  const isSettled = () => removals >= SETTLE_AFTER_REMOVALS;

  const putBack = () => {
    cancelPending = undefined;
    if (isWanted && isMountedByUs && !badge.isConnected()) badge.mount(isSettled());
  };
  const remount = () => {
    // One pending return at a time, however many removals the page makes meanwhile.
    if (cancelPending) return;
    removals++;
    const delay = remountDelay(removals);
    if (delay === 0) putBack();
    else cancelPending = setTimer(putBack, delay);
  };

  return {
    sync(wanted) {
      isWanted = wanted;
      if (!wanted) {
        cancelPending?.();
        cancelPending = undefined;
        if (isMountedByUs) badge.remove();
        isMountedByUs = false;
        return;
      }
      if (!isMountedByUs) {
        badge.mount(isSettled());
        isMountedByUs = true;
      } else if (!badge.isConnected()) {
        remount();
      }
    },
    onRemovedByPage() {
      if (!isWanted || !isMountedByUs || badge.isConnected()) return;
      remount();
    },
    startPageView() {
      removals = 0;
    },
    get isSettled() {
      return isSettled();
    },
  };
}
