import { auchan } from '../../../data/platforms/auchan';
import { but } from '../../../data/platforms/but';
import { carrefour } from '../../../data/platforms/carrefour';
import { castorama } from '../../../data/platforms/castorama';
import { cultura } from '../../../data/platforms/cultura';
import { decathlon } from '../../../data/platforms/decathlon';
import { leclerc } from '../../../data/platforms/leclerc';
import { leroymerlin } from '../../../data/platforms/leroymerlin';
import { maisonsdumonde } from '../../../data/platforms/maisonsdumonde';
import { rueducommerce } from '../../../data/platforms/rueducommerce';
import { zalando } from '../../../data/platforms/zalando';
import { markerSignals } from './marker-signals';
import type { BadgeGroup } from './types';

/**
 * The French chains that opened a marketplace beside their own shelves (DIY, sport, groceries,
 * fashion, culture, furniture). A group of their own: the French retailers' first stage carries
 * every DOM hint for Darty's and Conforama's ambiguous URLs and is at its byte budget, while these
 * sites' URLs decide alone, so their first stage ships the markers reader only.
 */
export const STORES_GROUP: BadgeGroup = {
  name: 'stores',
  platforms: [leroymerlin, decathlon, carrefour, leclerc, auchan, castorama, zalando, cultura, rueducommerce, but, maisonsdumonde],
  domSignals: markerSignals,
};
