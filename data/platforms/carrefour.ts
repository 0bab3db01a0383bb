import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const carrefour: Platform = {
  id: 'carrefour',
  name: 'Carrefour',
  hostnames: ['carrefour.fr'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  // No anchor: no saved product page proves the title's selector yet, so the badge keeps its corner.
  pages: {
    // Every item, groceries and marketplace partners' offers alike, is /p/<slug>-<EAN or offer id>.
    // Aisles are /r/…, search /s?q=…, stores /magasin/…, services and recipes elsewhere: never /p/.
    // Travel, banking and insurance are hosts of their own (not listed).
    product: [{ name: '/p/<slug>-<id>', path: /^\/p\/(?:[^/]*-)?(?=[a-z0-9]*\d)[a-z0-9]{6,}\/?$/i }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const carrefourDetails: PlatformDetails = {
  badge: { stage: 'stores' },
  company: { name: 'Carrefour', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.carrefour.fr/p/lait-demi-ecreme-uht-vitamine-d-lactel-3252210390014
product: https://www.carrefour.fr/p/rasoir-intime-oneblade-philips-8720689037846
product: https://www.carrefour.fr/p/kiwi-bio-jaune-sungold-3523680428430?t=1883
not-product: https://www.carrefour.fr/
not-product: https://www.carrefour.fr/s?q=lait
not-product: https://www.carrefour.fr/r/fruits-et-legumes
Seen: product URLs in public code (price comparators, a drive extension that reads the EAN from
/p/.*-([0-9]{13})), the search URL /s in a public scraper.
Checked: 2026-12-07, by detectPage against the rules above and the table test test/data/platforms/carrefour.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
