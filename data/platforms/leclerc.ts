import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const leclerc: Platform = {
  id: 'leclerc',
  name: 'E.Leclerc',
  // The site is www.e.leclerc (.leclerc is the group's own top-level domain). The drive
  // (leclercdrive.fr) sells only from the stores' shelves and is not listed.
  hostnames: ['e.leclerc'],
  frenchSites: true,
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  // No anchor: no saved product page proves the title's selector yet, so the badge keeps its corner.
  pages: {
    // /fp/<slug>-<EAN> (the EAN alone also resolves; a partner's item may end in its own id); categories are /cat/…, search /recherche?q=…,
    // stores /mag/…: never /fp/.
    product: [{ name: '/fp/<slug>-<EAN>', path: /^\/fp\/(?:[^/]*-)?(?=[a-z0-9]*\d{6})[a-z0-9]{6,}\/?$/i }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const leclercDetails: PlatformDetails = {
  badge: { stage: 'stores' },
  company: { name: 'E.Leclerc', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.e.leclerc/fp/smartphone-apple-iphone-15-pro-max-256gb-noir-titanium-0195949048258
product: https://www.e.leclerc/fp/poele-a-bois-alessia-14-buches-55cm-acier-3760366603266
product: https://www.e.leclerc/fp/9782130624813
not-product: https://www.e.leclerc/
not-product: https://www.e.leclerc/recherche?q=pokemon%20dresseur
not-product: https://www.e.leclerc/cat/jeux-video-ps5
Seen: product, search and category URLs in public code (stock watchers, a price comparator, a
bibliography that links a book by its ISBN); a stock watcher documents « Vendu par » and the JSON-LD offer.
Checked: 2026-12-07, by detectPage against the rules above and the table test test/data/platforms/leclerc.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
