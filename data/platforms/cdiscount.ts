import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import type { Platform } from './types';

export const cdiscount: Platform = {
  id: 'cdiscount',
  name: 'Cdiscount',
  company: { name: 'Cdiscount SA', confidence: 'GK' },
  hostnames: ['cdiscount.com'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    product: [/\/f-\d+-[a-z0-9]+\.html$/i],
    markers: ['#fpBlocPrice', '.fpTMain'],
  },
};

