import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const leroymerlin: Platform = {
  id: 'leroymerlin',
  name: 'Leroy Merlin',
  hostnames: ['leroymerlin.fr'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  // No anchor: no saved product page proves the title's selector yet, so the badge keeps its corner.
  pages: {
    // A product is /produits/<slug>-<reference>.html (8 digits today), sometimes under its category path;
    // categories are /produits/<rayon>/…/ (a trailing slash, no reference) or a bare
    // /produits/<name>.html landing page. The pre-2021 site used /v3/p/produits/<slug>-e<digits>.
    product: [
      { name: '/produits/…/<slug>-<ref>.html', path: /^\/produits\/(?:[^/]+\/)*[^/]+-\d{7,}\.html$/i },
      { name: '/v3/p/produits/<slug>-e<ref>', path: /^\/v3\/p\/produits\/[a-z0-9-]+-e\d{8,}(?:\.html)?\/?$/i },
    ],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const leroymerlinDetails: PlatformDetails = {
  badge: { stage: 'stores' },
  company: { name: 'Leroy Merlin France', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.leroymerlin.fr/produits/climatiseur-split-mobile-reversible-portasplit-midea-par-optimea-93857579.html
product: https://www.leroymerlin.fr/produits/natte-de-desolidarisation-et-etancheite-schluter-ditra-5ml-88151830.html
product: https://www.leroymerlin.fr/produits/boulon-lame-tondeuse-electrique-honda-et-ggp-82876154.html
not-product: https://www.leroymerlin.fr/
not-product: https://www.leroymerlin.fr/produits/terrasse-jardin/abri-garage-rangement/carport/
not-product: https://www.leroymerlin.fr/produits/climatiseur-portable.html
not-product: https://www.leroymerlin.fr/recherche/perceuse
Seen: the product and category shapes in public scrapers' configuration and tests (a price tracker's
PortaSplit URL, a search planner's tests telling « fiche produit » from « page liste »).
Checked: 2026-12-07, by detectPage against the rules above and the table test test/data/platforms/leroymerlin.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
