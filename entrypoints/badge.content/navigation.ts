import type { ContentScriptContext } from '#imports';
import { watchLateSignals } from '@/lib/badge/late-signals';
import { contextClock, observeWhileValid } from './page-watch';

/**
 * Calls back on every in-page navigation: pushState/replaceState/traversals (WXT's
 * wxt:locationchange, from the Navigation API or a poll), popstate, and restores from the
 * back/forward cache (pageshow with persisted: `force`, since the URL may be unchanged but the
 * toolbar was cleared when the page was left).
 */
export function watchNavigation(ctx: ContentScriptContext, onNavigate: (url: string, force: boolean) => void): void {
  ctx.addEventListener(window, 'wxt:locationchange', (event) => onNavigate(event.newUrl.href, false));
  ctx.addEventListener(window, 'popstate', () => onNavigate(location.href, false));
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (event.persisted) onNavigate(location.href, true);
  });
}

/**
 * Returns a starter for the late-signal watch (data/badge/late-signals.ts) over this page's DOM,
 * with the context's timers; starting again stops the previous watch, and so does invalidation.
 */
export function createLateWatch(ctx: ContentScriptContext): (check: () => boolean) => void {
  let stop: (() => void) | undefined;
  ctx.onInvalidated(() => stop?.());
  return (check) => {
    stop?.();
    stop = watchLateSignals({
      ...contextClock(ctx),
      check,
      observe: (onChange) => observeWhileValid(ctx, document, { childList: true, subtree: true }, onChange),
    });
  };
}
