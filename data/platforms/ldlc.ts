import { ABSENT_2019, JOINED_2020 } from './common-statuses';
import type { Platform } from './types';

export const ldlc: Platform = {
  id: 'ldlc',
  name: 'LDLC',
  company: { name: 'Groupe LDLC', confidence: 'GK' },
  hostnames: ['ldlc.com'],
  charter: { '2019': ABSENT_2019, '2020-renewal': JOINED_2020 },
  pages: {
    // Seen under /fr-be/, /fr-lu/, /es-es/; on the French root by inference.
    product: [/^\/(?:[a-z]{2}-[a-z]{2}\/)?fiche\/[A-Z0-9]+\.html$/i],
  },
};
