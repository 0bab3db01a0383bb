import { ContentScriptContext } from 'wxt/utils/content-script-context';
import badge from '@/entrypoints/badge.content';

/** Puts happy-dom's window at `url` (a full load, not a history entry). */
function goTo(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

/** Runs the badge content script's main() on `url`, with `body` as the page, as WXT would. */
export async function runBadge(url: string, body: string): Promise<ContentScriptContext> {
  goTo(url);
  document.body.innerHTML = body;
  const ctx = new ContentScriptContext('badge', { cssInjectionMode: 'manual' });
  await badge.main(ctx);
  return ctx;
}

/** Ends a run: the context dies (as on an update) and any badge host left goes. */
export function stopBadge(ctx: ContentScriptContext | undefined): void {
  ctx?.notifyInvalidated();
  for (const host of document.querySelectorAll('charte-pme-badge')) host.remove();
}
