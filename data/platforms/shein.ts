import { NO_EVIDENCE_2019, NO_EVIDENCE_2020 } from './common-statuses';
import type { Platform } from './types';

export const shein: Platform = {
  id: 'shein',
  name: 'Shein',
  company: { name: 'Shein', confidence: 'GK' },
  hostnames: ['shein.com'],
  badge: { stage: 'other' },
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    // Categories are …-c-<id>.html and …-sc-<id>.html; articles …-a-<id>.html.
    product: [{ name: '/…-p-<id>.html', path: /^\/(?:[a-z]{2}\/)?[^/]*-p-\d+(?:-cat-\d+)?\.html$/i }],
  },
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
