/**
 * Who posted a leboncoin ad. leboncoin never sells: the advertiser is a professional (a third
 * party) or a private person, and only a marker on the page tells which. No marker: unknown, even
 * when a name is shown (a missing "Pro" is not a statement that the seller is private).
 */
import type { Seller, SellerReader } from './types';
import { makeSeller, UNKNOWN } from './make-seller';
import { queryAll, queryFirst, readText } from './page-text';
import { STATEMENT_MAX } from './sold-by';
import { numbersIn } from './trader-identity';

/** Containers to observe: the ad view is replaced when the shopper opens another ad in-page. */
const LEBONCOIN_WATCH_SELECTORS: readonly string[] = ['#mainContent', 'main', '.adview_main'];

// The advertiser line of the 2014–2017 ad pages in the fixtures: "Pro Immobilier I@D FRANCE
// Numéro SIREN : …" (div.line_pro, with span.ispro) or "nicolas … - Mise en ligne le …" (div.upload_by).
const ADVERTISER_BLOCKS = '.line_pro, .upload_by';

const PRO = /^(?:pro|professionnel)\b/i;
// Not in the saved pages (they show only the "Pro" marker): the word leboncoin uses for private
// advertisers, accepted when it is written in the advertiser line itself.
const PRIVATE = /\bparticulier\b/i;

function leboncoinSellerOf(doc: Document): Seller {
  for (const block of queryAll(doc, ADVERTISER_BLOCKS)) {
    const text = readText(block);
    if (!text || text.length > STATEMENT_MAX) continue;
    const name = queryAll(block, 'a').map(readText).find(Boolean);
    if (!name) continue;
    const marker = readText(queryFirst(block, '.ispro'));
    // « Pro » and a SIREN number are the page's statement that the advertiser is a business.
    if (PRO.test(marker) || /\bSIREN\b/.test(text)) {
      const seller = makeSeller('third-party', name, 'professional');
      // The advertiser's trader statement: « Numéro SIREN : 823562178 » in its own span.
      const { register } = numbersIn(queryAll(block, 'span').map(readText));
      return register && seller.kind === 'third-party' ? { ...seller, identity: { register } } : seller;
    }
    // The name itself is no statement (an advertiser called « Le Particulier »).
    if (PRIVATE.test(text.split(name).join(' '))) return makeSeller('private', name, 'private');
  }
  return UNKNOWN;
}

/** This platform's entry in the card's seller readers (found by file name: lib/sellers/<id>.ts). */
export const sellerReader: SellerReader = { read: leboncoinSellerOf, watch: LEBONCOIN_WATCH_SELECTORS };

/*
Fixtures: test/fixtures/leboncoin/leboncoin-product-{1,2}.html.gz (expected sellers in
test/lib/sellers/leboncoin.test.ts).
*/
