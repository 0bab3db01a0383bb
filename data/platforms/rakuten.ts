import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import type { Platform } from './types';

export const rakuten: Platform = {
  id: 'rakuten',
  name: 'Rakuten France',
  company: { name: 'Rakuten', confidence: 'S' },
  hostnames: ['fr.shopping.rakuten.com', 'priceminister.com'],
  frenchSites: true,
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    product: [
      // /mfp/<id>/<slug>?pid=…, /mfp/shop/<id>/<slug>; also on the legacy priceminister.com.
      { name: '/mfp/<id>', path: /^\/mfp\/(?:shop\/)?\d+(?:\/|$)/ },
      { name: '/offer/buy/<id>', path: /^\/offer\/buy\/\d+(?:\/|$)/ },
    ],
  },
};

