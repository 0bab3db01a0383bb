import { RENEWED_2020, SIGNED_2019 } from './common-statuses';
import { dartySellerOf } from '../sellers/darty';
import type { Platform } from './types';

const viaGroup = {
  confidence: 'I',
  note: {
    fr: 'D\u00e9duction : la charte a \u00e9t\u00e9 sign\u00e9e par le groupe \u00ab Fnac Darty \u00bb ; aucune source ne nomme darty.com.',
    en: 'Inference: the charter was signed by the "Fnac Darty" group; no source names darty.com.',
  },
} as const;

export const darty: Platform = {
  id: 'darty',
  name: 'Darty',
  company: { name: 'Fnac Darty SA', confidence: 'GK' },
  sellerOf: dartySellerOf,
  hostnames: ['darty.com'],
  charter: {
    '2019': { ...SIGNED_2019, ...viaGroup },
    '2020-renewal': { ...RENEWED_2020, ...viaGroup },
  },
  pages: {
    // Product pages are /nav/achat/<rayon>/…/<brand>_<model>.html, but category and listing pages
    // share the prefix (…/index.html and others): the URL only says "maybe", the DOM decides.
    notProduct: [{ name: '/nav/achat/…/index.html', path: /^\/nav\/achat\/(?:.*\/)?index\.html$/i }],
    product: [],
    ambiguous: [{ name: '/nav/achat/…/<name>.html', path: /^\/nav\/achat\/.+\.html$/i }],
    markers: ['.product_head', '#darty_product_base_info'],
  },
};
