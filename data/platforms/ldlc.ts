import { ABSENT_2019, JOINED_2020 } from './common-statuses';
import type { Platform } from './types';

export const ldlc: Platform = {
  id: 'ldlc',
  name: 'LDLC',
  company: { name: 'Groupe LDLC', confidence: 'GK' },
  hostnames: ['ldlc.com'],
  frenchSites: true,
  charter: { '2019': ABSENT_2019, '2020-renewal': JOINED_2020 },
  pages: {
    // Seen under /fr-be/, /fr-lu/ and at the root; /es-es/ says "ficha".
    product: [{ name: '/fiche/<id>.html', path: /^\/(?:[a-z]{2}-[a-z]{2}\/)?fich[ea]\/[A-Z0-9]+\.html$/i }],
  },
};
