/** Who sells the item on Fnac: the marketplace reader, after Fnac's seller card. */
import { cleanName } from './make-seller';
import { queryAll, readText } from './page-text';
import { type Statement, traderIn } from './sold-by';
import { buyBoxWatch, GENERIC_BUY_BOX, marketplaceReader } from './marketplace';
import { agreeingTrader } from './statements';
import { FNAC_OWN } from './own-entities';
import type { SellerReader } from './types';

// 2019 fixtures: a marketplace offer shows its seller card (`.f-shopBox-MPInfoSellerTitle`
// « LaBoutiqueDuNet », status in `.f-shopBox-MPInfoSellerStatus`); Fnac's own offer has no seller
// line and says so in JSON-LD (`seller.name` « FNAC.COM »). « Vendu par X » under carousel items
// (`.miniFA__seller`) are other products' sellers and are never read.
const FNAC_CARD = '.f-shopBox-MPInfoSeller';
function fnacSellerCard(doc: Document): Statement | undefined {
  const cards = queryAll(doc, FNAC_CARD).slice(0, 5);
  const names = cards.map((card) => cleanName(readText(card.querySelector('.f-shopBox-MPInfoSellerTitle'))));
  const distinct = new Set(names.map((n) => n?.toLocaleLowerCase()));
  const name = names[0];
  if (!name || distinct.size !== 1) return undefined;
  const trader = agreeingTrader(cards.map((card) => traderIn(readText(card.querySelector('.f-shopBox-MPInfoSellerStatus')))));
  return trader ? { name, trader } : { name };
}

export const sellerReader: SellerReader = {
  read: marketplaceReader({
    own: FNAC_OWN,
    visible: fnacSellerCard,
    buyBox: `.f-buyBox-seller, .f-faPriceBox__seller, .f-buyBox-sellerName, ${GENERIC_BUY_BOX}`,
    buyBoxName: 'a',
  }),
  watch: buyBoxWatch('.f-productOffers', '.f-buyBox', '.f-faPriceBox'),
};
