import { browser } from '#imports';
import type { Message } from '../../lib/messages';

/** The manifest command (wxt.config.ts) that shows or hides the badge on the current page. */
export const TOGGLE_COMMAND = 'toggle-badge';

const TOGGLE: Message = { type: 'badge/toggle' };

async function activeTabId(): Promise<number | undefined> {
  // No `tabs` permission needed: the id of the active tab comes without its URL.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Relays the keyboard command to the active tab's badge. It hides or shows the badge on that
 * page only, for as long as the page stays open: a quick gesture, not a setting (the popup holds
 * those). On a tab without our content script there is nobody to answer: that is fine.
 */
export function setupCommands(): void {
  // Firefox for Android has no keyboard commands: nothing to listen to there.
  if (!browser.commands?.onCommand) return;
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    void (async () => {
      const tabId = tab?.id ?? (await activeTabId());
      if (tabId != null) await browser.tabs.sendMessage(tabId, TOGGLE);
    })().catch(() => undefined);
  });
}
