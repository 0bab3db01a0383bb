import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import type { Platform } from './types';

export const leboncoin: Platform = {
  id: 'leboncoin',
  name: 'leboncoin',
  company: { name: 'leboncoin (Adevinta)', confidence: 'GK' },
  hostnames: ['leboncoin.fr'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    // /ad/<category>/<id> today; /<category>/<id>.htm on older pages (saved fixtures).
    product: [/^\/ad\/[a-z_]+\/\d{6,}(?:[/?]|$)/, /^\/[a-z_]+\/\d{6,}\.htm$/],
  },
};

