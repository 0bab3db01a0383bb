/** Who sells the item on La Redoute: the marketplace reader with La Redoute's vendor block. */
import { buyBoxWatch, GENERIC_BUY_BOX, marketplaceReader } from './marketplace';
import type { SellerReader } from './types';

// 2019 fixtures: `<div id="label-vendor"> Vendu et expédié par : </div>
// <div class="name-vendor"> 1001 Kdo </div>` in `.vendor-name-content`; JSON-LD agrees.
export const sellerReader: SellerReader = {
  read: marketplaceReader({
    own: /^la\s*redoute(?:\.fr)?$/i,
    buyBox: `.vendor-name-content, [id^="vendorName_"], ${GENERIC_BUY_BOX}`,
    buyBoxName: '.name-vendor',
  }),
  watch: buyBoxWatch('.vendor-name-content', '[id^="vendorName_"]'),
};
