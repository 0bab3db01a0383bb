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
};
