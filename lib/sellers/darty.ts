/** Who sells the item on Darty: no saved product page, so the wording and common block names. */
import { buyBoxWatch, GENERIC_BUY_BOX, marketplaceReader } from './marketplace';
import { DARTY_OWN } from './own-entities';
import type { SellerReader } from './types';

export const sellerReader: SellerReader = {
  read: marketplaceReader({ own: DARTY_OWN, buyBox: `.product_seller, .darty_product_seller, ${GENERIC_BUY_BOX}` }),
  watch: buyBoxWatch('.product_seller', '.darty_product_seller'),
};
