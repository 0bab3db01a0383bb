/**
 * Readers for the French chains that sell on their own account and host marketplace partners
 * (DIY, sport, groceries, fashion, culture, furniture). Each names its own selling names; the
 * buy box, structured data and page wording are combined in marketplace.ts. Class names come
 * from saved pages where we have them (Auchan, Zalando, 2019); elsewhere the common seller-block
 * names and the « Vendu par » wording alone, within the reading's budget.
 */
import { activeBudget } from './budget';
import { queryFirst } from './common';
import { GENERIC_BUY_BOX, watch } from './french-marketplaces';
import { marketplaceReader } from './marketplace';
import type { Statement } from './common';
import type { SellerReader } from './types';

// Auchan (2019 fixtures): `<div class="product-price--seller"><span>Vendu et expédié par <a
// href="/rsi-fitworld/v-404">Rsi-fitworld</a></span>…` for a partner, « Vendu et expédié par
// <span class="red-txt">Auchan</span> » for Auchan's own offer; the block is repeated in the sticky bar.
export const AUCHAN_WATCH_SELECTORS = watch('.product-price--seller', '.product-addToCart--cta');
export const auchanSellerOf = marketplaceReader({
  own: /^auchan(?:\.fr)?$/i,
  buyBox: `.product-price--seller, ${GENERIC_BUY_BOX}`,
  buyBoxName: 'a, .red-txt',
});

// Zalando (2019 fixtures): no visible seller line on Zalando's own items; the page's state
// (`<script id="z-vegas-pdp-props">`, JSON in a CDATA section) says `partnerInfo.hasNoPartners`.
// A partner's item says « Vendu par X » (the page's own wording, found by the page walk).
const ZALANDO_STATE = '#z-vegas-pdp-props';
const ZALANDO_STATE_MAX_CHARS = 400_000;
function zalandoOwnOffer(doc: Document): Statement | undefined {
  const script = queryFirst(doc, ZALANDO_STATE);
  const raw = script?.textContent;
  if (!raw || raw.length > ZALANDO_STATE_MAX_CHARS || !activeBudget().spend()) return undefined;
  try {
    const json = raw.trim().replace(/^<!\[CDATA\[/, '').replace(/\]\]>$/, '');
    const info: unknown = (JSON.parse(json) as { model?: { partnerInfo?: unknown } } | null)?.model?.partnerInfo;
    if (!info || typeof info !== 'object') return undefined;
    const { hasNoPartners, hasSomePartners, hasOnlyPartners } = info as Record<string, unknown>;
    return hasNoPartners === true && hasSomePartners !== true && hasOnlyPartners !== true ? { name: 'Zalando' } : undefined;
  } catch {
    return undefined;
  }
}
export const ZALANDO_WATCH_SELECTORS = watch();
export const zalandoSellerOf = marketplaceReader({
  own: /^zalando(?:\.fr)?$/i,
  buyBox: GENERIC_BUY_BOX,
  dataLayer: zalandoOwnOffer,
});

// No saved product page for the others: the common seller-block names, JSON-LD offers.seller and
// the page's « Vendu par » / « Vendu et expédié par » line. Own names as the sites write them.
const reader = (own: RegExp): SellerReader => ({ read: marketplaceReader({ own, buyBox: GENERIC_BUY_BOX }), watch: watch() });

/** The French chains' readers, one entry each (the registry, SELLER_READERS in ./index.ts, takes them from here). */
export const FRENCH_STORE_READERS = {
  auchan: { read: auchanSellerOf, watch: AUCHAN_WATCH_SELECTORS },
  zalando: { read: zalandoSellerOf, watch: ZALANDO_WATCH_SELECTORS },
  leroymerlin: reader(/^leroy\s*merlin(?:\.fr)?$/i),
  decathlon: reader(/^decathlon(?:\.fr)?$/i),
  carrefour: reader(/^carrefour(?:\.fr)?$/i),
  leclerc: reader(/^e[.\s]*leclerc(?:\.fr)?$|^leclerc$/i),
  castorama: reader(/^castorama(?:\.fr)?$/i),
  cultura: reader(/^cultura(?:\.com)?$/i),
  rueducommerce: reader(/^rue\s*du\s*commerce(?:\.fr)?$/i),
  but: reader(/^but(?:\.fr)?$/i),
  maisonsdumonde: reader(/^maisons\s*du\s*monde(?:\.com)?$/i),
} as const satisfies Readonly<Record<string, SellerReader>>;
