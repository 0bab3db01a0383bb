import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const but: Platform = {
  id: 'but',
  name: 'But',
  hostnames: ['but.fr'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  // No anchor: no saved product page proves the title's selector yet, so the badge keeps its corner.
  pages: {
    // /produits/<EAN or id>/<Name>.html; category, store and search pages are outside /produits/<id>/.
    product: [{ name: '/produits/<id>/<name>.html', path: /^\/produits\/\d{4,}\/[^/]+\.html$/i }],
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const butDetails: PlatformDetails = {
  badge: { stage: 'stores' },
  company: { name: 'But', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.but.fr/produits/8006023265794/Pack-support-mural-40-a-80-MELICONI-PACK-VESA-400-FIXE.html?comingFrom=t2s
product: https://www.but.fr/produits/85220/Ventilateur-de-table-DYSON-AM06-Soft-touch.html
product: https://www.but.fr/produits/3760366603266/Poele-a-Bois-Alessia-14kw-Buches-55cm-Noir.html
not-product: https://www.but.fr/
not-product: https://www.but.fr/produits/
Seen: product URLs in public code (a home-setup write-up, a BI query, a test scenario, a price check).
Checked: 2026-12-07, by detectPage against the rules above and the table test test/data/platforms/but.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
