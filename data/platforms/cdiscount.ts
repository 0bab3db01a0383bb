import { RENEWED_2020, RENEWED_2020_DETAILS, SIGNED_2019, SIGNED_2019_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const cdiscount: Platform = {
  id: 'cdiscount',
  name: 'Cdiscount',
  hostnames: ['cdiscount.com'],
  frenchSites: true,
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    // /<rayon>/…/f-<category>-<sku>.html; the short form /f-0-<sku>.html also resolves.
    // Listings use l-<id>.html, v-<id>.html and /search/….
    product: [{ name: '/…/f-<id>-<sku>.html', path: /^\/(?:[^/]+\/)*f-\d+-[a-z0-9]+\.html$/i }],
    markers: ['#fpBlocPrice', '.fpTMain'],
    anchor: 'h1[itemprop=name]',
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const cdiscountDetails: PlatformDetails = {
  badge: { stage: 'retail' },
  company: { name: 'Cdiscount SA', confidence: 'GK' },
  charter: { '2019': SIGNED_2019_DETAILS, '2020-renewal': RENEWED_2020_DETAILS },
};

/*
Test URLs
product: https://www.cdiscount.com/informatique/ordinateurs-pc-portables/pc-portable-hp-15-fc0071nf-windows-11-15-6-fh/f-1070992-hp15fc0071nf.html
product: https://www.cdiscount.com/informatique/ordinateurs-pc-portables/pc-portable-hp-15-fc0071nf-windows-11-15-6-fh/f-1070992-hp15fc0071nf.html?idOffre=2491235745#cm_sp=VI:6041073:3
not-product: https://www.cdiscount.com/
not-product: https://www.cdiscount.com/search/10/aspirateur.html
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/cdiscount.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
