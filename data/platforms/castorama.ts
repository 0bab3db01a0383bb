import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const castorama: Platform = {
  id: 'castorama',
  name: 'Castorama',
  hostnames: ['castorama.fr'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  // No anchor: no saved product page proves the title's selector yet, so the badge keeps its corner.
  pages: {
    // A product ends in <EAN or id>_CAFR.prd (marketplace items under /mkp/ too); categories end in
    // .cat, search is /search?term=…, landing lists /vb/…. The old site used /store/<slug>-prod<id>.html.
    product: [
      { name: '/…/<id>_CAFR.prd', path: /^\/(?:[^/]+\/)*[^/]+\.prd$/i },
      { name: '/store/<slug>-prod<id>.html', path: /^\/store\/[^/]+-prod\d+\.html$/i },
    ],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const castoramaDetails: PlatformDetails = {
  badge: { stage: 'stores' },
  company: { name: 'Castorama France', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.castorama.fr/climatiseur-portasplit-midea-reversible-3500w/8431312260509_CAFR.prd
product: https://www.castorama.fr/carrelage-sol-et-mur-interieur-gres-cerame-emaille-effet-beton-gris-malt-60-x-60-cm-ep-8-mm/3663602812080_CAFR.prd
product: http://www.castorama.fr/store/Lot-de-2-charnieres-universelles-nylon-noir-40-mm-prod6070118.html
not-product: https://www.castorama.fr/
not-product: https://www.castorama.fr/jardin-et-terrasse/barbecue/cat_id_123.cat
not-product: https://www.castorama.fr/search?term=8431312260509
not-product: https://www.castorama.fr/vb/tondeuse-honda
Seen: product URLs in public stock checkers and price scrapers (an EAN read from <EAN>_CAFR.prd), the
.cat and /vb/ listing shapes in a public workflow's tests, the old /store/ form in a 3D model's comment.
Checked: 2026-12-07, by detectPage against the rules above and the table test test/data/platforms/castorama.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
