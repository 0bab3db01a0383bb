import { NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const alibaba: Platform = {
  id: 'alibaba',
  name: 'Alibaba.com',
  hostnames: ['alibaba.com'],
  charter: {
    '2019': { status: 'declined', date: '2019-03-25', confidence: 'S' },
    '2020-renewal': NO_EVIDENCE_2020,
  },
  pages: {
    product: [
      { name: '/product-detail/…_<id>.html', path: /^\/product-detail\/[^/]*_\d{6,}\.html$/i },
      // Supplier sites (<shop>.en.alibaba.com): /product/<id>-<id>/<Slug>.html.
      { name: '/product/<id>-<id>/….html', path: /^\/product\/\d{6,}-\d{6,}\/[^/]+\.html$/ },
    ],
    markers: ['.module-pdp-main', '[data-module-name="module_title"]'],
    // The saved page's layout, then today's title module (in markers).
    anchor: 'h1.ma-title, [data-module-name="module_title"] h1',
  },
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const alibabaDetails: PlatformDetails = {
  badge: { stage: 'other' },
  company: { name: 'Alibaba Group Holding', confidence: 'S' },
  charter: {
    '2019': { sources: ['rtl-afp', 'zonebourse-reuters', 'tripalio-cpme'] },
    '2020-renewal': NO_EVIDENCE_2020_DETAILS,
  },
};

/*
Fixtures: test/fixtures/alibaba/alibaba-product-1.html.gz
*/

/*
Test URLs
product: https://www.alibaba.com/product-detail/Lemon-Cheese-Garlic-Ginger-Handheld-Stainless_62320522213.html
product: https://www.alibaba.com/product-detail/Wholesale-Eco-Friendly-Reusable-Natural-Bamboo_1600210044673.html
not-product: https://www.alibaba.com/
not-product: https://www.alibaba.com/showroom/cheese-slicer.html
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/alibaba.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
