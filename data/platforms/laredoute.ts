import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import type { Platform } from './types';

export const laredoute: Platform = {
  id: 'laredoute',
  name: 'La Redoute',
  company: { name: 'La Redoute SAS', confidence: 'GK' },
  hostnames: ['laredoute.fr'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    // Listings are /pplp/…, /prlst/…, /lndnr/….
    product: [{ name: '/ppdp/prod-<id>.aspx', path: /^\/ppdp\/prod-\d+\.aspx$/i }],
  },
};

