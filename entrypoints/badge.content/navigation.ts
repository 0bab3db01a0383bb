import type { ContentScriptContext } from '#imports';

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
