import { browser } from '#imports';
import { openPanelPageInTab, openSidePanelForTab } from '../../lib/browser-compat';
import { isMessage } from '../../lib/messages';

/**
 * The badge's "Details" button. The click reaches us as a message; on Chrome the side panel is
 * opened right here, synchronously, while the click still counts as a user gesture. The panel
 * then follows the active tab by itself (data/current-platform.ts), so no per-tab path is set:
 * a tab-specific panel would close on every tab switch. Firefox cannot open its sidebar from a
 * page's click, so the details page opens in a tab (tabs.create needs no permission).
 */
export function setupPanelOpening(): void {
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!isMessage(raw) || raw.type !== 'panel/open') return;
    const tabId = sender.tab?.id;
    const platform = raw.platform;
    if (tabId == null || !openSidePanelForTab(tabId, () => openPanelPageInTab(platform))) openPanelPageInTab(platform);
    // No answer: returning undefined leaves the channel to other listeners.
  });
}
