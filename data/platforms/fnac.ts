import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import type { Platform } from './types';

export const fnac: Platform = {
  id: 'fnac',
  name: 'Fnac',
  company: { name: 'Fnac Darty', confidence: 'S' },
  hostnames: ['fnac.com', 'fnac.fr'],
  frenchSites: true,
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    product: [
      // /<Slug>/a<id>/w-4 or /a<id>/<Slug>, on www. and on the shop subdomains (livre.fnac.com…).
      { name: '/a<id>', path: /^\/(?:[^/]+\/)?a\d{4,}(?:\/|$)/ },
      // Marketplace offers: /mp<id>/<Slug>/w-4.
      { name: '/mp<id>', path: /^\/(?:[^/]+\/)?mp\d{4,}(?:\/|$)/ },
    ],
    markers: ['.f-productHeader-Title', '.f-productPage'],
  },
};

