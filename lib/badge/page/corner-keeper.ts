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
  /**
   * The host was just put in a corner: hide it until that corner is checked, after the next
   * paint. `isPainted`: it was put there in an earlier task, since painted (it waited for this
   * code to load): the check needs no frame, only a task of its own. The checks and the watch
   * stop when `signal` aborts (the page view ends).
   */
  placed(signal: AbortSignal, isPainted?: boolean): void;
  /** A new page view with the badge still in its corner: the same watch, until `signal` aborts. */
  follow(signal: AbortSignal): void;
  /** Hidden until a look at its corner (one pending, or one lost because the page removed the host first). */
  readonly isWaiting: boolean;
}

/** The surface, when its host is in the page and in a corner. */
function inCornerNow(s: PillSurface | undefined): PillSurface | undefined {
  return s?.isInCorner() ? s : undefined;
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
  let signal: AbortSignal | undefined;
  let isWaiting = false;

  const isLive = (own: AbortSignal | undefined) => ctx.isValid && own === signal && !own?.aborted;

  /** One scheduled look at a time: a newer one replaces the pending one. */
  const schedule = (attempt: number, delayMs: number, isPainted = false) => {
    cancel?.();
    let isCurrent = true;
    cancel = () => void (isCurrent = false);
    const own = signal, ok = () => isCurrent && isLive(own);
    const inTask = () => ok() && ctx.setTimeout(() => ok() && check(attempt), 0);
    const look = () => ok() && (isPainted ? inTask() : requestAnimationFrame(inTask));
    if (delayMs > 0) ctx.setTimeout(look, delayMs); else look();
  };

  function check(attempt: number): void {
    const s = inCornerNow(surface());
    if (!s) return;
    const wanted = preferred();
    const corner = findFreeCorner(s.host, wanted);
    // After a while, a corner that is still taken is shared rather than the badge never showing.
    const target = corner ?? wanted;
    if (s.host.dataset.position !== target) s.place(null, target);
    isWaiting = !corner && attempt < MAX_WAITING_CHECKS;
    s.setWaiting(isWaiting);
    if (isWaiting) schedule(attempt + 1, WAITING_CHECK_MS);
    else onShown();
  }

  const onTopLevelChange = (records: MutationRecord[]) => {
    const host = surface()?.host;
    if (!isLive(signal) || isLatePending || lateChecks >= MAX_LATE_CHECKS || !inCornerNow(surface())) return;
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

  const watchTopLevel = (own: AbortSignal) => {
    observer?.disconnect();
    const mine = new MutationObserver(onTopLevelChange);
    mine.observe(document.documentElement, { childList: true });
    if (document.body) mine.observe(document.body, { childList: true });
    own.addEventListener('abort', () => mine.disconnect(), { once: true });
    observer = mine;
  };
  const follow = (own: AbortSignal, isPainted = false) => {
    if (own !== signal) watchTopLevel(own);
    signal = own;
    // Only a badge still waiting for a free corner needs a look now (its pending one has stopped).
    if (isWaiting) schedule(0, 0, isPainted);
  };

  return {
    placed(own, isPainted) {
      const s = surface();
      if (!s) return;
      s.setWaiting((isWaiting = true));
      lateChecks = 0;
      follow(own, isPainted);
    },
    follow(own) {
      if (inCornerNow(surface())) follow(own);
    },
    get isWaiting() {
      return isWaiting;
    },
  };
}
