/** Who sells the item on Boulanger: no saved product page, so the wording and common block names. */
import { buyBoxWatch, GENERIC_BUY_BOX, marketplaceReader } from './marketplace';
import type { SellerReader } from './types';

export const sellerReader: SellerReader = {
  read: marketplaceReader({ own: /^boulanger(?:\.com)?$/i, buyBox: GENERIC_BUY_BOX }),
  watch: buyBoxWatch('.product-seller', '.seller'),
};
