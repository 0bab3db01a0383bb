/** Who sells the item on Conforama: no saved product page, so the wording and common block names. */
import { buyBoxWatch, GENERIC_BUY_BOX, marketplaceReader } from './marketplace';
import type { SellerReader } from './types';

export const sellerReader: SellerReader = {
  read: marketplaceReader({ own: /^conforama(?:\.fr)?$/i, buyBox: GENERIC_BUY_BOX }),
  watch: buyBoxWatch('.seller', '.vendor'),
};
