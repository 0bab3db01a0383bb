import { ABSENT_2019, JOINED_2020 } from './common-statuses';
import type { Platform } from './types';

export const backmarket: Platform = {
  id: 'backmarket',
  name: 'Back Market',
  company: { name: 'Back Market (Jung SAS)', confidence: 'GK' },
  hostnames: ['backmarket.fr'],
  charter: { '2019': ABSENT_2019, '2020-renewal': JOINED_2020 },
  pages: {
    // Listings are /<locale>/l/<slug>/<uuid>.
    product: [
      {
        name: '/<locale>/p/<slug>/<uuid>',
        path: /^\/[a-z]{2}-[a-z]{2}\/p\/[^/]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?$/i,
      },
    ],
  },
};
