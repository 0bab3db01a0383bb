import { leboncoin } from '../../../data/platforms/leboncoin';
import { LEBONCOIN_WATCH_SELECTORS, leboncoinSellerOf } from '../../sellers/leboncoin';
import type { BadgeGroup } from './types';

export const LEBONCOIN_GROUP: BadgeGroup = {
  name: 'leboncoin',
  platforms: [leboncoin],
  sellers: { leboncoin: { read: leboncoinSellerOf, watch: LEBONCOIN_WATCH_SELECTORS } },
};
