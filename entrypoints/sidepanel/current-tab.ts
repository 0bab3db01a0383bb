import { browser } from '#imports';
import { platformOfUrl, type TabPlatform } from '../../lib/tab-site';

/**
 * Follows the platform of the active tab of this window and calls `onChange` with each new
 * value and the tab's address (first call as soon as it is known; the address is given for
 * listed platforms only, and a new address on the same platform is a new value). Without the `tabs` permission, `tab.url` is only
 * present for pages we hold host permissions for, which are exactly the listed platforms: any
 * other page reads as null. Never throws; where an API is missing it reports null and stops.
 * Returns the function that stops following.
 */
export function watchTabPlatform(onChange: (platform: TabPlatform, url?: string) => void): () => void {
  let live = true;
  let last: string | undefined;
  let windowId: number | undefined;
  // Bumped by every event, so a slow query never overwrites a newer answer.
  let generation = 0;
  const emit = (url: string | undefined) => {
    const platform = platformOfUrl(url);
    const pageUrl = platform ? url : undefined;
    const key = `${platform ?? ''} ${pageUrl ?? ''}`;
    if (!live || key === last) return;
    last = key;
    onChange(platform, pageUrl);
  };
  const refresh = async () => {
    const mine = ++generation;
    let url: string | undefined;
    try {
      const query = windowId == null ? { active: true, currentWindow: true } : { active: true, windowId };
      const [tab] = await browser.tabs.query(query);
      url = tab?.url;
    } catch {
      // No tabs API here (a plain page in a browser without it): nothing to follow.
    }
    if (mine === generation) emit(url);
  };
  const onActivated = (info: { windowId: number }) => {
    if (windowId == null || info.windowId === windowId) void refresh();
  };
  const onUpdated = (_tabId: number, _change: unknown, tab: { active: boolean; windowId?: number; url?: string }) => {
    if (!tab.active || (windowId != null && tab.windowId !== windowId)) return;
    generation++;
    // Leaving a listed site for any other page also fires, with no url: that reads as null.
    emit(tab.url);
  };

  try {
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
  } catch {
    // Tab events unavailable: the first answer stays.
  }
  void (async () => {
    try {
      windowId = (await browser.windows.getCurrent()).id;
    } catch {
      // No windows API: query the current window instead.
    }
    await refresh();
  })();

  return () => {
    live = false;
    try {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    } catch {
      // Nothing was added.
    }
  };
}
