import { ebay } from '../../../data/platforms/ebay';
import { markerSignals } from './marker-signals';
import type { BadgeGroup } from './types';

export const EBAY_GROUP: BadgeGroup = {
  name: 'ebay',
  platforms: [ebay],
  domSignals: markerSignals,
};
