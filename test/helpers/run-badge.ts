import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_GROUPS } from 'virtual:badge-groups';
import { startFirstStage } from '@/lib/badge/page/start';
import { ContentScriptContext } from '@/lib/badge/page/quiet-context';
import { matchHost } from '@/lib/detect/detect';

/** Puts happy-dom's window at `url` (a full load, not a history entry). */
function goTo(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

/**
 * Runs the first stage of the group that serves `url`, with `body` as the page, as the built
 * content script would (same context class). The extension API is WXT's fake browser, put where
 * the first stage looks for the browser's own API.
 */
export function runBadge(url: string, body: string): ContentScriptContext {
  goTo(url);
  document.body.innerHTML = body;
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
  const ctx = new ContentScriptContext();
  const platform = matchHost(new URL(url).hostname)?.platform.id;
  const group = BADGE_GROUPS.find((g) => g.platforms.some((p) => p.id === platform)) ?? BADGE_GROUPS[0]!;
  startFirstStage(ctx, group);
  return ctx;
}

/** Ends a run: the context dies (as on an update) and any badge host left goes. */
export function stopBadge(ctx: ContentScriptContext | undefined): void {
  ctx?.notifyInvalidated();
  for (const host of document.querySelectorAll('[data-charte-pme], charte-pme-badge')) host.remove();
}

/** A click or key press as the user makes it: happy-dom has no isTrusted, browsers set it true. */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
