import { getPlatform, type Platform } from '../data/platforms';
import { detectPage } from './detect/detect';
import { siteKey } from './settings';

/** A tracked marketplace page: its platform and the key the badge is hidden under there. */
export interface ActiveSite {
  platform: Platform;
  /** siteKey() of the host, e.g. "amazon.fr". */
  site: string;
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

/** A platform id, or null when the page is not on a listed platform (or cannot be known). */
export type TabPlatform = string | null;

/**
 * The platform named by a deep link (`sidepanel.html?platform=amazon`), if it exists.
 * @example platformFromQuery('?platform=amazon') // 'amazon'
 */
export function platformFromQuery(search: string): TabPlatform {
  const id = new URLSearchParams(search).get('platform');
  return id && getPlatform(id) ? id : null;
}

/** The listed platform of a tab's URL, or null. */
export function platformOfUrl(url: string | undefined): TabPlatform {
  return url ? detectPage(url).platform : null;
}
