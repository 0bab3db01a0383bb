import { leboncoin } from '../../../data/platforms/leboncoin';
import { markerSignals } from './marker-signals';
import type { BadgeGroup } from './types';

export const LEBONCOIN_GROUP: BadgeGroup = {
  name: 'leboncoin',
  platforms: [leboncoin],
  domSignals: markerSignals,
};
