import { RENEWED_2020, RENEWED_2020_DETAILS, SIGNED_2019, SIGNED_2019_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const rakuten: Platform = {
  id: 'rakuten',
  name: 'Rakuten France',
  hostnames: ['fr.shopping.rakuten.com', 'priceminister.com'],
  frenchSites: true,
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    product: [
      // /mfp/<id>/<slug>?pid=…, /mfp/shop/<id>/<slug>; also on the legacy priceminister.com.
      { name: '/mfp/<id>', path: /^\/mfp\/(?:shop\/)?\d+(?:\/|$)/ },
      { name: '/offer/buy/<id>', path: /^\/offer\/buy\/\d+(?:\/|$)/ },
    ],
    // Two layouts among the saved pages.
    anchor: '#prdTitleHead, h1[itemprop=name]',
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const rakutenDetails: PlatformDetails = {
  badge: { stage: 'retail' },
  company: { name: 'Rakuten', confidence: 'S' },
  charter: { '2019': SIGNED_2019_DETAILS, '2020-renewal': RENEWED_2020_DETAILS },
};

/*
Test URLs
product: https://fr.shopping.rakuten.com/mfp/12362131/apple-iphone-16?pid=13159484162
product: https://fr.shopping.rakuten.com/mfp/12362131/apple-iphone-16
not-product: https://fr.shopping.rakuten.com/
not-product: https://fr.shopping.rakuten.com/search/drone
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/rakuten.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
