/**
 * What a page's DOM says about being a product page: schema.org Product in JSON-LD or microdata,
 * `og:type` product, platform markers. Pure reads of a given Document; never throws.
 *
 * Cheap on purpose (the largest saved page is 1.8 MB): a few selector queries, `<head>` meta
 * tags and the JSON-LD script bodies; no scan of the page text.
 */

/** schema.org types that describe one product (Product and its subtypes, lowercase). */
const PRODUCT_TYPES = new Set(['product', 'productgroup', 'productmodel', 'individualproduct', 'someproducts', 'vehicle', 'car', 'motorcycle']);

/**
 * More top-level Products than this reads as a listing that marks up each of its items
 * (a product page has one, or a handful of variants).
 */
export const MAX_PRODUCTS_ON_A_PRODUCT_PAGE = 5;

/** JSON-LD bodies longer than this are only scanned by pattern, not parsed. */
const MAX_JSON_LD_CHARS = 500_000;

/** `og:type` values that mean "this page is one product". */
const OG_PRODUCT_TYPES = new Set(['product', 'product.item', 'product.group', 'og:product']);

const ERROR_TITLE = /^\s*[45]\d\d\b|\b(?:page not found|page introuvable|service unavailable|service indisponible)\b/i;

/**
 * Product signals found in `doc`, most specific first: platform markers, then `og:type`, then
 * JSON-LD and microdata. With `all: false` (the default) it stops at the first one.
 * @example readProductSignals(doc, ['#productTitle']) // ['dom:marker:#productTitle']
 */
export function readProductSignals(doc: Document, markers: readonly string[] = [], { all = false } = {}): string[] {
  const signals: string[] = [];
  const found = (signal: string | null) => {
    if (signal) signals.push(signal);
    return !all && signals.length > 0;
  };
  try {
    for (const marker of markers) if (found(matchesMarker(doc, marker) ? `dom:marker:${marker}` : null)) return signals;
    if (found(ogTypeSignal(doc))) return signals;
    const [jsonLd, microdata] = structuredDataSignals(doc);
    if (found(jsonLd) || found(microdata)) return signals;
  } catch {
    // A document that cannot be read says nothing.
  }
  return signals;
}

/**
 * An HTTP error or outage page ("503 - Service Unavailable Error", "Page introuvable"…), which
 * platforms also serve at product URLs. Reads only the title.
 */
export function looksLikeErrorPage(doc: Document): boolean {
  try {
    const title = doc.title;
    return typeof title === 'string' && ERROR_TITLE.test(title);
  } catch {
    return false;
  }
}

function matchesMarker(doc: Document, selector: string): boolean {
  try {
    // Plain ids take the browser's (and happy-dom's) fast path.
    if (/^#[\w-]+$/.test(selector)) return doc.getElementById(selector.slice(1)) !== null;
    return doc.querySelector(selector) !== null;
  } catch {
    return false; // an invalid selector is a data bug, not the page's fault
  }
}

function ogTypeSignal(doc: Document): string | null {
  const metas = doc.head?.getElementsByTagName('meta');
  if (!metas) return null;
  for (const meta of Array.from(metas)) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name');
    if (key?.trim().toLowerCase() !== 'og:type') continue;
    const value = (meta.getAttribute('content') ?? '').trim().toLowerCase();
    return OG_PRODUCT_TYPES.has(value) ? `dom:og:type=${value}` : null;
  }
  return null;
}

/** One pass over the document for both JSON-LD scripts and microdata items. */
function structuredDataSignals(doc: Document): [string | null, string | null] {
  const nodes = doc.querySelectorAll('script[type*="ld+json" i], [itemscope][itemtype*="schema.org/" i]');
  const jsonLd: ProductCount = { count: 0, first: null, listing: false, malformed: false };
  let microdata = 0;
  let microdataType: string | null = null;
  for (const node of Array.from(nodes)) {
    if (node.tagName.toLowerCase() === 'script') {
      countJsonLdProducts(node.textContent ?? '', jsonLd);
      continue;
    }
    // Only top-level items: a listing nests its Products under itemprop="itemListElement".
    if (node.hasAttribute('itemprop')) continue;
    const type = productType((node.getAttribute('itemtype') ?? '').split(/\s+/));
    if (type) {
      microdata++;
      microdataType ??= type;
    }
  }
  const jsonLdSignal =
    jsonLd.first && !jsonLd.listing && jsonLd.count <= MAX_PRODUCTS_ON_A_PRODUCT_PAGE
      ? `dom:json-ld:${jsonLd.first}${jsonLd.malformed ? ' (malformed JSON)' : ''}`
      : null;
  const microdataSignal = microdataType && microdata <= MAX_PRODUCTS_ON_A_PRODUCT_PAGE ? `dom:microdata:${microdataType}` : null;
  return [jsonLdSignal, microdataSignal];
}

interface ProductCount {
  count: number;
  /** The first product type seen, as schema.org spells it. */
  first: string | null;
  /** A malformed body that also mentions ItemList: its Products are a listing's items. */
  listing: boolean;
  malformed: boolean;
}

function countJsonLdProducts(text: string, acc: ProductCount): void {
  const value = text.length <= MAX_JSON_LD_CHARS ? parseJsonLoosely(text) : undefined;
  if (value !== undefined) {
    walkTopLevel(value, acc, 0);
    return;
  }
  // Unparsable: fall back to the "@type" strings, which cannot tell nesting apart.
  const head = text.slice(0, MAX_JSON_LD_CHARS);
  const types = Array.from(head.matchAll(/"@type"\s*:\s*\[?\s*"([^"]{1,80})"/g), (m) => m[1] ?? '');
  const products = types.map((t) => productType([t])).filter((t): t is string => t !== null);
  if (products.length === 0) return;
  acc.count += products.length;
  acc.first ??= products[0] ?? null;
  acc.malformed = true;
  if (types.some((t) => /itemlist$/i.test(t))) acc.listing = true;
}

/** JSON.parse, then once more after the usual breakages (raw newlines, comments, trailing commas). */
function parseJsonLoosely(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // fall through to the repaired text
  }
  const repaired = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|\/\*\s*<!\[CDATA\[\s*\*\/)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\/\*\s*\]\]>\s*\*\/)\s*$/, '')
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/,\s*([}\]])/g, '$1');
  try {
    return JSON.parse(repaired) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Counts the Products a JSON-LD body describes at its top: the body itself, array members,
 * `@graph` members, and the `mainEntity` of a page node. Products nested deeper (an ItemList's
 * elements, an Offer's itemOffered) belong to something else.
 */
function walkTopLevel(value: unknown, acc: ProductCount, depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) walkTopLevel(item, acc, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  const types = toStrings(node['@type']);
  const type = productType(types);
  if (type) {
    acc.count++;
    acc.first ??= type;
  }
  if (node['@graph'] !== undefined) walkTopLevel(node['@graph'], acc, depth + 1);
  if (node.mainEntity !== undefined && types.some((t) => /page$/i.test(t))) walkTopLevel(node.mainEntity, acc, depth + 1);
}

function toStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The first product type among `types` ('https://schema.org/Product', 'schema:Product'…), as spelled there. */
function productType(types: readonly string[]): string | null {
  for (const raw of types) {
    const local = raw.trim().replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '');
    if (PRODUCT_TYPES.has(local.toLowerCase())) return local;
  }
  return null;
}
