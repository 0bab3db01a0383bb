import { otherUrls, productUrls } from '../../helpers/url-table';

// Shapes seen in public code (data/platforms/rueducommerce.ts says where).
const RULE = '/p-<slug>-<id>.html';
productUrls('rueducommerce', [
  ['https://www.rueducommerce.fr/p-samsung-galaxy-z-flip3-5g-sm-f711b-samsung-2012168170-27453.html?articleOfferId=63573044', RULE],
  ['https://www.rueducommerce.fr/p-samsung-galaxy-z-flip3-5g-sm-f711b-samsung-2012168170-27453.html', RULE],
  ['https://www.rueducommerce.fr/p-piscine-hors-sol-tubulaire-bestway-power-steel-oval-427x250x100-cm-bestway-2007221890-21117.html', RULE],
  ['http://www.rueducommerce.fr/p-ecran-pc-dell-s2721d-dell-3030380-23405.html', RULE],
  ['https://www.rueducommerce.fr/p-carte-graphique-asus-rog-strix-rtx-5080-asus-2012345678-1234.html#avis', RULE],
  ['https://www.rueducommerce.fr/produit/be-quiet-new-product-20190123141548-71248041', '/produit/<slug>-<id>'],
  ['https://www.rueducommerce.fr/produit/ecran-dell-s2721d-71248041/', '/produit/<slug>-<id>'],
  ['https://www.rueducommerce.fr/produit/asus-rog-strix-rtx-5080-oc-82342351', '/produit/<slug>-<id>'],
]);

otherUrls('rueducommerce', [
  'https://www.rueducommerce.fr/',
  'https://www.rueducommerce.fr/password/email',
  'https://www.rueducommerce.fr/recherche/rtx%205080',
  'https://www.rueducommerce.fr/rayon/composants-16',
  'https://www.rueducommerce.fr/mon-compte',
]);
