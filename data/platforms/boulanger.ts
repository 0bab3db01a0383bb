import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import type { Platform } from './types';

export const boulanger: Platform = {
  id: 'boulanger',
  name: 'Boulanger',
  company: { name: 'Boulanger SA', confidence: 'GK' },
  hostnames: ['boulanger.com', 'boulanger.fr'],
  frenchSites: true,
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    product: [{ name: '/ref/<id>', path: /^\/ref\/\d{5,}(?:\/|$)/ }],
  },
};

