import type { PageContext } from '../badge/page/context';

/** In-page navigations are looked at once per this many ms at most, however many the page makes. */
export const NAVIGATION_COALESCE_MS = 100;
/** How often the URL is compared with the last one seen. */
const POLL_MS = 250;

/**
 * Calls back when the page's URL changed in place (pushState, replaceState, traversals) or the
 * page came back from the back/forward cache (`force`: same URL, but the toolbar was cleared).
 * A burst of navigations costs one check per NAVIGATION_COALESCE_MS: the event handler only
 * sets a timer when none is pending.
 */
export function watchNavigation(ctx: PageContext, onNavigate: (url: string, force: boolean) => void): void {
  let last = location.href;
  let isPending = false;
  let isForced = false;
  const flush = () => {
    isPending = false;
    const url = location.href;
    if (url === last && !isForced) return;
    const force = isForced;
    isForced = false;
    last = url;
    onNavigate(url, force);
  };
  const schedule = () => {
    if (isPending) return;
    isPending = true;
    ctx.setTimeout(flush, NAVIGATION_COALESCE_MS);
  };
  // The Navigation API (Chromium) says when the URL changes, whoever changes it; each event only
  // checks a flag, so a page making thousands of navigations costs one check per 100 ms. Without
  // it (Firefox before 147), a poll: one string comparison per tick, whatever the page does.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) ctx.addEventListener(nav, 'currententrychange', schedule);
  else {
    const poll = () => {
      if (location.href !== last) schedule();
      ctx.setTimeout(poll, POLL_MS);
    };
    ctx.setTimeout(poll, POLL_MS);
  }
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    isForced = true;
    schedule();
  });
}
