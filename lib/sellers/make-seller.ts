/**
 * A Seller and its name as we keep them. Names are cleaned and cut to SELLER_NAME_MAX characters.
 * (The structured-data readers take the page's JSON-LD text and microdata `content`; a seller
 * tag's `title` may say « Vendeur professionnel », which only ever maps to a trader status.)
 */
import { collapse } from './page-text';
import type { Seller, Trader } from './types';

/** Longest seller name we keep; longer names are cut and end with "…". */
export const SELLER_NAME_MAX = 80;

export const UNKNOWN: Seller = Object.freeze({ kind: 'unknown' }) as Seller;

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

/**
 * A Seller with a cleaned name; a kind that needs a name and has none becomes unknown. The
 * platform carries no trader status (it is the marketplace itself); a private seller always
 * carries 'private', and a third party stated as private becomes 'private'.
 */
export function makeSeller(kind: Seller['kind'], rawName?: string | null, trader?: Trader): Seller {
  if (kind === 'unknown') return UNKNOWN;
  const name = cleanName(rawName);
  if (kind === 'platform') return name ? { kind, name } : { kind };
  if (!name) return UNKNOWN;
  if (kind === 'private' || trader === 'private') return { kind: 'private', name, trader: 'private' };
  return trader === 'professional' ? { kind, name, trader } : { kind, name };
}

/** The one name a list holds (ignoring case and repeats), or undefined for none or several. */
export function onlyName(names: readonly (string | undefined)[]): string | undefined {
  const distinct = new Map<string, string>();
  for (const n of names) if (n) distinct.set(n.toLocaleLowerCase(), n);
  return distinct.size === 1 ? distinct.values().next().value : undefined;
}

