/**
 * Who sells the item on Maisons du Monde, the chain itself or a marketplace partner: no saved product page, so
 * the common seller-block names, JSON-LD offers.seller and the page's « Vendu par » line.
 */
import { buyBoxWatch, GENERIC_BUY_BOX, marketplaceReader } from './marketplace';
import type { SellerReader } from './types';

export const sellerReader: SellerReader = {
  read: marketplaceReader({ own: /^maisons\s*du\s*monde(?:\.com)?$/i, buyBox: GENERIC_BUY_BOX }),
  watch: buyBoxWatch(),
};
