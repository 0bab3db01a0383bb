import { ABSENT_2019, ABSENT_2019_DETAILS, JOINED_2020, JOINED_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const ldlc: Platform = {
  id: 'ldlc',
  name: 'LDLC',
  hostnames: ['ldlc.com'],
  frenchSites: true,
  charter: { '2019': ABSENT_2019, '2020-renewal': JOINED_2020 },
  pages: {
    // Seen under /fr-be/, /fr-lu/ and at the root; /es-es/ says "ficha".
    product: [{ name: '/fiche/<id>.html', path: /^\/(?:[a-z]{2}-[a-z]{2}\/)?fich[ea]\/[A-Z0-9]+\.html$/i }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const ldlcDetails: PlatformDetails = {
  badge: { stage: 'retail' },
  company: { name: 'Groupe LDLC', confidence: 'GK' },
  charter: { '2019': ABSENT_2019_DETAILS, '2020-renewal': JOINED_2020_DETAILS },
};

/*
Test URLs
product: https://www.ldlc.com/fiche/PB00590147.html
product: https://www.ldlc.com/fiche/PB00590147.html#reviews
not-product: https://www.ldlc.com/
not-product: https://www.ldlc.com/recherche/rtx%204070/
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/ldlc.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
