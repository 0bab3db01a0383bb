import type { PageContext } from './context';
import { findFreeCorner, type Corner } from './placement';
import type { PillSurface } from './surface';

/** While every corner is taken, the corners are looked at again every second, this many times… */
const MAX_WAITING_CHECKS = 10;
const WAITING_CHECK_MS = 1000;
/** …and again when the page adds something at its top level, at most once per this many ms… */
const LATE_CHECK_MS = 500;
/** …and this many times per mount (a page that keeps adding portals to <body> pays a bounded cost). */
const MAX_LATE_CHECKS = 20;

export interface CornerKeeper {
  /** The host was just put in a corner: hide it until that corner is checked, after the next paint. */
  placed(): void;
}

/**
 * In a corner, the pill keeps clear of what the page floats there (cookie and consent banners,
 * chat buttons, sticky add-to-cart bars): the next free corner, or hidden until one frees up.
 * Geometry is read after a paint, when the page's layout is already done. Consent managers and
 * chat widgets arrive late, appended to <body> or <html>: their arrival (not a timer) brings
 * another look, so a quiet page pays for one check only.
 */
export function createCornerKeeper(ctx: PageContext, surface: () => PillSurface | undefined, preferred: () => Corner, onShown: () => void): CornerKeeper {
  let cancel: (() => void) | undefined;
  let lateChecks = 0;
  let isLatePending = false;
  let observer: MutationObserver | undefined;

  const inCorner = () => {
    const s = surface();
    return s?.host.isConnected && s.host.dataset.position !== 'inline' ? s : undefined;
  };

  /** One scheduled look at a time: a newer one replaces the pending one. */
  const schedule = (attempt: number, delayMs: number) => {
    cancel?.();
    let isLive = true;
    cancel = () => {
      isLive = false;
    };
    const look = () => isLive && requestAnimationFrame(() => isLive && ctx.isValid && ctx.setTimeout(() => isLive && check(attempt), 0));
    if (delayMs > 0) ctx.setTimeout(look, delayMs);
    else look();
  };

  function check(attempt: number): void {
    const s = inCorner();
    if (!s) return;
    const wanted = preferred();
    const corner = findFreeCorner(s.host, wanted);
    // After a while, a corner that is still taken is shared rather than the badge never showing.
    const target = corner ?? wanted;
    if (s.host.dataset.position !== target) s.place(null, target);
    const isWaiting = !corner && attempt < MAX_WAITING_CHECKS;
    s.setWaiting(isWaiting);
    if (isWaiting) schedule(attempt + 1, WAITING_CHECK_MS);
    else onShown();
  }

  const onTopLevelChange = (records: MutationRecord[]) => {
    const host = surface()?.host;
    if (!ctx.isValid || isLatePending || lateChecks >= MAX_LATE_CHECKS || !inCorner()) return;
    if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeType === Node.ELEMENT_NODE && n !== host))) return;
    // A new <body> is watched too.
    if (document.body && records.some((r) => r.target === document.documentElement)) observer?.observe(document.body, { childList: true });
    isLatePending = true;
    lateChecks++;
    ctx.setTimeout(() => {
      isLatePending = false;
      schedule(0, 0);
    }, LATE_CHECK_MS);
  };

  return {
    placed() {
      const s = surface();
      if (!s) return;
      s.setWaiting(true);
      lateChecks = 0;
      if (!observer) {
        observer = new MutationObserver(onTopLevelChange);
        observer.observe(document.documentElement, { childList: true });
        if (document.body) observer.observe(document.body, { childList: true });
        ctx.onInvalidated(() => observer?.disconnect());
      }
      schedule(0, 0);
    },
  };
}
