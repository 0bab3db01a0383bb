import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const rueducommerce: Platform = {
  id: 'rueducommerce',
  name: 'Rue du Commerce',
  hostnames: ['rueducommerce.fr'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  // No anchor: no saved product page proves the title's selector yet, so the badge keeps its corner.
  pages: {
    // /p-<slug>-<brand>-<id>-<id>.html (an offer may add ?articleOfferId=…); the older form was
    // /produit/<slug>-<id>. Account, search and aisle pages have neither prefix.
    product: [
      { name: '/p-<slug>-<id>.html', path: /^\/p-[a-z0-9-]+-\d+\.html$/i },
      { name: '/produit/<slug>-<id>', path: /^\/produit\/[a-z0-9-]+-\d{5,}\/?$/i },
    ],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const rueducommerceDetails: PlatformDetails = {
  badge: { stage: 'stores' },
  company: { name: 'Rue du Commerce', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.rueducommerce.fr/p-samsung-galaxy-z-flip3-5g-sm-f711b-samsung-2012168170-27453.html?articleOfferId=63573044
product: https://www.rueducommerce.fr/produit/be-quiet-new-product-20190123141548-71248041
not-product: https://www.rueducommerce.fr/
not-product: https://www.rueducommerce.fr/password/email
Seen: product URLs in public scrapers (a seller census that notes the articleOfferId form, a stock watcher).
Checked: 2026-12-07, by detectPage against the rules above and the table test test/data/platforms/rueducommerce.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
