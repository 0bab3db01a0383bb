import { otherUrls, productUrls } from '../../helpers/url-table';

// Shapes seen in public code (data/platforms/decathlon.ts says where).
const RULE = '/p/<slug>/_/R-p-<id>';
productUrls('decathlon', [
  ['https://www.decathlon.fr/p/boussole-pouce-gauche-pour-course-d-orientation-racer-900-noir/_/R-p-313026?mc=8576047', RULE],
  ['https://www.decathlon.fr/p/matelas-gonflable-de-trekking-taille-l-180-x-52cm-mt500/_/R-p-189392?mc=8799965&c=incolore', RULE],
  ['https://www.decathlon.fr/p/tapis-de-yoga-6mm/_/R-p-301662', RULE],
  ['https://www.decathlon.fr/p/raquette-de-padel-adulte-kuikma-hybrid-pro-lucia-sainz-limited-edition-2025/_/R-p-338036?mc=8993121&c=bleu', RULE],
  ['https://www.decathlon.fr/p/pantalon-de-trek-montagne-resistant-homme-mt500/_/R-p-351265?mc=8853731&c=gris_noir', RULE],
  ['https://www.decathlon.fr/p/kit-halteres-de-musculation-20-kg-avec-disque-de-fonte-en-partie-recyclee/_/R-p-7449?mc=8018574&c=noir', RULE],
  ['https://www.decathlon.fr/p/whey-gold-standard-908g/_/R-p-X8735034', RULE],
  ['https://www.decathlon.fr/p/mp/corength/whey-chocolat-corength/_/R-p-336437', RULE],
  ['http://www.decathlon.fr/p/tapis-de-yoga-6mm/_/R-p-301662', RULE],
  ['https://www.decathlon.fr/p/trottinette-adulte-t7xl-noire/12329/c382c344m8377410', '/p/<slug>/<id>/c<id>m<id>'],
  ['https://www.decathlon.fr/chaussure-running-homme-run-one-id_8378285.html', '/<slug>-id_<id>.html'],
]);

otherUrls('decathlon', [
  'https://www.decathlon.fr/',
  'https://www.decathlon.fr/tous-les-sports/velo-cyclisme/velos',
  'https://www.decathlon.fr/tous-les-sports/velo-cyclisme/velos?from=40&size=40',
  'https://www.decathlon.fr/search?Ntt=tente',
  'https://www.decathlon.fr/browse/c0-tous-les-sports/c1-randonnee/_/N-1q3vpr9',
  'https://www.decathlon.fr/store-view/magasin-decathlon-lille-0070001200012',
  'https://www.decathlon.fr/p/',
  'https://www.decathlon.fr/landing/occasion/_/R-a-occasion',
  'https://www.decathlon.fr/checkout/cart',
]);
