import { otherUrls, productUrls } from '../../helpers/url-table';

// Shapes seen in public code (data/platforms/cultura.ts says where).
const RULE = '/p-<slug>-<id>.html';
productUrls('cultura', [
  ['https://www.cultura.com/p-la-doublure-9782253244585.html', RULE],
  ['https://www.cultura.com/p-bundle-6-boosters-evolutions-primastiques-pokemon-11841902.html', RULE],
  ['https://www.cultura.com/p-booster-one-piece-op16-l-heure-de-la-bataille-decisive-13080126.html', RULE],
  ['https://www.cultura.com/p-pokemon-coffret-dresseur-d-elite-collection-prismatique-10-0194735603494.html', RULE],
  ['https://www.cultura.com/p-mini-tin-pokemon-mega-heroisme-modeles-aleatoires-vendu-a-l-unite-12369064.html', RULE],
  ['https://www.cultura.com/p-la-doublure-9782253244585.html?gclid=abc', RULE],
  ['http://www.cultura.com/p-la-doublure-9782253244585.html', RULE],
  ['https://www.cultura.com/p-13045094.html', RULE],
]);

otherUrls('cultura', [
  'https://www.cultura.com/',
  'https://eresa.cultura.com/',
  'https://eresa.cultura.com/magasins',
  'https://www.cultura.com/search/results?search_query=pokemon',
  'https://www.cultura.com/univers/livre.html',
]);
