import { otherUrls, productUrls } from '../../helpers/url-table';

// Shapes seen in public code (data/platforms/leclerc.ts says where).
const RULE = '/fp/<slug>-<EAN>';
productUrls('leclerc', [
  ['https://www.e.leclerc/fp/smartphone-apple-iphone-15-pro-max-256gb-noir-titanium-0195949048258', RULE],
  ['https://www.e.leclerc/fp/poele-a-bois-alessia-14-buches-55cm-acier-3760366603266', RULE],
  ['https://www.e.leclerc/fp/console-nintendo-switch-2-edition-40e-anniversaire-de-the-legend-of-zelda-nintendo-switch-2-0045496337292', RULE],
  ['https://www.e.leclerc/fp/paire-de-manettes-joy-con-2-gauche-bleu-droite-jaune-clair-nintendo-switch-2-nintendo-switch-2-0045496321857', RULE],
  ['https://www.e.leclerc/fp/lait-pasteurise-demi-ecreme-en-bouteille-1-l-delisse-3564700611630', RULE],
  ['https://www.e.leclerc/fp/moulinex-cookeo-multicuiseur-6l-180-recettes-extra-crisp-3045387296124?et_keyword=&et_device=m&utm_source=google', RULE],
  ['https://www.e.leclerc/fp/9782130624813', RULE],
  ['http://www.e.leclerc/fp/9782130624813', RULE],
]);

otherUrls('leclerc', [
  'https://www.e.leclerc/',
  'https://www.e.leclerc/recherche?q=pokemon%20dresseur',
  'https://www.e.leclerc/cat/jeux-video-ps5',
  'https://www.e.leclerc/mag/e-leclerc-paris',
  'https://www.e.leclerc/fp/',
  'https://www.e.leclerc/espace-client',
]);
