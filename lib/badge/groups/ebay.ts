import { ebay } from '../../../data/platforms/ebay';
import { EBAY_WATCH_SELECTORS, ebaySellerOf } from '../../sellers/ebay';
import type { BadgeGroup } from './types';

export const EBAY_GROUP: BadgeGroup = {
  name: 'ebay',
  platforms: [ebay],
  sellers: { ebay: { read: ebaySellerOf, watch: EBAY_WATCH_SELECTORS } },
};
