import { RENEWED_2020, RENEWED_2020_DETAILS, SIGNED_2019, SIGNED_2019_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const manomano: Platform = {
  id: 'manomano',
  name: 'ManoMano',
  hostnames: ['manomano.fr'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    // Categories are /<slug>-<id> and /cat/…; search is /recherche/….
    product: [{ name: '/p/<slug>-<id>', path: /^\/p\/[a-z0-9-]+-\d{4,}\/?$/i }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const manomanoDetails: PlatformDetails = {
  badge: { stage: 'retail' },
  company: { name: 'Colibri SAS', confidence: 'GK' },
  charter: { '2019': SIGNED_2019_DETAILS, '2020-renewal': RENEWED_2020_DETAILS },
};

/*
Test URLs
product: https://www.manomano.fr/p/chevron-de-charpente-sapin-traite-classe-2-5422385
product: https://www.manomano.fr/p/elagueuse-thermique-sur-perche-52-cm3-3-cv-longueur-415-metres-41203647
not-product: https://www.manomano.fr/
not-product: https://www.manomano.fr/recherche/midea%20portasplit%2012000
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/manomano.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
