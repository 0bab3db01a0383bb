import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const zalando: Platform = {
  id: 'zalando',
  name: 'Zalando',
  hostnames: ['zalando.fr'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    // /<brand>-<name>-<sku>.html, the SKU being 9 + 3 characters (1fi11a00y-a14); categories and
    // brands are /<slug>/ with a trailing slash, search /catalogue/?q=….
    product: [{ name: '/<slug>-<sku>.html', path: /^\/(?:[^/]*-)?[a-z0-9]{9}-[a-z0-9]{3}\.html$/i }],
    anchor: 'h1',
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const zalandoDetails: PlatformDetails = {
  badge: { stage: 'stores' },
  company: { name: 'Zalando SE', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.zalando.fr/fila-ray-baskets-basses-1fi11a00y-a14.html
product: https://www.zalando.fr/pier-one-sweatshirt-mid-grey-melange-pi922sa09-c12.html
product: https://www.zalando.fr/lauren-ralph-lauren-dariana-robe-de-cocktail-whisper-blue-l4221c0qs-k11.html
not-product: https://www.zalando.fr/
not-product: https://www.zalando.fr/chaussures-homme/
not-product: https://www.zalando.fr/catalogue/?q=baskets
not-product: https://www.zalando.fr/zalando-cgv/
Seen: the three saved product pages (test/fixtures/zalando, from inprice/parser); the terms page is
linked from them (partnerTncUrl).
Checked: 2026-12-07, by detectPage against the rules above and the table test test/data/platforms/zalando.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
