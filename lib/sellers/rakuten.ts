/**
 * Who sells the item on Rakuten France (ex-PriceMinister): a pure marketplace, so the seller is
 * always a third party (private when the page says « particulier »), never Rakuten itself. Read
 * from the buy box's seller profile, or the « Super Boutique » header of a seller's shop page,
 * then the JSON-LD offer, then Rakuten's data layer (`mainOffer.sellerName`, `sellerType`).
 */
import { activeBudget } from './budget';
import { cleanName } from './make-seller';
import { queryAll, queryFirst, readText } from './page-text';
import { type Statement, traderIn } from './sold-by';
import { marketplaceReader } from './marketplace';
import { agreeingTrader } from './statements';
import type { Trader, SellerReader } from './types';

/** Containers to observe: the buy box's seller profile, the shop header, else the page. */
const RAKUTEN_WATCH_SELECTORS: readonly string[] = ['.sellerInfos', '.sb_area', '#prdBuyBox', 'main', 'body'];

// Fixtures (2019): buy box `<p id="sellerProfile_53025607"><a class="seller"><span class="sellerName">CoolTechFR</span>
// <abbr title="Vendeur professionnel" class="sellerTag proTag">PRO</abbr>`; Super Boutique
// `<div class="pm_seller"><span class="sellerName"> ... par <a><b>FLOATUP</b> <abbr title="Pro" class="type"> (PRO) </abbr>`.
const PROFILES = '.sellerInfos [id^="sellerProfile_"], .pm_seller, [data-qa="seller-name"], .seller-profile, .sellerProfile';
const NAMES = '.sellerName a b, a .sellerName, .sellerName b, [data-qa="seller-name"], .sellerName';
const TAGS = 'abbr, .sellerTag, .proTag, .type, [class*="sellerType"]';

/** The trader a seller tag states: its text (« PRO », « (PRO) », « Particulier ») or its title. */
function tagTrader(block: Element): Trader | undefined {
  return agreeingTrader(
    queryAll(block, TAGS).flatMap((tag) => [traderIn(readText(tag).replace(/[()]/g, '').trim()), traderIn(tag.getAttribute('title'))]),
  );
}

function fromProfile(block: Element): Statement | undefined {
  const nameEl = queryFirst(block, NAMES);
  // The name element may hold the tag too (« FLOATUP (PRO) »): keep the text before it.
  const name = cleanName(readText(nameEl).replace(/^\.{3}\s*par\s+/i, '').replace(/\s*\(?\s*(?:pro|particulier)\s*\)?\s*$/i, ''));
  if (!name) return undefined;
  const trader = tagTrader(block);
  return trader ? { name, trader } : { name };
}

function visibleSeller(doc: Document): Statement | undefined {
  const read = queryAll(doc, PROFILES).slice(0, 10).map(fromProfile).filter((s): s is Statement => !!s);
  const names = new Set(read.map((s) => s.name.toLocaleLowerCase()));
  if (names.size !== 1) return undefined;
  const trader = agreeingTrader(read.map((s) => s.trader));
  return trader ? { name: read[0]!.name, trader } : { name: read[0]!.name };
}

// `'mainOffer': {…}` or `localDatalayerPersonali["mainOffer"] = {…}`: one flat JSON object.
const MAIN_OFFER = /["']mainOffer["']\s*\]?\s*[:=]\s*(\{[^{}]{0,2000}\})/;
const MAX_SCRIPT_CHARS = 1_000_000;

/** Rakuten's data layer for the offer in view: `mainOffer.sellerName` and `sellerType` (`SELLER_PRO`…). */
function rakutenDataLayer(doc: Document): Statement | undefined {
  const budget = activeBudget();
  for (const script of Array.from(doc.scripts ?? []).slice(0, 300)) {
    if (!budget.spend()) return undefined;
    if (script.src || /json/i.test(script.type)) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS || !text.includes('mainOffer')) continue;
    const m = MAIN_OFFER.exec(text);
    if (!m) continue;
    try {
      const offer = JSON.parse(m[1]!) as { sellerName?: unknown; sellerType?: unknown };
      const name = typeof offer.sellerName === 'string' ? cleanName(offer.sellerName) : undefined;
      if (!name) continue;
      const trader = typeof offer.sellerType === 'string' ? traderIn(offer.sellerType) : undefined;
      return trader ? { name, trader } : { name };
    } catch {
      // Not JSON after all: the data layer states nothing here.
    }
  }
  return undefined;
}

const rakutenSellerOf = marketplaceReader({
  visible: visibleSeller,
  // A seller's comment that opens with « Vendu par momox, professionnel… » names the seller too.
  buyBox: '.sellerInfos .sellerComment .edito',
  dataLayer: rakutenDataLayer,
});

/** This platform's entry in the card's seller readers (found by file name: lib/sellers/<id>.ts). */
export const sellerReader: SellerReader = { read: rakutenSellerOf, watch: RAKUTEN_WATCH_SELECTORS };

/*
Fixtures: test/fixtures/rakuten/rakuten-product-{1,2}.html.gz (ISO-8859-1), expected sellers in
test/lib/sellers/rakuten.test.ts.
*/
