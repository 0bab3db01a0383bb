import { RENEWED_2020, RENEWED_2020_DETAILS, SIGNED_2019, SIGNED_2019_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const laredoute: Platform = {
  id: 'laredoute',
  name: 'La Redoute',
  hostnames: ['laredoute.fr'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    // Listings are /pplp/…, /prlst/…, /lndnr/….
    product: [{ name: '/ppdp/prod-<id>.aspx', path: /^\/ppdp\/prod-\d+\.aspx$/i }],
    // The title at the top (an h2): the page's h1 heads the description further down.
    anchor: '[data-cerberus="txt_pdp_productName1"]',
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const laredouteDetails: PlatformDetails = {
  badge: { stage: 'retail' },
  company: { name: 'La Redoute SAS', confidence: 'GK' },
  charter: { '2019': SIGNED_2019_DETAILS, '2020-renewal': RENEWED_2020_DETAILS },
};

/*
Test URLs
product: https://www.laredoute.fr/ppdp/prod-554346844.aspx
product: https://www.laredoute.fr/ppdp/prod-500995383.aspx
not-product: https://www.laredoute.fr/
not-product: https://www.laredoute.fr/pplp/cat-300731.aspx
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/laredoute.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
