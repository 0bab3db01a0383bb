import { looksLikeErrorPage, readProductSignals } from './dom-hints';
import { getPlatform, PLATFORMS, type Platform } from '../../data/platforms';
import type { UrlRule } from '../../data/platforms/types';

/** What the detector says about a page. */
export interface Detection {
  /** The platform id, or null when the host is not a listed platform's. */
  platform: string | null;
  isProductPage: boolean;
  /**
   * Why, in short readable steps for "Why am I seeing this?": `host:www.amazon.fr`,
   * `rule:amazon:/dp/<ASIN>`, `ambiguous:darty:/nav/achat/…/<name>.html`, `dom:json-ld:Product`…
   */
  signals: string[];
  /** The listed hostname the page's host matched ('amazon.co.uk' for smile.amazon.co.uk). */
  matchedHost?: string;
}

/** What the URL alone says: decisive ('product', 'not-product') or 'ambiguous' (the DOM settles it). */
export type UrlVerdict = 'product' | 'not-product' | 'ambiguous';

export interface UrlClassification {
  platform: Platform | null;
  matchedHost: string | null;
  verdict: UrlVerdict;
  signals: string[];
}

/**
 * The platform a hostname belongs to and the listed hostname it matched: equal to it or a
 * subdomain of it. Exact labels only: "amazon.fr.evil.example" and "notamazon.fr" match nothing.
 */
export function matchHost(hostname: string): { platform: Platform; matchedHost: string } | null {
  return matchHostAmong(PLATFORMS, hostname);
}

/**
 * matchHost over a given list: the badge's first stages carry only their group's platforms, and
 * must not reference PLATFORMS (the bundler then keeps all 22 files).
 */
function matchHostAmong(platforms: readonly Platform[], hostname: string): { platform: Platform; matchedHost: string } | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const platform of platforms) {
    const matchedHost = platform.hostnames.find((h) => host === h || host.endsWith(`.${h}`));
    if (matchedHost) return { platform, matchedHost };
  }
  return null;
}

/**
 * Classifies a URL by its platform's rules, without a document. Never throws.
 * @example classifyUrl('https://www.darty.com/nav/achat/hifi/casque/sony_wh.html').verdict // 'ambiguous'
 */
export function classifyUrl(url: string): UrlClassification {
  return classifyUrlAmong(PLATFORMS, url);
}

/** classifyUrl over a given list of platforms (see matchHostAmong). */
export function classifyUrlAmong(platforms: readonly Platform[], url: string): UrlClassification {
  const none = (signal: string): UrlClassification => ({ platform: null, matchedHost: null, verdict: 'not-product', signals: [signal] });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return none('url:unparsable');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return none('url:not-a-web-page');
  const match = matchHostAmong(platforms, parsed.hostname);
  if (!match) return none(`host:not-listed:${parsed.hostname}`);
  const { platform, matchedHost } = match;
  const result = (verdict: UrlVerdict, signal: string): UrlClassification => ({
    platform,
    matchedHost,
    verdict,
    signals: [`host:${parsed.hostname}`, signal],
  });
  const rules = platform.pages;
  if (!rules) return result('not-product', 'url:no-page-rules');
  const { pathname, search } = parsed;
  const matching = (list: readonly UrlRule[] | undefined) =>
    list?.find((r) => r.path.test(pathname) && (!r.query || r.query.test(search)));
  const notProduct = matching(rules.notProduct);
  if (notProduct) return result('not-product', `not-product:${platform.id}:${notProduct.name}`);
  const product = matching(rules.product);
  if (product) return result('product', `rule:${platform.id}:${product.name}`);
  const ambiguous = matching(rules.ambiguous);
  if (ambiguous) return result('ambiguous', `ambiguous:${platform.id}:${ambiguous.name}`);
  return result('not-product', 'url:no-product-rule');
}

/**
 * Classifies a page. The URL decides when it is decisive; the DOM settles ambiguous URLs (and
 * turns a product URL serving an error page into "not a product page"); the DOM never makes an
 * unlisted host a platform. Never throws: any string and any document give a valid result.
 * @example detectPage('https://www.amazon.fr/dp/B08L5VNF78').isProductPage // true
 */
export function detectPage(url: string, doc?: Document): Detection {
  return detectPageAmong(PLATFORMS, url, doc);
}

/** detectPage over a given list of platforms (see matchHostAmong). */
function detectPageAmong(platforms: readonly Platform[], url: string, doc?: Document): Detection {
  return detectPageWith(platforms, productSignalsOf, url, doc);
}

/** What a page's DOM says for a platform: product signals, most specific first (none: []). */
export type ReadDomSignals = (doc: Document, platform: Platform) => string[];

/**
 * detectPageAmong with the DOM reading given: a badge first stage whose platforms have no
 * ambiguous URL shape only needs their markers (to tell an error page served at a product URL),
 * and then ships none of the structured-data parsing.
 */
export function detectPageWith(platforms: readonly Platform[], readSignals: ReadDomSignals, url: string, doc?: Document): Detection {
  const c = classifyUrlAmong(platforms, typeof url === 'string' ? url : '');
  if (!c.platform) return { platform: null, isProductPage: false, signals: c.signals };
  const found = (isProductPage: boolean, ...more: string[]): Detection => ({
    platform: c.platform?.id ?? null,
    isProductPage,
    signals: [...c.signals, ...more],
    ...(c.matchedHost ? { matchedHost: c.matchedHost } : {}),
  });
  if (c.verdict === 'not-product') return found(false);
  if (c.verdict === 'product') {
    // Platforms serve outage and "not found" pages at product URLs; the title gives them away.
    if (doc && looksLikeErrorPage(doc) && readSignals(doc, c.platform).length === 0) return found(false, 'dom:error-page');
    return found(true);
  }
  if (!doc) return found(false, 'dom:not-checked');
  const dom = readSignals(doc, c.platform);
  return dom.length > 0 ? found(true, ...dom) : found(false, 'dom:no-product-signal');
}

/** Every product signal the DOM gives for `platform`: its markers, then og:type and schema.org. */
export function productSignalsOf(doc: Document, platform: Platform): string[] {
  return readProductSignals(doc, platform.pages?.markers ?? []);
}
