/**
 * Text helpers shared by the seller extractors. They read what a person sees: text content only
 * (never innerHTML, never attributes), with script and style text left out, whitespace collapsed,
 * control and bidi-override characters removed, and names cut to SELLER_NAME_MAX characters.
 */
import type { Seller } from './types';

/** Longest seller name we keep; longer names are cut and end with "…". */
export const SELLER_NAME_MAX = 80;

/** A longer block is not a seller line (a description, a review): extractors skip it. */
export const STATEMENT_MAX = 200;

export const UNKNOWN: Seller = Object.freeze({ kind: 'unknown' }) as Seller;

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);
// Enough for any seller line; bounds the work on hostile or huge pages.
const READ_LIMIT = 4000;

/** Visible-ish text of an element: text nodes only, minus script/style, whitespace collapsed. */
export function readText(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && length < READ_LIMIT; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        parts.push(value);
        length += value.length;
      } else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).tagName.toUpperCase())) {
        parts.push(' ');
        walk(child);
        parts.push(' ');
      }
    }
  };
  walk(el);
  return collapse(parts.join(''));
}

/** Removes control characters and direction overrides, collapses whitespace, trims. */
export function collapse(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A seller name fit for display, or undefined when nothing is left: cleaned, stripped of
 * surrounding quotes and trailing punctuation, cut to SELLER_NAME_MAX characters.
 */
export function cleanName(raw: string | null | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let name = collapse(raw)
    .replace(/^[\s"'«»“”‘’:;,.\-–—|]+/, '')
    .replace(/[\s"'«»“”‘’:;,\-–—|]+$/, '')
    // A final full stop ends the sentence ("… par Amazon."), unless it closes an abbreviation
    // ("S.à r.l.", "Co.") that a letter-dot pair right before it gives away.
    .replace(/(?<![.\s][\p{L}\d])\.+$/u, '')
    .trim();
  if (!name) return undefined;
  const chars = Array.from(name);
  if (chars.length > SELLER_NAME_MAX) name = `${chars.slice(0, SELLER_NAME_MAX - 1).join('').trimEnd()}…`;
  return name;
}

/** A Seller with a cleaned name; a kind that needs a name and has none becomes unknown. */
export function makeSeller(kind: Seller['kind'], rawName?: string | null): Seller {
  if (kind === 'unknown') return UNKNOWN;
  const name = cleanName(rawName);
  if (kind === 'platform') return name ? { kind, name } : { kind };
  return name ? { kind, name } : UNKNOWN;
}

/** querySelectorAll that never throws on a selector the engine rejects. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function queryFirst(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Escapes a label for a RegExp; labels are plain text. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "Sold by" wordings, longest first so "Vendu et expédié par" wins over "Vendu par". Each one
 * names the seller right after it; the shipper, when named too, comes after a join word.
 */
const SOLD_BY_LABELS: readonly string[] = [
  // French
  'Expédié et vendu par', 'Vendu et expédié par', 'Vendu par',
  // English
  'Ships from and sold by', 'Dispatched from and sold by', 'Sold and shipped by', 'Sold and dispatched by', 'Sold by',
  // German
  'Verkauf und Versand durch', 'Verkauf durch', 'Verkauft und versendet von', 'Verkauft von',
  // Italian
  'Spedito e venduto da', 'Venduto e spedito da', 'Venduto da',
  // Spanish
  'Enviado y vendido por', 'Vendido y enviado por', 'Vendido por',
];

const LABEL_ALTERNATION = SOLD_BY_LABELS.map((l) => escape(l).replace(/ /g, '\\s+').replace(/[éè]/g, '[ée]')).join('|');
// Where the seller's name stops: the shipper clause, a new sentence, a separator. (No \b after
// "expédié": without the u flag, \b sees "é" as a non-word character.)
const NAME_END =
  /\s+(?:and|et|und|e|y)\s+(?:is\s+)?(?:fulfilled|ships?|shipped|dispatched|exp[ée]di[ée]e?s?|versand|versendet|spedito|enviado|gestionado)(?=[\s.,;:!]|$)|\.\s|\s[|·•]\s|\s+(?:Ships from|Dispatches from|Expédié par|Versand durch|Spedito da|Enviado por)\b/i;

/** The label alone ("Sold by", "Vendu par :"), e.g. in a two-column table. */
export const SOLD_BY_LABEL_ONLY = new RegExp(`^(?:${LABEL_ALTERNATION})\\s*:?$`, 'i');

/**
 * Reads "<sold-by label> <name>" at the START of a line of text, as on Amazon's
 * "Expédié et vendu par VELIHOTUBUYE." or Cdiscount's « Vendu et expédié par Cdiscount ».
 * Returns the raw name, or undefined when the text does not start with a sold-by label.
 * @example soldByName('Venduto da GlobalNetOnline e spedito da Amazon.') // 'GlobalNetOnline'
 */
export function soldByName(text: string): string | undefined {
  const m = new RegExp(`^(?:${LABEL_ALTERNATION})\\s*:?\\s*(.+)$`, 'i').exec(collapse(text));
  if (!m) return undefined;
  const rest = m[1]!;
  const end = NAME_END.exec(rest);
  return cleanName(end ? rest.slice(0, end.index) : rest);
}

/**
 * Reads "<label> <name>" ANYWHERE in a short text where labels run together, as on Amazon's
 * accordion header "Ships from: Amazon Sold by: Amazon Warehouse".
 */
export function soldByNameInside(text: string): string | undefined {
  const flat = collapse(text);
  const m = new RegExp(`(?:^|\\s)((?:${LABEL_ALTERNATION})\\s*:?\\s*.+)$`, 'i').exec(flat);
  return m ? soldByName(m[1]!) : undefined;
}

/** The one name a list holds (ignoring case and repeats), or undefined for none or several. */
export function onlyName(names: readonly (string | undefined)[]): string | undefined {
  const distinct = new Map<string, string>();
  for (const n of names) if (n) distinct.set(n.toLocaleLowerCase(), n);
  return distinct.size === 1 ? distinct.values().next().value : undefined;
}
