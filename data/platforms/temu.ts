import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const temu: Platform = {
  id: 'temu',
  name: 'Temu',
  hostnames: ['temu.com'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    product: [
      { name: '/…-g-<id>.html', path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?[^/]*-g-\d{6,}\.html$/i },
      { name: '/goods.html?goods_id=<id>', path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?goods\.html$/i, query: /[?&]goods_id=\d+/ },
    ],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const temuDetails: PlatformDetails = {
  badge: { stage: 'other' },
  company: { name: 'PDD Holdings', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.temu.com/fr/bague-equerre-g-606271004607882.html
product: https://www.temu.com/fr/some-product-g-601099512345678.html?x=1
not-product: https://www.temu.com/
not-product: https://www.temu.com/fr
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/temu.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
