import { otherUrls, productUrls } from '../../helpers/url-table';

// Shapes seen in public scrapers and price trackers (data/platforms/leroymerlin.ts says where).
const RULE = '/produits/…/<slug>-<ref>.html';
productUrls('leroymerlin', [
  ['https://www.leroymerlin.fr/produits/climatiseur-split-mobile-reversible-portasplit-midea-par-optimea-93857579.html', RULE],
  ['https://www.leroymerlin.fr/produits/natte-de-desolidarisation-et-etancheite-schluter-ditra-5ml-88151830.html', RULE],
  ['https://www.leroymerlin.fr/produits/boulon-lame-tondeuse-electrique-honda-et-ggp-82876154.html', RULE],
  ['https://www.leroymerlin.fr/produits/tondeuse-honda-izy-46-89725431.html', RULE],
  ['https://www.leroymerlin.fr/produits/tondeuse-batterie-honda-90011223.html?src=clk', RULE],
  ['https://www.leroymerlin.fr/produits/outillage/outillage-electroportatif/visseuse/perceuse-visseuse-sans-fil-bosch-18-v-82295912.html', RULE],
  ['http://www.leroymerlin.fr/produits/tondeuse-electrique-honda-82876154.html#avis', RULE],
  ['https://m.leroymerlin.fr/produits/tondeuse-electrique-honda-82876154.html', RULE],
  ['https://www.leroymerlin.fr/produits/peinture-mur-boiserie-et-radiateur-%C3%A9cru-satin-2-5-l-1234567.html', RULE],
  ['https://www.leroymerlin.fr/v3/p/produits/carrelage-sol-et-mur-effet-bois-gris-l-20-x-l-120-cm-artens-oak-e1401493960', '/v3/p/produits/<slug>-e<ref>'],
]);

otherUrls('leroymerlin', [
  'https://www.leroymerlin.fr/',
  'https://www.leroymerlin.fr/produits/',
  'https://www.leroymerlin.fr/produits/terrasse-jardin/abri-garage-rangement/carport/',
  'https://www.leroymerlin.fr/produits/terrasse-jardin/outils-motorises-jardin/tondeuse-a-gazon/tondeuse-thermique/',
  'https://www.leroymerlin.fr/produits/jardin/mobilier-de-jardin/',
  'https://www.leroymerlin.fr/produits/climatiseur-portable.html',
  'https://www.leroymerlin.fr/recherche/perceuse',
  'https://www.leroymerlin.fr/resultats/?q=perceuse',
  'https://www.leroymerlin.fr/magasins/lille.html',
  'https://www.leroymerlin.fr/services/location-de-materiel.html',
  'https://www.leroymerlin.fr/idees-et-conseils/comment-choisir-sa-tondeuse.html',
  'https://www.leroymerlin.fr/panier',
]);
