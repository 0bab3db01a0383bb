import { NO_EVIDENCE_2019, NO_EVIDENCE_2020 } from './common-statuses';
import type { Platform } from './types';

export const shein: Platform = {
  id: 'shein',
  name: 'Shein',
  company: { name: 'Shein', confidence: 'GK' },
  hostnames: ['shein.com'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    // Categories are …-c-<id>.html and …-sc-<id>.html; articles …-a-<id>.html.
    product: [{ name: '/…-p-<id>.html', path: /^\/(?:[a-z]{2}\/)?[^/]*-p-\d+(?:-cat-\d+)?\.html$/i }],
  },
};
