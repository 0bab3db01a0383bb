import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const vinted: Platform = {
  id: 'vinted',
  name: 'Vinted',
  hostnames: ['vinted.fr'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    // /items/new is the listing-creation page, not an item.
    notProduct: [{ name: '/items/new', path: /^\/items\/new(?:\/|$)/ }],
    // Only the item itself: /items/<id>/edit and other sub-pages are the seller's tools.
    product: [{ name: '/items/<id>', path: /^\/items\/\d+(?:-[^/]*)?\/?$/ }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const vintedDetails: PlatformDetails = {
  badge: { stage: 'other' },
  company: { name: 'Vinted UAB', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.vinted.fr/items/8860166901
product: https://www.vinted.fr/items/8860166901-robe-zara
not-product: https://www.vinted.fr/
not-product: https://www.vinted.fr/catalog?search_text=jean&order=newest_first&page=1
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/vinted.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
