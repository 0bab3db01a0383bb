import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const maisonsdumonde: Platform = {
  id: 'maisonsdumonde',
  name: 'Maisons du Monde',
  hostnames: ['maisonsdumonde.com'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  // No anchor: no saved product page proves the title's selector yet, so the badge keeps its corner.
  pages: {
    // /FR/fr/p/<slug>-<id>.htm (ids are digits, M-prefixed for newer items). Only the French shop:
    // the same host serves other countries (/BE/fr/, /IT/it/…), outside a French charter's scope.
    product: [{ name: '/FR/fr/p/<slug>-<id>.htm', path: /^\/FR\/fr\/p\/[a-z0-9-]+-m?\d{5,}\.htm$/i }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const maisonsdumondeDetails: PlatformDetails = {
  badge: { stage: 'stores' },
  company: { name: 'Maisons du Monde', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.maisonsdumonde.com/FR/fr/p/canape-3-places-en-tissu-gris-anthracite-chicago-166951.htm
product: https://www.maisonsdumonde.com/FR/fr/p/table-basse-rehaussable-en-bois-et-acier-noir-l120-matika-M22179481.htm
product: https://www.maisonsdumonde.com/FR/fr/p/coussin-en-coton-texture-orange-60x60-olario-247807.htm?store=&utm_source=google
not-product: https://www.maisonsdumonde.com/
not-product: https://www.maisonsdumonde.com/FR/fr/p/bureau
Seen: product URLs in public code (wish lists, a room planner, a gift registry, a market study).
Checked: 2026-12-07, by detectPage against the rules above and the table test test/data/platforms/maisonsdumonde.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
