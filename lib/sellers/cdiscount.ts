/** Who sells the item on Cdiscount: the marketplace reader with Cdiscount's own buy box. */
import { buyBoxWatch, GENERIC_BUY_BOX, marketplaceReader } from './marketplace';
import { CDISCOUNT_OWN } from './own-entities';
import type { SellerReader } from './types';

// 2019 fixtures: `<div id="fpSellBy"><div> Vendu par <a class="fpSellerName">idigital</a>
// <div class="fpOverlay">… idigital - Vendeur pro sélectionné par Cdiscount…` and « Vendu et expédié par Cdiscount ».
export const sellerReader: SellerReader = {
  read: marketplaceReader({
    own: CDISCOUNT_OWN,
    buyBox: `#fpSellBy, .fpSellBy, ${GENERIC_BUY_BOX}`,
    buyBoxName: '.fpSellerName, a',
  }),
  watch: buyBoxWatch('#fpSellBy', '.fpSellBy', '#fpBlocPrice'),
};
