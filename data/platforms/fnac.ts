import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import type { Platform } from './types';

export const fnac: Platform = {
  id: 'fnac',
  name: 'Fnac',
  company: { name: 'Fnac Darty SA', confidence: 'S' },
  hostnames: ['fnac.com', 'fnac.fr'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    product: [/^\/(?:[^/]+\/)?a\d{4,}(?:\/|$)/i],
    markers: ['.f-productHeader-Title', '.f-productPage'],
  },
};

