import { NO_EVIDENCE_2020 } from './common-statuses';
import type { Platform } from './types';

export const aliexpress: Platform = {
  id: 'aliexpress',
  name: 'AliExpress',
  company: { name: 'Alibaba Group', confidence: 'S' },
  hostnames: ['aliexpress.com'],
  charter: {
    '2019': {
      status: 'declined',
      date: '2019-03-25',
      confidence: 'I',
      sources: ['rtl-afp', 'zonebourse-reuters', 'israel247'],
      note: {
        fr: 'Déduction : les sources nomment « Alibaba », pas AliExpress, qui appartient au groupe Alibaba. Non confirmé.',
        en: 'Inference: the sources name "Alibaba", not AliExpress, which belongs to the Alibaba group. Unconfirmed.',
      },
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
