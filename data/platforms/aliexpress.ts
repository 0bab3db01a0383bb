import { NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const aliexpress: Platform = {
  id: 'aliexpress',
  name: 'AliExpress',
  hostnames: ['aliexpress.com'],
  charter: {
    '2019': {
      status: 'declined',
      date: '2019-03-25',
      confidence: 'I',
      // Brief §7: the refusal reported was Alibaba's; no source reports one by AliExpress.
      via: 'Alibaba',
    },
    '2020-renewal': NO_EVIDENCE_2020,
  },
  pages: {
    product: [
      // /item/<id>.html on every language subdomain; older pages put a slug before the id.
      { name: '/item/<id>.html', path: /^\/item\/(?:[^/]+\/)?\d{6,}\.html$/ },
      // Mobile short form.
      { name: '/i/<id>.html', path: /^\/i\/\d{6,}\.html$/ },
      // Older shop-scoped form: /store/product/<Slug>/<shopId>_<id>.html.
      { name: '/store/product/…_<id>.html', path: /^\/store\/product\/[^/]+\/\d+_\d{6,}\.html$/ },
    ],
    markers: ['.product-title-text', '[data-pl="product-title"]'],
    // The saved page's layout, then today's (both in markers).
    anchor: 'h1.product-title-text, h1[data-pl="product-title"]',
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const aliexpressDetails: PlatformDetails = {
  badge: { stage: 'other' },
  company: { name: 'Alibaba', confidence: 'I' },
  charter: {
    '2019': {
      sources: ['rtl-afp', 'zonebourse-reuters', 'tripalio-cpme'],
      note: {
        fr: 'Alibaba n’a pas signé la charte de mars 2019 ; AliExpress fait partie du groupe Alibaba (déduction, non confirmée). Aucune source ne rapporte de refus d’AliExpress elle-même.',
        en: 'Alibaba did not sign the March 2019 charter; AliExpress is part of the Alibaba group (inference, unconfirmed). No source reports a refusal by AliExpress itself.',
      },
    },
    '2020-renewal': NO_EVIDENCE_2020_DETAILS,
  },
};

/*
Fixtures: test/fixtures/aliexpress/ (he.aliexpress.com product, es.aliexpress.com search).
*/

/*
Test URLs
product: https://www.aliexpress.com/item/32993251330.html
product: https://he.aliexpress.com/item/32993251330.html
not-product: https://www.aliexpress.com/
not-product: https://es.aliexpress.com/w/wholesale-camisa-para-hombre.html
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/aliexpress.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
