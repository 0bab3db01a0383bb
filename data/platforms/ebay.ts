import { RENEWED_2020, RENEWED_2020_DETAILS, SIGNED_2019, SIGNED_2019_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const ebay: Platform = {
  id: 'ebay',
  name: 'eBay',
  hostnames: ['ebay.fr', 'ebay.com', 'ebay.de', 'ebay.co.uk', 'ebay.it', 'ebay.es', 'ebay.be'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    product: [
      // /itm/<id> today; /itm/<Slug>/<id> and /itm/<Slug>-/<id>/ on older pages (saved .com and .co.uk pages).
      { name: '/itm/<id>', path: /^\/itm\/(?:[^/]+\/)?\d{9,}(?:\/|$)/ },
      // Catalogue pages (eBay product id), with or without a slug: /p/<id>?iid=…, /p/<slug>/<id>.
      { name: '/p/<id>', path: /^\/p\/(?:[^/]+\/)?\d{6,}(?:\/|$)/ },
    ],
    markers: ['#itemTitle', '.x-item-title'],
    // The saved pages' layout, then today's (the h1 the markers' .x-item-title wraps).
    anchor: '#itemTitle, h1.x-item-title__mainTitle',
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const ebayDetails: PlatformDetails = {
  badge: { stage: 'ebay' },
  company: { name: 'eBay', confidence: 'S' },
  charter: { '2019': SIGNED_2019_DETAILS, '2020-renewal': RENEWED_2020_DETAILS },
};

/*
Test URLs
product: https://www.ebay.fr/itm/265930375786
product: https://www.ebay.com/itm/265930375786?hash=item3deaf7b86a
not-product: https://www.ebay.fr/
not-product: https://www.ebay.de/sch/i.html?_from=R40&_nkw=apple&_sacat=0&rt=nc
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/ebay.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
