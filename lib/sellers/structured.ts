/**
 * The seller of the main offer as the page's structured data states it: JSON-LD `Product.offers`
 * (`seller.name`, or `seller` as a string) and microdata `itemprop="seller"` inside the offer.
 * One seller across every offer of the page's products, or nothing: several offers from
 * different sellers (Rakuten lists the other sellers' offers too) do not say which is in view.
 * Malformed JSON, odd shapes and huge blobs give nothing, never an exception.
 */
import { activeBudget } from './budget';
import { cleanName, onlyName } from './make-seller';
import { queryAll, queryFirst, readText } from './page-text';

// Enough for any product's JSON-LD; a bigger blob is not worth parsing on the page's thread.
const MAX_JSON_CHARS = 200_000;
const MAX_SCRIPTS = 20;
const MAX_DEPTH = 8;

type Json = unknown;

function types(node: Record<string, Json>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

function sellerName(seller: Json): string | undefined {
  if (typeof seller === 'string') return cleanName(seller);
  if (seller && typeof seller === 'object' && !Array.isArray(seller)) {
    const name = (seller as Record<string, Json>).name;
    return typeof name === 'string' ? cleanName(name) : undefined;
  }
  return undefined;
}

/** Seller names of an `offers` value: one Offer, a list, or an AggregateOffer holding `offers`. */
function offerSellers(offers: Json, out: (string | undefined)[], depth: number): void {
  const budget = activeBudget();
  if (depth > 3 || !budget.spend()) return;
  if (Array.isArray(offers)) {
    for (const o of offers.slice(0, 200)) offerSellers(o, out, depth + 1);
    return;
  }
  if (!offers || typeof offers !== 'object') return;
  const offer = offers as Record<string, Json>;
  if ('seller' in offer) out.push(sellerName(offer.seller) ?? '');
  if ('offers' in offer) offerSellers(offer.offers, out, depth + 1);
}

/**
 * Walks a JSON-LD value for Product nodes (top level, arrays, `@graph`, nested) and their offers.
 * lib/detect/dom-hints.ts has its own walk, for another question (is the page one product? top-level
 * Products only) asked by every first stage: sharing this one would ship the offers' walk there too.
 */
function productSellers(node: Json, out: (string | undefined)[], depth: number): void {
  const budget = activeBudget();
  if (depth > MAX_DEPTH || !node || typeof node !== 'object' || !budget.spend()) return;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 200)) productSellers(item, out, depth + 1);
    return;
  }
  const obj = node as Record<string, Json>;
  const t = types(obj);
  if (t.some((x) => x === 'product' || x === 'productgroup' || x.endsWith(':product'))) {
    if ('offers' in obj) offerSellers(obj.offers, out, 0);
    if ('hasVariant' in obj) productSellers(obj.hasVariant, out, depth + 1);
    return;
  }
  for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item']) if (key in obj) productSellers(obj[key], out, depth + 1);
}

/** The one seller named by the page's JSON-LD products, or undefined (none, several, unreadable). */
function jsonLdSeller(doc: Document): string | undefined {
  const names: (string | undefined)[] = [];
  for (const script of queryAll(doc, 'script[type="application/ld+json" i]').slice(0, MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_CHARS) continue;
    try {
      productSellers(JSON.parse(text), names, 0);
    } catch {
      // Malformed JSON-LD is common (trailing commas, HTML entities): it states nothing.
    }
  }
  // An offer whose seller is unreadable makes the set ambiguous: '' counts as a distinct seller.
  if (names.some((n) => !n)) return undefined;
  return onlyName(names);
}

/** The one seller named in microdata offers (`itemprop="offers"` … `itemprop="seller"`), or undefined. */
function microdataSeller(doc: Document): string | undefined {
  const names = queryAll(doc, '[itemprop~="offers"] [itemprop~="seller"]')
    .slice(0, 50)
    .map((el) => {
      const named = queryFirst(el, '[itemprop~="name"]') ?? el;
      return cleanName(named.getAttribute('content') ?? readText(named));
    });
  if (names.some((n) => !n)) return undefined;
  return onlyName(names);
}

/** The main offer's seller from structured data: JSON-LD first, then microdata; undefined if they disagree. */
export function structuredSeller(doc: Document): string | undefined {
  const ld = jsonLdSeller(doc);
  const micro = microdataSeller(doc);
  if (ld && micro && ld.toLocaleLowerCase() !== micro.toLocaleLowerCase()) return undefined;
  return ld ?? micro;
}
