import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import type { Platform } from './types';

export const manomano: Platform = {
  id: 'manomano',
  name: 'ManoMano',
  company: { name: 'Colibri SAS', confidence: 'GK' },
  hostnames: ['manomano.fr'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    // Categories are /<slug>-<id> and /cat/…; search is /recherche/….
    product: [{ name: '/p/<slug>-<id>', path: /^\/p\/[a-z0-9-]+-\d{4,}\/?$/i }],
  },
};

