import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import type { Platform } from './types';

export const conforama: Platform = {
  id: 'conforama',
  name: 'Conforama',
  company: { name: 'Conforama France SA', confidence: 'S-code' },
  hostnames: ['conforama.fr'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    // Low confidence (brief §2.2): only a synthetic fixture shows /<slug>/p/<id>, so the URL is
    // not trusted alone: the DOM settles it. Marketplace seller pages live under /marchand/.
    notProduct: [{ name: '/marchand/…', path: /^\/marchand\// }],
    product: [],
    ambiguous: [{ name: '/…/p/<id>', path: /^\/(?:[^/]+\/)*p\/[A-Z0-9]{4,}\/?$/i }],
  },
};

