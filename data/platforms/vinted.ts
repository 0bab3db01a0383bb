import { NO_EVIDENCE_2019, NO_EVIDENCE_2020 } from './common-statuses';
import type { Platform } from './types';

export const vinted: Platform = {
  id: 'vinted',
  name: 'Vinted',
  company: { name: 'Vinted UAB', confidence: 'GK' },
  hostnames: ['vinted.fr'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    // /items/new is the listing-creation page, not an item.
    notProduct: [{ name: '/items/new', path: /^\/items\/new(?:\/|$)/ }],
    // Only the item itself: /items/<id>/edit and other sub-pages are the seller's tools.
    product: [{ name: '/items/<id>', path: /^\/items\/\d+(?:-[^/]*)?\/?$/ }],
  },
};
