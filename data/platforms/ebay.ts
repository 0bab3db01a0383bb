import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import type { Platform } from './types';

export const ebay: Platform = {
  id: 'ebay',
  name: 'eBay',
  company: { name: 'eBay', confidence: 'S' },
  hostnames: ['ebay.fr', 'ebay.com', 'ebay.de', 'ebay.co.uk', 'ebay.it', 'ebay.es', 'ebay.be'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    product: [
      // /itm/<id> today; /itm/<Slug>/<id> and /itm/<Slug>-/<id>/ on older pages (saved .com and .co.uk pages).
      { name: '/itm/<id>', path: /^\/itm\/(?:[^/]+\/)?\d{9,}(?:\/|$)/ },
      // Catalogue pages (eBay product id), with or without a slug: /p/<id>?iid=…, /p/<slug>/<id>.
      { name: '/p/<id>', path: /^\/p\/(?:[^/]+\/)?\d{6,}(?:\/|$)/ },
    ],
    markers: ['#itemTitle', '.x-item-title'],
  },
};

