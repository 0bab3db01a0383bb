/** Who sells the item on ManoMano: no saved product page, so the wording and common block names. */
import { buyBoxWatch, GENERIC_BUY_BOX, marketplaceReader } from './marketplace';
import type { SellerReader } from './types';

export const sellerReader: SellerReader = {
  read: marketplaceReader({ own: /^manomano(?:\.fr)?$/i, buyBox: GENERIC_BUY_BOX }),
  watch: buyBoxWatch('[data-testid="seller"]', '.seller'),
};
