import { ebay } from '../../../data/platforms/ebay';
import { EBAY_WATCH_SELECTORS, ebaySellerOf } from '../../sellers/ebay';
import { markerSignals } from './marker-signals';
import type { BadgeGroup } from './types';

export const EBAY_GROUP: BadgeGroup = {
  name: 'ebay',
  platforms: [ebay],
  domSignals: markerSignals,
  sellers: { ebay: { read: ebaySellerOf, watch: EBAY_WATCH_SELECTORS } },
};
