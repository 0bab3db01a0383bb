import { AMAZON_GROUP } from './amazon';
import { EBAY_GROUP } from './ebay';
import { LEBONCOIN_GROUP } from './leboncoin';
import { OTHER_GROUP } from './other';
import { RETAIL_GROUP } from './retail';
import { STORES_GROUP } from './stores';
import type { BadgeGroup } from './types';

/** Every first-stage group (tests and the bench; a content script imports its own group only). */
export const BADGE_GROUPS: readonly BadgeGroup[] = [AMAZON_GROUP, EBAY_GROUP, LEBONCOIN_GROUP, RETAIL_GROUP, STORES_GROUP, OTHER_GROUP];
