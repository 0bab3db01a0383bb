import { NO_EVIDENCE_2019, NO_EVIDENCE_2020 } from './common-statuses';
import type { Platform } from './types';

export const temu: Platform = {
  id: 'temu',
  name: 'Temu',
  company: { name: 'PDD Holdings', confidence: 'GK' },
  hostnames: ['temu.com'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    product: [
      { name: '/…-g-<id>.html', path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?[^/]*-g-\d{6,}\.html$/i },
      { name: '/goods.html?goods_id=<id>', path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?goods\.html$/i, query: /[?&]goods_id=\d+/ },
    ],
  },
};
