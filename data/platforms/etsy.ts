import { NO_EVIDENCE_2019, NO_EVIDENCE_2020 } from './common-statuses';
import type { Platform } from './types';

export const etsy: Platform = {
  id: 'etsy',
  name: 'Etsy',
  company: { name: 'Etsy Inc.', confidence: 'GK' },
  hostnames: ['etsy.com'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    product: [{ name: '/listing/<id>', path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?listing\/\d+(?:\/|$)/i }],
  },
};
