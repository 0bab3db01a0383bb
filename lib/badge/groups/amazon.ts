import { amazon } from '../../../data/platforms/amazon';
import { markerSignals } from './marker-signals';
import type { BadgeGroup } from './types';

export const AMAZON_GROUP: BadgeGroup = {
  name: 'amazon',
  platforms: [amazon],
  domSignals: markerSignals,
};
