import { alibaba } from '../../../data/platforms/alibaba';
import { aliexpress } from '../../../data/platforms/aliexpress';
import { certideal } from '../../../data/platforms/certideal';
import { etsy } from '../../../data/platforms/etsy';
import { shein } from '../../../data/platforms/shein';
import { temu } from '../../../data/platforms/temu';
import { veepee } from '../../../data/platforms/veepee';
import { vinted } from '../../../data/platforms/vinted';
import { wish } from '../../../data/platforms/wish';
import { markerSignals } from './marker-signals';
import type { BadgeGroup } from './types';

/** Every other platform (international marketplaces; Certideal, Wish and Veepee have no known host). */
export const OTHER_GROUP: BadgeGroup = {
  name: 'other',
  platforms: [aliexpress, alibaba, temu, shein, vinted, etsy, wish, veepee, certideal],
  domSignals: markerSignals,
};
