// When the background may open the charter page in a tab instead of the side panel. A page can
// make our content script send 'panel/open' as often as it likes (forged clicks): a tab per
// message would let any page flood the browser with our tabs.

/** The shortest time between two fallback tabs for one sender tab. */
export const FALLBACK_INTERVAL_MS = 5000;

/**
 * Whether Chrome refused `sidePanel.open()` because no user gesture came with the request
 * ("sidePanel.open() may only be called in response to a user gesture."). Such a request did
 * not come from the user: it gets no tab either.
 */
export function isGestureRefusal(error: unknown): boolean {
  // Any object with a message: a rejection may come from another realm (the polyfill's, Chrome's).
  const message = typeof error === 'string' ? error : (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && /user gesture/i.test(message);
}

export interface Throttle<K> {
  /** True at most once per key per interval; a refused call does not push the next one back. */
  allow(key: K): boolean;
}

/** A per-key throttle on an injected clock. Keys whose time is up are forgotten, so it stays small. */
export function createThrottle<K>(intervalMs: number, now: () => number = Date.now): Throttle<K> {
  const last = new Map<K, number>();
  const forgetOld = (t: number) => {
    for (const [key, at] of last) if (t - at >= intervalMs) last.delete(key);
  };
  return {
    allow(key) {
      const t = now();
      forgetOld(t);
      // A clock that went backwards (a changed system time) must not block a key for good.
      const at = last.get(key);
      if (at !== undefined && t >= at) return false;
      last.set(key, t);
      return true;
    },
  };
}
