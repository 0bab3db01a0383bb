import { RENEWED_2020, RENEWED_2020_DETAILS, SIGNED_2019, SIGNED_2019_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const leboncoin: Platform = {
  id: 'leboncoin',
  name: 'leboncoin',
  hostnames: ['leboncoin.fr'],
  charter: { '2019': SIGNED_2019, '2020-renewal': RENEWED_2020 },
  pages: {
    /*
     * Which ads get a badge (issue 13). The charter is about how the platform treats the small
     * businesses that sell through it; an ad is in scope when someone sells or rents something to
     * the reader through leboncoin, professionals (agencies, shops) included:
     *   offres_d_emploi (job offers)                           no badge: nobody sells anything
     *   ventes_immobilieres, locations, colocations,
     *   locations_gites, bureaux_commerces (real estate, rentals) badge: agencies and owners
     *                                                            sell or let through the platform
     *   prestations_de_services, cours_particuliers (services)   badge: a service bought through it
     *   every goods category (voitures, velos, …)               badge
     * test/data/platforms/leboncoin.test.ts holds the table.
     */
    notProduct: [
      { name: '/ad/offres_d_emploi/<id>', path: /^\/ad\/offres_d_emploi\// },
      { name: '/offres_d_emploi/<id>.htm', path: /^\/offres_d_emploi\/\d+\.htm$/ },
    ],
    product: [
      { name: '/ad/<category>/<id>', path: /^\/ad\/[a-z_]+\/\d{6,}\/?$/ },
      // Older site (the saved ad pages): /<category>/<id>.htm. Accepted on purpose: old links and
      // archives still show it, and no other page has two segments ending in <digits>.htm.
      { name: '/<category>/<id>.htm', path: /^\/[a-z_]+\/\d+\.htm$/ },
    ],
    // The saved ads' two layouts; in the second the h1 is the category, the ad's title an h2.
    anchor: 'h1[itemprop=name], #ad_subject',
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const leboncoinDetails: PlatformDetails = {
  badge: { stage: 'leboncoin' },
  company: { name: 'leboncoin (Adevinta)', confidence: 'GK' },
  charter: { '2019': SIGNED_2019_DETAILS, '2020-renewal': RENEWED_2020_DETAILS },
};

/*
Test URLs
product: https://www.leboncoin.fr/ad/ventes_immobilieres/3083651141
product: https://www.leboncoin.fr/ad/ventes_immobilieres/3222183771
not-product: https://www.leboncoin.fr/
not-product: https://www.leboncoin.fr/recherche?text=velo
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/leboncoin.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
