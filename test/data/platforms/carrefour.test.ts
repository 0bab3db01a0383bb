import { otherUrls, productUrls } from '../../helpers/url-table';

// Shapes seen in public code (data/platforms/carrefour.ts says where). Groceries and marketplace
// items share /p/: both get the badge, the card then says who sells (README, « Groceries »).
const RULE = '/p/<slug>-<id>';
productUrls('carrefour', [
  ['https://www.carrefour.fr/p/lait-demi-ecreme-uht-vitamine-d-lactel-3252210390014', RULE],
  ['https://www.carrefour.fr/p/rasoir-intime-oneblade-philips-8720689037846', RULE],
  ['https://www.carrefour.fr/p/kiwi-bio-jaune-sungold-3523680428430?t=1883', RULE],
  ['https://www.carrefour.fr/p/abricots-du-languedoc-reflets-de-france-3276555385726', RULE],
  ['https://www.carrefour.fr/p/gateau-flan-coco-3523680276581', RULE],
  ['https://www.carrefour.fr/p/poudre-whey-protein-vanille-isostar-3175681247161', RULE],
  ['https://www.carrefour.fr/p/riz-basmati-long-carrefour-extra-3560070837984', RULE],
  ['https://www.carrefour.fr/p/lait-demi-ecreme-demi-ecreme-carrefour-classic-3276554163158', RULE],
  ['https://www.carrefour.fr/p/x-3276554163158', RULE],
  ['http://www.carrefour.fr/p/gateau-flan-coco-3523680276581/', RULE],
]);

otherUrls('carrefour', [
  'https://www.carrefour.fr/',
  'https://www.carrefour.fr/s?q=lait',
  'https://www.carrefour.fr/r/fruits-et-legumes',
  'https://www.carrefour.fr/r/cremerie/lait-boissons-lactees',
  'https://www.carrefour.fr/magasin/market-paris-rue-de-rivoli',
  'https://www.carrefour.fr/magasins',
  'https://www.carrefour.fr/services/carburant',
  'https://www.carrefour.fr/recettes/gateau-au-chocolat',
  'https://www.carrefour.fr/promotions',
  'https://www.carrefour.fr/mon-panier',
  'https://www.carrefour.fr/p/',
  'https://voyages.carrefour.fr/sejours',
]);
