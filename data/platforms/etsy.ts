import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const etsy: Platform = {
  id: 'etsy',
  name: 'Etsy',
  hostnames: ['etsy.com'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    product: [{ name: '/listing/<id>', path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?listing\/\d+(?:\/|$)/i }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const etsyDetails: PlatformDetails = {
  badge: { stage: 'other' },
  company: { name: 'Etsy Inc.', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.etsy.com/fr/listing/4357566512/savoir-est-pouvoir-histoire-africaine
product: https://www.etsy.com/fr/listing/926605765/cartoon-character-mms-sweet-5d-diy?gpla=1&gao=1
not-product: https://www.etsy.com/
not-product: https://www.etsy.com/fr/
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/etsy.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
