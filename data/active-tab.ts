import { browser } from '#imports';
import { detectPage } from './detect';
import { getPlatform, type Platform } from './platforms';
import { siteKey } from './settings';

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

/** A tracked marketplace page: its platform and the key the badge is hidden under there. */
export interface ActiveSite {
  platform: Platform;
  /** siteKey() of the host, e.g. "amazon.fr". */
  site: string;
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

/**
 * The tracked marketplace a URL belongs to, or null (no URL, another site, not http).
 * @example siteOfUrl('https://www.amazon.fr/dp/B08L5VNF78')?.site // 'amazon.fr'
 */
export function siteOfUrl(url: string | undefined): ActiveSite | null {
  if (!url) return null;
  const id = detectPage(url).platform;
  const platform = id ? getPlatform(id) : undefined;
  return platform ? { platform, site: siteKey(new URL(url).hostname) } : null;
}

/** The tab id named by the popup's query string, if it is one. */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw && /^\d{1,10}$/.test(raw) ? Number(raw) : undefined;
  return id != null && Number.isSafeInteger(id) ? id : undefined;
}
