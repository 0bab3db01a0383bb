import { leboncoin } from '../../../data/platforms/leboncoin';
import { LEBONCOIN_WATCH_SELECTORS, leboncoinSellerOf } from '../../sellers/leboncoin';
import { markerSignals } from './marker-signals';
import type { BadgeGroup } from './types';

export const LEBONCOIN_GROUP: BadgeGroup = {
  name: 'leboncoin',
  platforms: [leboncoin],
  domSignals: markerSignals,
  sellers: { leboncoin: { read: leboncoinSellerOf, watch: LEBONCOIN_WATCH_SELECTORS } },
};
