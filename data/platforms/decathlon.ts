import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const decathlon: Platform = {
  id: 'decathlon',
  name: 'Decathlon',
  hostnames: ['decathlon.fr'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  // No anchor: no saved product page proves the title's selector yet, so the badge keeps its corner.
  pages: {
    // /p/<slug>/_/R-p-<id>?mc=<model>; marketplace partners' items are /p/mp/<partner>/<slug>/_/R-p-<id>
    // (ids may be X-prefixed or UUIDs). The 2019 site used /p/<slug>/<id>/c<id>m<id>, the one before
    // /<slug>-id_<id>.html. Sports, categories, search and stores are /tous-les-sports/…, /browse/…,
    // /search?Ntt=…, /store-view/… and never start with /p/.
    product: [
      { name: '/p/<slug>/_/R-p-<id>', path: /^\/p\/(?:mp\/[^/]+\/)?[^/]+\/_\/R-p-[a-z0-9-]+\/?$/i },
      { name: '/p/<slug>/<id>/c<id>m<id>', path: /^\/p\/[a-z0-9-]+\/\d+\/(?:c\d+)+m\d+\/?$/i },
      { name: '/<slug>-id_<id>.html', path: /^\/[a-z0-9-]+-id_\d{6,}\.html$/i },
    ],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const decathlonDetails: PlatformDetails = {
  badge: { stage: 'stores' },
  company: { name: 'Decathlon SE', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.decathlon.fr/p/boussole-pouce-gauche-pour-course-d-orientation-racer-900-noir/_/R-p-313026?mc=8576047
product: https://www.decathlon.fr/p/mp/corength/whey-chocolat-corength/_/R-p-336437
product: https://www.decathlon.fr/p/whey-gold-standard-908g/_/R-p-X8735034
product: https://www.decathlon.fr/p/trottinette-adulte-t7xl-noire/12329/c382c344m8377410
not-product: https://www.decathlon.fr/
not-product: https://www.decathlon.fr/tous-les-sports/velo-cyclisme/velos?from=40&size=40
not-product: https://www.decathlon.fr/search?Ntt=tente
Seen: product URLs in public code (project READMEs, a shop's links, test data), the marketplace form
/p/mp/<partner>/… and an X-prefixed id in a price comparator's data; the category URL in a public scraper.
Checked: 2026-12-07, by detectPage against the rules above and the table test test/data/platforms/decathlon.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
