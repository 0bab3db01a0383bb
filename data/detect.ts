import { findPlatformByHost } from './platforms';

/** What the detector says about a page. */
export interface Detection {
  /** The platform id, or null when the host is not a listed platform's. */
  platform: string | null;
  isProductPage: boolean;
  /** Why: which host and rule matched ("host:amazon.fr", "url:product", "dom:json-ld"…). */
  signals: string[];
}

const NONE: Detection = Object.freeze({ platform: null, isProductPage: false, signals: [] as string[] }) as Detection;

/**
 * Classifies a page. Never throws: any string and any document give a valid result.
 * INTERIM (issue 3 refines the DOM hints): URL rules first, markers for ambiguous URLs.
 */
export function detectPage(url: string, doc?: Document): Detection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ...NONE, signals: [] };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ...NONE, signals: [] };
  const platform = findPlatformByHost(parsed.hostname);
  if (!platform) return { ...NONE, signals: [] };
  const signals = [`host:${parsed.hostname}`];
  const rules = platform.pages;
  const path = parsed.pathname;
  if (!rules) return { platform: platform.id, isProductPage: false, signals };
  if (rules.notProduct?.some((r) => r.test(path))) return { platform: platform.id, isProductPage: false, signals: [...signals, 'url:not-product'] };
  if (rules.product.some((r) => r.test(path))) return { platform: platform.id, isProductPage: true, signals: [...signals, 'url:product'] };
  if (doc && rules.ambiguous?.some((r) => r.test(path))) {
    const marker = rules.markers?.find((m) => safeQuery(doc, m));
    if (marker) return { platform: platform.id, isProductPage: true, signals: [...signals, 'url:ambiguous', `dom:marker:${marker}`] };
  }
  return { platform: platform.id, isProductPage: false, signals };
}

function safeQuery(doc: Document, selector: string): boolean {
  try {
    return doc.querySelector(selector) !== null;
  } catch {
    return false;
  }
}
