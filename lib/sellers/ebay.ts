/**
 * Who sells the item on an eBay listing. eBay never sells: every listing is a member's, so the
 * seller is a third party, or a private seller when the page says so in the seller block.
 */
import type { Seller, SellerReader } from './types';
import { makeSeller, UNKNOWN } from './make-seller';
import { collapse, queryAll, readText } from './page-text';
import { ebayTraderOf } from './ebay-trader';

/** Containers to observe: the seller card is rendered with the item and swapped on in-page navigation. */
const EBAY_WATCH_SELECTORS: readonly string[] = ['.x-sellercard-atf', '#RightSummaryPanel', '.si-cnt', '#CenterPanel', '#mainContent'];

// Seller name elements: 2022+ seller card (name in a bold span inside the link), then the older
// "Seller information" box (span.mbg-nw, 2014–2021 pages in the fixtures).
const NAME_SELECTORS = [
  '.x-sellercard-atf__info__about-seller a .ux-textspans--BOLD',
  '.x-sellercard-atf__info__about-seller a',
  '.x-sellercard-atf__info__about-seller',
  '.mbg-nw',
];

// Where eBay states the seller's status; a whole-page search would catch "This is a private listing".
const STATUS_BLOCKS = '.x-sellercard-atf, .x-about-this-seller, .ux-seller-section, .si-cnt, #bsi-c, .bsi-cnt';

const PRIVATE = /\b(?:private seller|vendeur particulier|privatverk[äa]ufer|privater verk[äa]ufer|venditore privato|vendedor particular)\b/i;
const BUSINESS =
  /\b(?:business seller|vendeur professionnel|gewerblicher verk[äa]ufer|venditore professionale|vendedor profesional)\b/i;

/** The name without the feedback score that follows it: "phoenixemporium (8116 )" → "phoenixemporium". */
function nameOnly(text: string): string {
  return collapse(text).replace(/\s*\(\s*[\d.,\s]+\)?.*$/, '');
}

/**
 * The seller's user name as shown, as a third party; 'private' only when the seller block says
 * "Private seller" (or its FR/DE/IT/ES wording) and does not also say "business seller", and
 * trader 'professional' when it says "business seller" alone or shows the business seller's
 * block, whose statements (legal name, address, numbers) go in `identity`.
 */
function ebaySellerOf(doc: Document): Seller {
  let name: string | undefined;
  for (const selector of NAME_SELECTORS) {
    name = queryAll(doc, selector).map((el) => nameOnly(readText(el))).find(Boolean);
    if (name) break;
  }
  if (!name) return UNKNOWN;
  // The seller's own name is not a statement of its status ("privatesellerparts", "Pro Business Seller").
  const status = queryAll(doc, STATUS_BLOCKS).map(readText).join(' ').split(name).join(' ');
  const isPrivate = PRIVATE.test(status), isBusiness = BUSINESS.test(status);
  if (isPrivate && !isBusiness) return makeSeller('private', name, 'private');
  // The trader block (legal name, address, numbers) is shown for business sellers only.
  const identity = isPrivate ? undefined : ebayTraderOf(doc);
  // "Business seller" is eBay's statement that the seller is a trader (EU listings must say it).
  const seller = makeSeller('third-party', name, (isBusiness || identity) && !isPrivate ? 'professional' : undefined);
  return identity && seller.kind === 'third-party' ? { ...seller, identity } : seller;
}

/** This platform's entry in the card's seller readers (found by file name: lib/sellers/<id>.ts). */
export const sellerReader: SellerReader = { read: ebaySellerOf, watch: EBAY_WATCH_SELECTORS };

/*
Fixtures: test/fixtures/ebay/ebay-product-{1,2,4}.html.gz and ebay-business-seller-{1..7}.html.gz
(expected sellers in test/lib/sellers/ebay.test.ts, trader blocks in test/lib/sellers/ebay-trader.test.ts).
*/
