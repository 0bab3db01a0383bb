/**
 * A seller reader for a marketplace, from what the page states, in order of reliability:
 * 1. the visible buy box (« Vendu par X », « Vendu et expédié par : X », the seller card);
 * 2. the structured data of the main offer (JSON-LD `offers.seller`, microdata `seller`);
 * 3. the platform's own data layer, where it documents the offer in view (Rakuten's `mainOffer`);
 * 4. for layouts we have never seen, a bounded walk of the page's text for one « Vendu par » line.
 * The visible buy box wins over the rest. Without it, structured data and the data layer must
 * agree, or the answer is unknown: the card says nothing rather than guess.
 */
import { UNKNOWN } from './make-seller';
import { sellerFromStatement, type Statement } from './sold-by';
import { buyBoxStatement, onlyPageStatement } from './statements';
import { structuredSeller } from './structured';
import type { Seller } from './types';

export interface MarketplaceReading {
  /** The marketplace's own selling names (« Cdiscount », « FNAC.COM »); absent for a pure marketplace. */
  own?: RegExp;
  /** Blocks of the buy box that hold a « Vendu par » line (most specific first, one selector list). */
  buyBox?: string;
  /** Inside those blocks, the element that holds the name alone (a seller link). */
  buyBoxName?: string;
  /** A platform-specific reading of the visible seller block, tried before `buyBox`. */
  visible?: (doc: Document) => Statement | undefined;
  /** The platform's data layer for the offer in view. */
  dataLayer?: (doc: Document) => Statement | undefined;
  /** Walk the page for a « Vendu par » line when nothing else answered (default true). */
  pageScan?: boolean;
}

const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** The stated trader of the same seller from a less visible source, when the buy box gives none. */
function withTrader(statement: Statement, other: Statement | undefined): Statement {
  if (statement.trader || !other?.trader || !same(statement.name, other.name)) return statement;
  return { ...statement, trader: other.trader };
}

function readMarketplace(doc: Document, reading: MarketplaceReading): Seller {
  const visible = reading.visible?.(doc) ?? (reading.buyBox ? buyBoxStatement(doc, reading.buyBox, reading.buyBoxName) : undefined);
  if (visible) {
    const layer = visible.trader ? undefined : reading.dataLayer?.(doc);
    return sellerFromStatement(withTrader(visible, layer), reading.own);
  }
  const structured = structuredSeller(doc);
  const layer = reading.dataLayer?.(doc);
  if (structured && layer && !same(structured, layer.name)) return UNKNOWN;
  const stated = structured ? withTrader({ name: structured }, layer) : layer;
  if (stated) return sellerFromStatement(stated, reading.own);
  if (reading.pageScan === false) return UNKNOWN;
  return sellerFromStatement(onlyPageStatement(doc), reading.own);
}

/** A reader function for `reading` (the registry keeps one per platform). */
export function marketplaceReader(reading: MarketplaceReading): (doc: Document) => Seller {
  return (doc) => readMarketplace(doc, reading);
}

// Seller blocks on layouts we have not saved: generic names used across French shops. Exact
// names only: a substring selector ([class*=…]) costs a test of every element on a huge page.
export const GENERIC_BUY_BOX = [
  '[data-testid="seller-name"]',
  '[data-testid="seller"]',
  '[data-qa="seller-name"]',
  '.seller',
  '.seller-info',
  '.seller-name',
  '.sellerName',
  '.vendor',
  '.vendeur',
  '.product-seller',
  '.offer-seller',
].join(', ');

/** Observe the buy box when the page has one, else the main content, else the body. */
export const buyBoxWatch = (...buyBox: string[]): readonly string[] => [...buyBox, 'main', '#main', 'body'];
