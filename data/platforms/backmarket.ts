import { ABSENT_2019, ABSENT_2019_DETAILS, JOINED_2020, JOINED_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const backmarket: Platform = {
  id: 'backmarket',
  name: 'Back Market',
  hostnames: ['backmarket.fr'],
  charter: { '2019': ABSENT_2019, '2020-renewal': JOINED_2020 },
  pages: {
    // Listings are /<locale>/l/<slug>/<uuid>.
    product: [
      {
        name: '/<locale>/p/<slug>/<uuid>',
        path: /^\/[a-z]{2}-[a-z]{2}\/p\/[^/]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?$/i,
      },
    ],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const backmarketDetails: PlatformDetails = {
  badge: { stage: 'retail' },
  company: { name: 'Back Market (Jung SAS)', confidence: 'GK' },
  charter: { '2019': ABSENT_2019_DETAILS, '2020-renewal': JOINED_2020_DETAILS },
};

/*
Test URLs
product: https://www.backmarket.fr/fr-fr/p/lenovo-e595-15-ryzen-5-3500u-ghz-ssd-256-go-16-go/7c3dcefc-9ebf-48df-8d27-50ff8082cddb
product: https://www.backmarket.fr/fr-fr/p/lenovo-e595-15-ryzen-5-3500u-ghz-ssd-256-go-16-go/7c3dcefc-9ebf-48df-8d27-50ff8082cddb#l=10
not-product: https://www.backmarket.fr/
not-product: https://www.backmarket.fr/fr-fr
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/backmarket.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
