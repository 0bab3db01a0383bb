import { browser } from '#imports';
import { detectPage } from '../../lib/detect/detect';
import { isMessage } from '../../lib/messages';

/**
 * The badge's scripts a first stage loads only when it needs them, by the message that asks: the
 * card (second stage, entrypoints/badge-card/) on the first opening, the corner code
 * (entrypoints/badge-corner/) when the pill first takes a corner. Unlisted, not web-accessible.
 */
export const LAZY_SCRIPTS = { 'card/load': '/badge-card.js', 'corner/load': '/badge-corner.js' } as const;

/**
 * Loads one of those scripts into a tab when its first stage asks: the top frame of a tab showing
 * a listed platform, from this extension only. The script runs in the content script's isolated
 * world (scripting.executeScript), so no page can fetch, probe or time it. Answers { ok } so the
 * badge can say when the card could not load, or show its pill without the corner code.
 */
export function setupLazyScriptLoader(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (!isMessage(raw) || (raw.type !== 'card/load' && raw.type !== 'corner/load')) return undefined;
    const tabId = sender.tab?.id;
    const isOurs = sender.id === browser.runtime.id;
    const isTop = (sender.frameId ?? 0) === 0;
    const isPlatformPage = typeof sender.url === 'string' && detectPage(sender.url).platform !== null;
    if (tabId == null || !isOurs || !isTop || !isPlatformPage || !browser.scripting) {
      sendResponse({ ok: false });
      return undefined;
    }
    // injectImmediately: by default the browser waits for the page to be idle (document_idle),
    // hundreds of milliseconds on a heavy page while the pill waits hidden in its corner.
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, files: [LAZY_SCRIPTS[raw.type]], injectImmediately: true })
      .then(() => sendResponse({ ok: true }), () => sendResponse({ ok: false }));
    return true;
  });
}
