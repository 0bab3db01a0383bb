import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import type { Platform } from './types';

export const cdiscount: Platform = {
  id: 'cdiscount',
  name: 'Cdiscount',
  company: { name: 'Cdiscount SA', confidence: 'GK' },
  hostnames: ['cdiscount.com'],
  frenchSites: true,
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    // /<rayon>/…/f-<category>-<sku>.html; the short form /f-0-<sku>.html also resolves.
    // Listings use l-<id>.html, v-<id>.html and /search/….
    product: [{ name: '/…/f-<id>-<sku>.html', path: /^\/(?:[^/]+\/)*f-\d+-[a-z0-9]+\.html$/i }],
    markers: ['#fpBlocPrice', '.fpTMain'],
  },
};

