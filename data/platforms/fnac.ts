import { RENEWED_2020, RENEWED_2020_DETAILS, SIGNED_2019, SIGNED_2019_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const fnac: Platform = {
  id: 'fnac',
  name: 'Fnac',
  hostnames: ['fnac.com', 'fnac.fr'],
  frenchSites: true,
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    product: [
      // /<Slug>/a<id>/w-4 or /a<id>/<Slug>, on www. and on the shop subdomains (livre.fnac.com…).
      { name: '/a<id>', path: /^\/(?:[^/]+\/)?a\d{4,}(?:\/|$)/ },
      // Marketplace offers: /mp<id>/<Slug>/w-4.
      { name: '/mp<id>', path: /^\/(?:[^/]+\/)?mp\d{4,}(?:\/|$)/ },
    ],
    markers: ['.f-productHeader-Title', '.f-productPage'],
    anchor: '.f-productHeader-Title',
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const fnacDetails: PlatformDetails = {
  badge: { stage: 'retail' },
  company: { name: 'Fnac Darty', confidence: 'S' },
  charter: { '2019': SIGNED_2019_DETAILS, '2020-renewal': RENEWED_2020_DETAILS },
};

/*
Test URLs
product: https://www.fnac.com/Console-Sony-PS5-Pro-Blanc-et-Noir/a20901133/w-4
product: https://www.fnac.com/Apple-iPhone-14-128-Go-Minuit/a16832544
not-product: https://www.fnac.com/
not-product: https://www.fnac.com/SearchResult/ResultList.aspx?SCat=0&Search=inoubliable+symphonie
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/fnac.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
