import { RENEWED_2020, RENEWED_2020_DETAILS, SIGNED_2019, SIGNED_2019_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

// Brief §6 and §7: the signatory named by the sources is « Fnac Darty »; that it covers Darty is ours.
const viaGroup = { confidence: 'I', via: 'Fnac Darty' } as const;
const viaGroupNote = {
  fr: 'Déduction, non confirmée : la charte a été signée par le groupe « Fnac Darty », dont Darty fait partie ; aucune source ne nomme Darty ni darty.com.',
  en: 'Inference, unconfirmed: the charter was signed by the "Fnac Darty" group, which Darty belongs to; no source names Darty or darty.com.',
} as const;

export const darty: Platform = {
  id: 'darty',
  name: 'Darty',
  hostnames: ['darty.com'],
  frenchSites: true,
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

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const dartyDetails: PlatformDetails = {
  badge: { stage: 'retail' },
  company: { name: 'Fnac Darty', confidence: 'I' },
  charter: {
    '2019': { ...SIGNED_2019_DETAILS, note: viaGroupNote },
    '2020-renewal': { ...RENEWED_2020_DETAILS, note: viaGroupNote },
  },
};

/*
Test URLs
ambiguous: https://www.darty.com/nav/achat/telephonie/telephone_mobile/iphone-17-pro-max-256gb.html
ambiguous: https://www.darty.com/nav/achat/gros_electromenager/lavage_sechage/lave-linge_hublot/vedette_lfvq124w.html
not-product: https://www.darty.com/
not-product: https://www.darty.com/nav/recherche?text=cafetiere
Checked: 2026-11-29, by detectPage against the rules above and the table test test/data/platforms/darty.test.ts;
not opened live (no network on the build machine). Saved real pages, where any: test/fixtures/MANIFEST.tsv.
*/
