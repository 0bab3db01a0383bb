import { browser } from '#imports';

/** The tab the popup speaks about, as far as the popup may know it. */
export interface ActiveTab {
  /** The tab's window, for opening the side panel there. */
  windowId?: number;
  /**
   * Present only for pages we hold host permissions for (the tracked marketplaces): there is
   * no `tabs` permission, so any other page comes without a URL.
   */
  url?: string;
}

/**
 * The active tab of the popup's window. `tabId` (from `popup.html?tab=<id>`) names a tab
 * instead: e2e tests open the popup as a page, where "active" would be the popup itself.
 * Never throws: without an answer the popup shows "not a tracked site".
 */
export async function getActiveTab(tabId?: number): Promise<ActiveTab> {
  try {
    const tab = tabId == null ? (await browser.tabs.query({ active: true, currentWindow: true }))[0] : await browser.tabs.get(tabId);
    return { windowId: tab?.windowId, url: tab?.url };
  } catch {
    return {};
  }
}
