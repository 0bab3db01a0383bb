/**
 * Readers for the French marketplaces that also sell on their own account. Each names its own
 * selling names (the platform) and its buy-box blocks; what the blocks, the structured data and
 * the page say is combined in marketplace.ts. Class names come from saved pages where we have
 * them (Cdiscount, Fnac, La Redoute, 2019); elsewhere the buy box is found by common seller-block
 * names and the wording alone, within the reading's budget.
 */
import { cleanName, queryAll, readText, traderIn, type Statement } from './common';
import { marketplaceReader } from './marketplace';
import { agreeingTrader } from './statements';
import type { SellerReader } from './types';
import { CDISCOUNT_OWN, DARTY_OWN, FNAC_OWN } from './own-entities';

// Seller blocks on layouts we have not saved: generic names used across French shops. Exact
// names only: a substring selector ([class*=…]) costs a test of every element on a huge page.
const GENERIC_BUY_BOX = [
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
const watch = (...buyBox: string[]): readonly string[] => [...buyBox, 'main', '#main', 'body'];

// Cdiscount (2019 fixtures): `<div id="fpSellBy"><div> Vendu par <a class="fpSellerName">idigital</a>
// <div class="fpOverlay">… idigital - Vendeur pro sélectionné par Cdiscount…` and « Vendu et expédié par Cdiscount ».
export const CDISCOUNT_WATCH_SELECTORS = watch('#fpSellBy', '.fpSellBy', '#fpBlocPrice');
export const cdiscountSellerOf = marketplaceReader({
  own: CDISCOUNT_OWN,
  buyBox: `#fpSellBy, .fpSellBy, ${GENERIC_BUY_BOX}`,
  buyBoxName: '.fpSellerName, a',
});

// Fnac (2019 fixtures): a marketplace offer shows its seller card (`.f-shopBox-MPInfoSellerTitle`
// « LaBoutiqueDuNet », status in `.f-shopBox-MPInfoSellerStatus`); Fnac's own offer has no seller
// line and says so in JSON-LD (`seller.name` « FNAC.COM »). « Vendu par X » under carousel items
// (`.miniFA__seller`) are other products' sellers and are never read.
const FNAC_CARD = '.f-shopBox-MPInfoSeller';
function fnacSellerCard(doc: Document): Statement | undefined {
  const cards = queryAll(doc, FNAC_CARD).slice(0, 5);
  const names = cards.map((card) => cleanName(readText(card.querySelector('.f-shopBox-MPInfoSellerTitle'))));
  const distinct = new Set(names.map((n) => n?.toLocaleLowerCase()));
  const name = names[0];
  if (!name || distinct.size !== 1) return undefined;
  const trader = agreeingTrader(cards.map((card) => traderIn(readText(card.querySelector('.f-shopBox-MPInfoSellerStatus')))));
  return trader ? { name, trader } : { name };
}
export const FNAC_WATCH_SELECTORS = watch('.f-productOffers', '.f-buyBox', '.f-faPriceBox');
export const fnacSellerOf = marketplaceReader({
  own: FNAC_OWN,
  visible: fnacSellerCard,
  buyBox: `.f-buyBox-seller, .f-faPriceBox__seller, .f-buyBox-sellerName, ${GENERIC_BUY_BOX}`,
  buyBoxName: 'a',
});

// La Redoute (2019 fixtures): `<div id="label-vendor"> Vendu et expédié par : </div>
// <div class="name-vendor"> 1001 Kdo </div>` in `.vendor-name-content`; JSON-LD agrees.
export const LAREDOUTE_WATCH_SELECTORS = watch('.vendor-name-content', '[id^="vendorName_"]');
export const laredouteSellerOf = marketplaceReader({
  own: /^la\s*redoute(?:\.fr)?$/i,
  buyBox: `.vendor-name-content, [id^="vendorName_"], ${GENERIC_BUY_BOX}`,
  buyBoxName: '.name-vendor',
});

// Darty, Boulanger, ManoMano, Conforama: no saved product page; wording and common block names.
export const DARTY_WATCH_SELECTORS = watch('.product_seller', '.darty_product_seller');
export const dartySellerOf = marketplaceReader({
  own: DARTY_OWN,
  buyBox: `.product_seller, .darty_product_seller, ${GENERIC_BUY_BOX}`,
});

export const BOULANGER_WATCH_SELECTORS = watch('.product-seller', '.seller');
export const boulangerSellerOf = marketplaceReader({ own: /^boulanger(?:\.com)?$/i, buyBox: GENERIC_BUY_BOX });

export const MANOMANO_WATCH_SELECTORS = watch('[data-testid="seller"]', '.seller');
export const manomanoSellerOf = marketplaceReader({ own: /^manomano(?:\.fr)?$/i, buyBox: GENERIC_BUY_BOX });

export const CONFORAMA_WATCH_SELECTORS = watch('.seller', '.vendor');
export const conforamaSellerOf = marketplaceReader({ own: /^conforama(?:\.fr)?$/i, buyBox: GENERIC_BUY_BOX });

/**
 * The French marketplaces' readers, one entry each: the registry (SELLER_READERS in ./index.ts)
 * and the French retailers' first stage (lib/badge/groups/retail.ts) both take them from here.
 */
export const FRENCH_MARKETPLACE_READERS = {
  cdiscount: { read: cdiscountSellerOf, watch: CDISCOUNT_WATCH_SELECTORS },
  fnac: { read: fnacSellerOf, watch: FNAC_WATCH_SELECTORS },
  laredoute: { read: laredouteSellerOf, watch: LAREDOUTE_WATCH_SELECTORS },
  darty: { read: dartySellerOf, watch: DARTY_WATCH_SELECTORS },
  boulanger: { read: boulangerSellerOf, watch: BOULANGER_WATCH_SELECTORS },
  conforama: { read: conforamaSellerOf, watch: CONFORAMA_WATCH_SELECTORS },
  manomano: { read: manomanoSellerOf, watch: MANOMANO_WATCH_SELECTORS },
} as const satisfies Readonly<Record<string, SellerReader>>;
