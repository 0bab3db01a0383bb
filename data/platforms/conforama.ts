import { RENEWED_2020, RENEWED_2020_DETAILS, SIGNED_2019, SIGNED_2019_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const conforama: Platform = {
  id: 'conforama',
  name: 'Conforama',
  hostnames: ['conforama.fr'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    // Low confidence (brief §2.2): only a synthetic fixture shows /<slug>/p/<id>, so the URL is
    // not trusted alone: the DOM settles it. Marketplace seller pages live under /marchand/.
    notProduct: [{ name: '/marchand/…', path: /^\/marchand\// }],
    product: [],
    ambiguous: [{ name: '/…/p/<id>', path: /^\/(?:[^/]+\/)*p\/[A-Z0-9]{4,}\/?$/i }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const conforamaDetails: PlatformDetails = {
  badge: { stage: 'retail' },
  company: { name: 'Conforama France SA', confidence: 'S-code' },
  charter: { '2019': SIGNED_2019_DETAILS, '2020-renewal': RENEWED_2020_DETAILS },
};

/*
Test URLs
ambiguous: https://www.conforama.fr/produit-test/p/A123456
ambiguous: https://www.conforama.fr/canape-dangle-convertible/p/B741852
not-product: https://www.conforama.fr/
not-product: https://www.conforama.fr/search?q=canape
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/conforama.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
