import { backmarket } from '../../../data/platforms/backmarket';
import { boulanger } from '../../../data/platforms/boulanger';
import { cdiscount } from '../../../data/platforms/cdiscount';
import { conforama } from '../../../data/platforms/conforama';
import { darty } from '../../../data/platforms/darty';
import { fnac } from '../../../data/platforms/fnac';
import { laredoute } from '../../../data/platforms/laredoute';
import { ldlc } from '../../../data/platforms/ldlc';
import { manomano } from '../../../data/platforms/manomano';
import { rakuten } from '../../../data/platforms/rakuten';
import {
  BOULANGER_WATCH_SELECTORS,
  boulangerSellerOf,
  CDISCOUNT_WATCH_SELECTORS,
  cdiscountSellerOf,
  CONFORAMA_WATCH_SELECTORS,
  conforamaSellerOf,
  DARTY_WATCH_SELECTORS,
  dartySellerOf,
  FNAC_WATCH_SELECTORS,
  fnacSellerOf,
  LAREDOUTE_WATCH_SELECTORS,
  laredouteSellerOf,
  MANOMANO_WATCH_SELECTORS,
  manomanoSellerOf,
} from '../../sellers/french-marketplaces';
import { RAKUTEN_WATCH_SELECTORS, rakutenSellerOf } from '../../sellers/rakuten';
import { productSignalsOf } from '../../detect/detect';
import { watchLateSignals } from '../late-signals';
import type { BadgeGroup } from './types';

/** The French retailers and their marketplaces. */
export const RETAIL_GROUP: BadgeGroup = {
  name: 'retail',
  platforms: [cdiscount, fnac, darty, boulanger, conforama, laredoute, ldlc, manomano, rakuten, backmarket],
  // Darty and Conforama have ambiguous URL shapes: the DOM settles them, with every hint.
  domSignals: productSignalsOf,
  watchLate: watchLateSignals,
  sellers: {
    cdiscount: { read: cdiscountSellerOf, watch: CDISCOUNT_WATCH_SELECTORS },
    fnac: { read: fnacSellerOf, watch: FNAC_WATCH_SELECTORS },
    darty: { read: dartySellerOf, watch: DARTY_WATCH_SELECTORS },
    laredoute: { read: laredouteSellerOf, watch: LAREDOUTE_WATCH_SELECTORS },
    boulanger: { read: boulangerSellerOf, watch: BOULANGER_WATCH_SELECTORS },
    conforama: { read: conforamaSellerOf, watch: CONFORAMA_WATCH_SELECTORS },
    rakuten: { read: rakutenSellerOf, watch: RAKUTEN_WATCH_SELECTORS },
    manomano: { read: manomanoSellerOf, watch: MANOMANO_WATCH_SELECTORS },
  },
};
