import { otherUrls, productUrls } from '../../helpers/url-table';

// Shapes seen in public code (data/platforms/castorama.ts says where).
const RULE = '/…/<id>_CAFR.prd';
productUrls('castorama', [
  ['https://www.castorama.fr/climatiseur-portasplit-midea-reversible-3500w/8431312260509_CAFR.prd', RULE],
  ['https://www.castorama.fr/carrelage-sol-et-mur-interieur-gres-cerame-emaille-effet-beton-gris-malt-60-x-60-cm-ep-8-mm/3663602812080_CAFR.prd', RULE],
  ['https://www.castorama.fr/x/8431312260509_CAFR.prd', RULE],
  ['https://www.castorama.fr/x/4892210172709_CAFR.prd', RULE],
  ['https://www.castorama.fr/mkp/tondeuse-thermique-ryobi/4892210822604_CAFR.prd', RULE],
  ['https://www.castorama.fr/barbecue-weber-xyz_CAFR.prd', RULE],
  ['https://www.castorama.fr/climatiseur-portasplit-midea-reversible-3500w/8431312260509_CAFR.prd?storeId=1234', RULE],
  ['http://www.castorama.fr/store/Lot-de-2-charnieres-universelles-nylon-noir-40-mm-prod6070118.html', '/store/<slug>-prod<id>.html'],
]);

otherUrls('castorama', [
  'https://www.castorama.fr/',
  'https://www.castorama.fr/jardin-et-terrasse/barbecue/cat_id_123.cat',
  'https://www.castorama.fr/search?term=8431312260509',
  'https://www.castorama.fr/search?query=parpaing+20x20x50',
  'https://www.castorama.fr/vb/tondeuse-honda',
  'https://www.castorama.fr/magasin/castorama-lille',
  'https://communaute-sav.castorama.fr/category/TONDEUSE/2810',
]);
