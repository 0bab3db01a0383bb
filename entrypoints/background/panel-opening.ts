import { browser } from '#imports';
import { openPanelPageInTab, openSidePanelForTab } from '../../lib/browser/side-panel';
import { isMessage } from '../../lib/messages';
import { FALLBACK_INTERVAL_MS, createThrottle, isGestureRefusal } from '../../lib/browser/side-panel-fallback';

/**
 * The badge's "Details" button. The click reaches us as a message; on Chrome the side panel is
 * opened right here, synchronously, while the click still counts as a user gesture. The panel
 * then follows the active tab by itself, so no per-tab path is set: a tab-specific panel would
 * close on every tab switch. Firefox cannot open its sidebar from a page's click, so the details
 * page opens in a tab (tabs.create needs no permission).
 *
 * A page can make the content script send this message without any click of the user's (forged
 * events, a compromised page): Chrome then refuses the panel for want of a gesture, and that
 * refusal opens nothing. Any other fallback tab is limited to one per sender tab per few seconds.
 */
export function setupPanelOpening(): void {
  const fallbacks = createThrottle<number | 'no-tab'>(FALLBACK_INTERVAL_MS);
  const openTab = (key: number | 'no-tab', platform: string) => {
    if (fallbacks.allow(key)) openPanelPageInTab(platform);
  };

  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!isMessage(raw) || raw.type !== 'panel/open') return;
    const tabId = sender.tab?.id;
    const platform = raw.platform;
    // Nothing awaited before sidePanel.open(): Chrome honours it only within the click (user gesture) that asked for it.
    const opened =
      tabId != null &&
      openSidePanelForTab(tabId, (error) => {
        if (!isGestureRefusal(error)) openTab(tabId, platform);
      });
    if (!opened) openTab(tabId ?? 'no-tab', platform);
    // No answer: returning undefined leaves the channel to other listeners.
  });
}
