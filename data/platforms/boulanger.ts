import { RENEWED_2020, RENEWED_2020_DETAILS, SIGNED_2019, SIGNED_2019_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const boulanger: Platform = {
  id: 'boulanger',
  name: 'Boulanger',
  hostnames: ['boulanger.com', 'boulanger.fr'],
  frenchSites: true,
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    product: [{ name: '/ref/<id>', path: /^\/ref\/\d{5,}(?:\/|$)/ }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const boulangerDetails: PlatformDetails = {
  badge: { stage: 'retail' },
  company: { name: 'Boulanger SA', confidence: 'GK' },
  charter: { '2019': SIGNED_2019_DETAILS, '2020-renewal': RENEWED_2020_DETAILS },
};

/*
Test URLs
product: https://www.boulanger.com/ref/1150997
product: https://www.boulanger.com/ref/1151023
not-product: https://www.boulanger.com/
not-product: https://www.boulanger.com/c/tous-les-ordinateurs-portables
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/boulanger.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
