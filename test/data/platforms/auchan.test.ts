import { otherUrls, productUrls } from '../../helpers/url-table';

// Shapes of the saved pages (test/fixtures/auchan) and of public code (data/platforms/auchan.ts).
const RULE = '/<slug>/pr-<id>';
productUrls('auchan', [
  ['https://www.auchan.fr/candia-grandlait-lait-frais-demi-ecreme-de-montagne/pr-C1171071', RULE],
  ['https://www.auchan.fr/bio-lubrifiant-social-marchesseau-bourgueil-rouge-2017/p-c1091807', RULE],
  ['https://www.auchan.fr/tecnovita-x-tri2-yf910-pliable-avec-dossier/p-m1406900', RULE],
  ['https://www.auchan.fr/muse-mt-110-b-platine-vinyle-vintage-noir/p-c1011762', RULE],
  ['https://www.auchan.fr/apple-iphone-15-128go-noir/pr-C1598764', RULE],
  ['https://www.auchan.fr/candia-grandlait-lait-frais-demi-ecreme-de-montagne/pr-C1171071?ctx=drive', RULE],
  ['http://www.auchan.fr/muse-mt-110-b-platine-vinyle-vintage-noir/p-c1011762', RULE],
  ['https://www.auchan.fr/tapis-de-course-pliable/pr-M1406900/', RULE],
  ['https://www.auchan.fr/sport/tapis-de-course-pliable/pr-M1406900', RULE],
]);

otherUrls('auchan', [
  'https://www.auchan.fr/',
  'https://www.auchan.fr/recherche?text=lait',
  'https://www.auchan.fr/recherche?query=jeux+ps5',
  'https://www.auchan.fr/boucherie-volaille-poissonnerie/boucherie/ca-n0201?page=1',
  'https://www.auchan.fr/optique/ep-optique',
  'https://www.auchan.fr/magasins/drive/laxou/s-875',
  'https://www.auchan.fr/checkout/cart/',
  'https://www.auchan.fr/rsi-fitworld/v-404',
]);
