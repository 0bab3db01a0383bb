import { browser } from '#imports';
import { detectPage } from '../../lib/detect/detect';
import { isMessage } from '../../lib/messages';

/** The badge's second stage, built from entrypoints/badge-card/ (an unlisted, not web-accessible script). */
export const CARD_SCRIPT = '/badge-card.js';

/**
 * Loads the badge's card into a tab when its first stage asks ('card/load', sent on a trusted
 * click): the top frame of a tab showing a listed platform, from this extension only. The card
 * runs in the content script's isolated world (scripting.executeScript), so no page can fetch,
 * probe or time it. Answers { ok } so the badge can say when the card could not load.
 */
export function setupCardLoader(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (!isMessage(raw) || raw.type !== 'card/load') return undefined;
    const tabId = sender.tab?.id;
    const isOurs = sender.id === browser.runtime.id;
    const isTop = (sender.frameId ?? 0) === 0;
    const isPlatformPage = typeof sender.url === 'string' && detectPage(sender.url).platform !== null;
    if (tabId == null || !isOurs || !isTop || !isPlatformPage || !browser.scripting) {
      sendResponse({ ok: false });
      return undefined;
    }
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, files: [CARD_SCRIPT] })
      .then(() => sendResponse({ ok: true }), () => sendResponse({ ok: false }));
    return true;
  });
}
