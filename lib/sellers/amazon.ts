/**
 * Who sells the item on an Amazon product page, read from the offer the shopper is looking at.
 * `#bylineInfo` ("Marque : …", "Visit the … Store") is the brand, never the seller.
 */
import type { Seller, SellerReader } from './types';
import { makeSeller, onlyName, UNKNOWN } from './make-seller';
import { queryAll, queryFirst, readText } from './page-text';
import { SOLD_BY_LABEL_ONLY, soldByName, soldByNameInside, STATEMENT_MAX } from './sold-by';
import { pageStatements } from './statements';

/**
 * Amazon's own selling entities, as the pages name them: "Amazon", "Amazon.com", "Amazon.fr",
 * "Amazon Warehouse" (its used-goods arm), "Amazon EU S.à r.l.", "Amazon Media EU S.à r.l." (Kindle
 * in Europe), "Amazon.com Services LLC", "Amazon Digital Services LLC", "Amazon Digital Services,
 * Inc.", "Amazon Music". Anchored at both ends: a
 * seller called "Amazonia Shop" or "Amazon Deals by Foo" is not Amazon.
 */
const AMAZON_ENTITY =
  /^amazon(?:\.(?:com|fr|de|co\.uk|it|es|nl|se|pl|com\.be|ie|ca|com\.mx|co\.jp|com\.tr))?(?:\s+(?:eu|europe|media eu|digital services|digital uk|digital germany|services|services europe|services international|music|warehouse|warehouse deals|export sales|resale|seconde main|retourenkauf|second hand|retail|us|uk))?(?:,?\s+(?:s\.?\s?[àa]\.?\s?r\.?\s?l\.?|sarl|llc|inc\.?|ltd\.?|limited|gmbh|s\.?l\.?|s\.?r\.?l\.?))?$/i;

/** True when the name is one of Amazon's own selling entities. */
function isAmazonEntity(name: string): boolean {
  return AMAZON_ENTITY.test(name.trim());
}

/** Containers to observe: the buy box is re-rendered when the shopper picks another variant or offer. */
const AMAZON_WATCH_SELECTORS: readonly string[] = ['#desktop_buybox', '#buybox', '#rightCol', '#ppd'];

// The seller link in every layout seen: old #merchant-info, used-only buy box, offer-display features.
const SELLER_LINK = '#sellerProfileTriggerId, a[href*="/gp/help/seller/"], a[href*="seller="]';

function classify(name: string | undefined): Seller {
  if (!name) return UNKNOWN;
  return makeSeller(isAmazonEntity(name) ? 'platform' : 'third-party', name);
}

/** Link text when the statement links a seller profile, else the name written after the label. */
function fromStatement(el: Element): Seller {
  const text = readText(el);
  if (!text || text.length > STATEMENT_MAX * 2) return UNKNOWN;
  const written = soldByName(text) ?? soldByNameInside(text);
  if (!written) return UNKNOWN;
  const link = queryAll(el, SELLER_LINK).map(readText).find(Boolean);
  // The link is the seller only if the sentence names it where a seller goes; the link text also
  // keeps a name the sentence cut short ("Foo Co. Ltd" read as "Foo Co").
  return classify(link && (link.startsWith(written) || written.startsWith(link)) ? link : written);
}

/** 2021+ "offer display features": a label/value pair keyed by a language-independent attribute. */
function fromOfferDisplay(scope: ParentNode): Seller {
  for (const cell of queryAll(scope, '.offer-display-feature-text[offer-display-feature-name="desktop-merchant-info"]')) {
    const value = queryFirst(cell, '.offer-display-feature-text-message');
    const name = readText(value);
    if (name) return classify(name);
  }
  return UNKNOWN;
}

/** 2020–2022 tabular buy box: "Ships from | Amazon", "Sold by | Foo" in a two-column grid. */
function fromTabular(scope: ParentNode): Seller {
  for (const label of queryAll(scope, '#tabular-buybox .tabular-buybox-label, #tabular-buybox .tabular-buybox-text')) {
    if (!label.classList.contains('tabular-buybox-label') || !SOLD_BY_LABEL_ONLY.test(readText(label))) continue;
    const value = label.nextElementSibling;
    if (value?.classList.contains('tabular-buybox-text')) return classify(readText(value) || undefined);
  }
  return UNKNOWN;
}

/** Kindle price table: "Sold by: | Hachette Book Group / Price set by seller." */
function fromKindleRow(scope: ParentNode): Seller {
  for (const row of queryAll(scope, '.print-sold-by, #Ebooks-desktop-printSoldBy')) {
    const cells = queryAll(row, 'td');
    if (cells.length < 2 || !SOLD_BY_LABEL_ONLY.test(readText(cells[0]))) continue;
    const name = readText(queryFirst(cells[1]!, 'span')) || readText(cells[1]);
    if (name) return classify(name);
  }
  return UNKNOWN;
}

/** A seller link whose line reads "Sold by <link>" (the used-only buy box of old book pages). */
function fromLinkLine(scope: ParentNode): Seller {
  for (const link of queryAll(scope, '#sellerProfileTriggerId')) {
    const line = link.parentElement;
    if (line && soldByName(readText(line))) return classify(readText(link) || undefined);
  }
  return UNKNOWN;
}

/**
 * Where the shopper's offer is. With a buy-box accordion (new / used / subscribe / Prime price),
 * the open row; then the "new" row, which a subscription or Prime-price row repeats. Without one,
 * the whole page (older single-offer layouts).
 */
function offerScopes(doc: Document): ParentNode[] {
  const accordion = queryFirst(doc, '#buyBoxAccordion');
  if (!accordion) return [doc];
  const rows = Array.from(accordion.children).filter((r) => r.id);
  const active = rows.find((r) => r.classList.contains('a-accordion-active'));
  const fresh = rows.find((r) => r.id.startsWith('newAccordionRow'));
  return [active, fresh].filter((r, i, all): r is Element => !!r && all.indexOf(r) === i);
}

const READERS: readonly ((scope: ParentNode) => Seller)[] = [
  fromOfferDisplay,
  fromTabular,
  (scope) => firstKnown(queryAll(scope, '#merchant-info').map(fromStatement)),
  fromKindleRow,
  fromLinkLine,
  // Row headers, shown when a row is closed: "Dispatches from: Amazon Sold by: Amazon Warehouse".
  (scope) => firstKnown(queryAll(scope, '#sfsb_accordion_head').map(fromStatement)),
];

function firstKnown(sellers: Seller[]): Seller {
  return sellers.find((s) => s.kind !== 'unknown') ?? UNKNOWN;
}

/**
 * The seller a set of statements names: Amazon when every name is one of its entities (a digital
 * album's « Sold by Amazon.com Services LLC. » beside its CD's "Ships from and sold by
 * Amazon.com."), else the one name stated (repeats allowed); several sellers: unknown.
 */
function sellerOfStatements(statements: readonly { name: string }[] | undefined): Seller {
  if (!statements?.length) return UNKNOWN;
  if (statements.every((s) => isAmazonEntity(s.name))) return classify(statements[0]!.name);
  return classify(onlyName(statements.map((s) => s.name)));
}

// Where a digital item's buy box may sit on a product page, most likely first: its right column,
// its centre column (some media layouts put the format's buy box under the title), the whole
// product block when the page has neither column.
const DIGITAL_SCOPES: readonly string[] = ['#rightCol', '#centerCol', '#dp-container, #ppd'];

/**
 * Digital items (Amazon Music, Kindle, Prime Video, apps) have no retail buy box: their « Sold by
 * Amazon.com Services LLC. » line sits in a column of the product page. The first column that
 * states a seller decides, within the reading's budget.
 */
function fromDigitalLine(doc: Document): Seller {
  // Product pages only: a listing or search page has none of these blocks.
  for (const selector of DIGITAL_SCOPES) {
    const scope = queryFirst(doc, selector);
    if (!scope) continue;
    const statements = pageStatements(scope);
    if (statements === undefined) return UNKNOWN;
    if (statements.length) return sellerOfStatements(statements);
  }
  return UNKNOWN;
}

/**
 * A retail buy box none of the known layouts reads: the statements inside it, and only there
 * (an empty buy box is no featured offer, whatever the rest of the page says). Digital items
 * whose buy box sits in the retail one end here.
 */
function fromBuyBoxText(doc: Document): Seller {
  const box = queryFirst(doc, '#buybox, #desktop_buybox');
  return box ? sellerOfStatements(pageStatements(box)) : UNKNOWN;
}

/**
 * The seller of the offer in view: Amazon itself ('platform') or a marketplace seller
 * ('third-party', with the name the page shows). Out of stock, "See all buying options" without a
 * featured offer, or nothing readable: unknown.
 */
function amazonSellerOf(doc: Document): Seller {
  for (const scope of offerScopes(doc)) {
    for (const read of READERS) {
      const seller = read(scope);
      if (seller.kind !== 'unknown') return seller;
    }
  }
  // Only where the page has no retail buy box: an empty one means no featured offer.
  return queryFirst(doc, '#buybox, #desktop_buybox, #buyBoxAccordion') ? fromBuyBoxText(doc) : fromDigitalLine(doc);
}

/** This platform's entry in the card's seller readers (found by file name: lib/sellers/<id>.ts). */
export const sellerReader: SellerReader = { read: amazonSellerOf, watch: AMAZON_WATCH_SELECTORS };

/*
Fixtures: test/fixtures/amazon/amazon-product-*.html.gz (14 pages, expected sellers in
test/lib/sellers/amazon.test.ts).
*/
