import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const cultura: Platform = {
  id: 'cultura',
  name: 'Cultura',
  hostnames: ['cultura.com'],
  frenchSites: true,
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  // No anchor: no saved product page proves the title's selector yet, so the badge keeps its corner.
  pages: {
    // /p-<slug>-<id>.html, the id an EAN or Cultura's own number. In-store reservation lives on
    // eresa.cultura.com, stores under /magasins/, search under /search/: none has the /p- prefix.
    product: [{ name: '/p-<slug>-<id>.html', path: /^\/p-[^/]*\d{5,}\.html$/i }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const culturaDetails: PlatformDetails = {
  badge: { stage: 'stores' },
  company: { name: 'Cultura', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.cultura.com/p-la-doublure-9782253244585.html
product: https://www.cultura.com/p-bundle-6-boosters-evolutions-primastiques-pokemon-11841902.html
product: https://www.cultura.com/p-pokemon-coffret-dresseur-d-elite-collection-prismatique-10-0194735603494.html
not-product: https://www.cultura.com/
not-product: https://eresa.cultura.com/magasins
Seen: product URLs in public stock watchers and scrapers (one documents the shape
https://www.cultura.com/p-<url_key>.html), the reservation host in a watcher's command line.
Checked: 2026-12-07, by detectPage against the rules above and the table test test/data/platforms/cultura.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
