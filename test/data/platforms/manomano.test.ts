import { productUrls, otherUrls } from '../../helpers/url-table';

const RULE = '/p/<slug>-<id>';
productUrls('manomano', [
  ['https://www.manomano.fr/p/chevron-de-charpente-sapin-traite-classe-2-5422385', RULE],
  ['https://www.manomano.fr/p/elagueuse-thermique-sur-perche-52-cm3-3-cv-longueur-415-metres-41203647', RULE],
  ['https://www.manomano.fr/p/perceuse-visseuse-sans-fil-18v-30636057', RULE],
  ['https://www.manomano.fr/p/perceuse-visseuse-sans-fil-18v-30636057?model_id=30636057', RULE],
  ['https://www.manomano.fr/p/perceuse-visseuse-sans-fil-18v-30636057/', RULE],
  ['http://www.manomano.fr/p/horloge-murale-13056830', RULE],
  ['https://www.manomano.fr/p/horloge-murale-13056830#reviews', RULE],
  ['https://www.manomano.fr/p/x-1234', RULE],
]);

otherUrls('manomano', [
  'https://www.manomano.fr/',
  'https://www.manomano.fr/recherche/midea%20portasplit%2012000',
  'https://www.manomano.fr/search/perceuse',
  'https://www.manomano.fr/horloge-4549?model_id=13056830&g=1', // a category page, whatever the query says
  'https://www.manomano.fr/nos-conseils',
  'https://www.manomano.fr/p/', // no slug
]);
