/**
 * Who sells the item on Auchan. 2019 fixtures: `<div class="product-price--seller"><span>Vendu et
 * expédié par <a href="/rsi-fitworld/v-404">Rsi-fitworld</a></span>…` for a partner, « Vendu et
 * expédié par <span class="red-txt">Auchan</span> » for Auchan's own offer; the block is repeated
 * in the sticky bar.
 */
import { buyBoxWatch, GENERIC_BUY_BOX, marketplaceReader } from './marketplace';
import type { SellerReader } from './types';

export const sellerReader: SellerReader = {
  read: marketplaceReader({
    own: /^auchan(?:\.fr)?$/i,
    buyBox: `.product-price--seller, ${GENERIC_BUY_BOX}`,
    buyBoxName: 'a, .red-txt',
  }),
  watch: buyBoxWatch('.product-price--seller', '.product-addToCart--cta'),
};
