import { NO_EVIDENCE_2020 } from './common-statuses';
import type { Platform } from './types';

export const alibaba: Platform = {
  id: 'alibaba',
  name: 'Alibaba.com',
  company: { name: 'Alibaba Group Holding', confidence: 'S' },
  hostnames: ['alibaba.com'],
  charter: {
    '2019': {
      status: 'declined',
      date: '2019-03-25',
      confidence: 'S',
      sources: ['rtl-afp', 'zonebourse-reuters', 'tripalio-cpme'],
    },
    '2020-renewal': NO_EVIDENCE_2020,
  },
  pages: {
    product: [
      { name: '/product-detail/…_<id>.html', path: /^\/product-detail\/[^/]*_\d{6,}\.html$/i },
      // Supplier sites (<shop>.en.alibaba.com): /product/<id>-<id>/<Slug>.html.
      { name: '/product/<id>-<id>/….html', path: /^\/product\/\d{6,}-\d{6,}\/[^/]+\.html$/ },
    ],
    markers: ['.module-pdp-main', '[data-module-name="module_title"]'],
  },
};

/*
Fixtures: test/fixtures/alibaba/alibaba-product-1.html.gz
*/
