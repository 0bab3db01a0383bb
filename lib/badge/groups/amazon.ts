import { amazon } from '../../../data/platforms/amazon';
import { AMAZON_WATCH_SELECTORS, amazonSellerOf } from '../../sellers/amazon';
import { markerSignals } from './marker-signals';
import type { BadgeGroup } from './types';

export const AMAZON_GROUP: BadgeGroup = {
  name: 'amazon',
  platforms: [amazon],
  domSignals: markerSignals,
  sellers: { amazon: { read: amazonSellerOf, watch: AMAZON_WATCH_SELECTORS } },
};
