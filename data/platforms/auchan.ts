import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const auchan: Platform = {
  id: 'auchan',
  name: 'Auchan',
  hostnames: ['auchan.fr'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    // /<slug>/pr-C<digits> today, /<slug>/p-c<digits> on the saved 2019 pages; the letter is C for
    // Auchan's own catalogue and M for a marketplace partner's item. Categories are /<slug>/ca-<id>,
    // shops /<slug>/ep-<id>, a seller's page /<seller>/v-<id>, stores and drives /magasins/…/s-<id>.
    product: [{ name: '/<slug>/pr-<id>', path: /^\/(?:[^/]+\/)+pr?-[a-z]\d{5,}\/?$/i }],
    anchor: 'h1.product-detail--title',
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const auchanDetails: PlatformDetails = {
  badge: { stage: 'stores' },
  company: { name: 'Auchan', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.auchan.fr/candia-grandlait-lait-frais-demi-ecreme-de-montagne/pr-C1171071
product: https://www.auchan.fr/tecnovita-x-tri2-yf910-pliable-avec-dossier/p-m1406900
product: https://www.auchan.fr/muse-mt-110-b-platine-vinyle-vintage-noir/p-c1011762
not-product: https://www.auchan.fr/
not-product: https://www.auchan.fr/recherche?text=lait
not-product: https://www.auchan.fr/boucherie-volaille-poissonnerie/boucherie/ca-n0201?page=1
not-product: https://www.auchan.fr/magasins/drive/laxou/s-875
not-product: https://www.auchan.fr/rsi-fitworld/v-404
Seen: the three saved product pages (test/fixtures/auchan, from inprice/parser) and their seller link;
/pr-C…, search, category, optics shop and drive URLs in public scrapers and price comparators.
Checked: 2026-12-07, by detectPage against the rules above and the table test test/data/platforms/auchan.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
