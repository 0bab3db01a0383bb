import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const shein: Platform = {
  id: 'shein',
  name: 'Shein',
  hostnames: ['shein.com'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    // Categories are …-c-<id>.html and …-sc-<id>.html; articles …-a-<id>.html.
    product: [{ name: '/…-p-<id>.html', path: /^\/(?:[a-z]{2}\/)?[^/]*-p-\d+(?:-cat-\d+)?\.html$/i }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const sheinDetails: PlatformDetails = {
  badge: { stage: 'other' },
  company: { name: 'Shein', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://us.shein.com/product-p-12345678.html
product: https://us.shein.com/goods-detail-p-12345678.html
not-product: https://fr.shein.com/
not-product: https://es.shein.com/Women-Clothing-c-2030.html?attr_values=Green-Elegant
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/shein.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
