import type { Platform, PlatformDetails } from './types';

export const amazon: Platform = {
  id: 'amazon',
  name: 'Amazon',
  // .nl/.se/.pl: one public host list (weak); .com.be/.ie: general knowledge. Matching only.
  hostnames: ['amazon.fr', 'amazon.com', 'amazon.de', 'amazon.co.uk', 'amazon.es', 'amazon.it', 'amazon.nl', 'amazon.se', 'amazon.pl', 'amazon.com.be', 'amazon.ie'],
  charter: {
    '2019': { status: 'declined', date: '2019-03-25', confidence: 'S' },
    '2020-renewal': { status: 'signatory', date: '2020-12', confidence: 'S' },
  },
  pages: {
    product: [
      // Also /<slug>/dp/…, /-/<lang>/<slug>/dp/… (language-switched links in the saved search pages)
      // and /dp/product/…. ASINs are 10 characters; books use their all-digit ISBN-10.
      { name: '/dp/<ASIN>', path: /^\/(?:-\/[a-z]{2}(?:[_-][a-z]{2})?\/)?(?:[^/]+\/)?dp\/(?:product\/)?[A-Z0-9]{10}(?:\/|$)/i },
      { name: '/gp/product/<ASIN>', path: /^\/gp\/product\/[A-Z0-9]{10}(?:\/|$)/i },
      // Mobile. Anchored: sponsored links embed it after a redirect prefix (/x/c/<token>/https://…/gp/aw/d/…).
      { name: '/gp/aw/d/<ASIN>', path: /^\/gp\/aw\/d\/[A-Z0-9]{10}(?:\/|$)/i },
    ],
    markers: ['#productTitle', '#dp-container'],
    anchor: '#productTitle',
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const amazonDetails: PlatformDetails = {
  badge: { stage: 'amazon' },
  company: { name: 'Amazon.com', confidence: 'S' },
  charter: {
    '2019': {
      sources: ['rtl-afp', 'zonebourse-reuters', 'capital-yahoo', 'tripalio-cpme'],
      note: {
        fr: 'Refus annoncé par le secrétaire d’État au Numérique la veille de la signature ; Amazon France n’avait pas commenté dans l’immédiat. Aucune source ne donne la raison du refus. Amazon a ensuite rejoint la charte renouvelée de décembre 2020, selon la presse.',
        en: 'Refusal announced by the digital affairs minister the day before the signing; Amazon France gave no immediate comment. No source gives a reason. Amazon later joined the renewed charter of December 2020, according to press reports.',
      },
    },
    '2020-renewal': {
      sources: ['generation-nt', 'papetier', 'business-affaires', 'boursorama-patrimoine'],
      note: {
        fr: 'N’avait pas signé la charte de mars 2019 ; a rejoint la version renouvelée de la charte annoncée en décembre 2020, selon la presse.',
        en: 'Did not sign the March 2019 charter; joined the renewed charter announced in December 2020, according to press reports.',
      },
    },
  },
};

/*
Fixtures: test/fixtures/amazon/ (product pages on .fr, .it, .de, .co.uk, .es, .com; listings, homes).
Checked by hand: https://www.amazon.fr/dp/B08L5VNF78
*/

/*
Test URLs
product: https://www.amazon.fr/dp/B08L5VNF78
product: https://www.amazon.fr/Connector-Irrigation-Plumbing-Fittings-Splitter/dp/B08LNDXM65
not-product: https://www.amazon.fr/
not-product: https://www.amazon.fr/s?k=bouilloire
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/amazon.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
