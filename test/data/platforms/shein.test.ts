import { productUrls, otherUrls } from '../../helpers/url-table';

const RULE = '/…-p-<id>.html';
productUrls('shein', [
  ['https://us.shein.com/product-p-12345678.html', RULE],
  ['https://us.shein.com/goods-detail-p-12345678.html', RULE],
  ['https://fr.shein.com/SHEIN-Robe-a-fleurs-p-12345678-cat-1727.html', RULE],
  ['https://fr.shein.com/SHEIN-Robe-a-fleurs-p-12345678-cat-1727.html?src_identifier=fc%3DWomen', RULE],
  ['https://www.shein.com/SHEIN-Floral-Dress-p-12345678.html', RULE],
  ['https://eur.shein.com/SHEIN-Floral-Dress-p-12345678-cat-1727.html', RULE],
  ['https://m.shein.com/fr/SHEIN-Floral-Dress-p-12345678.html', RULE],
  ['http://es.shein.com/Vestido-p-12345678-cat-1727.html', RULE],
]);

otherUrls('shein', [
  'https://fr.shein.com/',
  'https://es.shein.com/Women-Clothing-c-2030.html?attr_values=Green-Elegant',
  'https://eur.shein.com/Women-Tops,-Blouses-Tee-c-1766.html',
  'https://us.shein.com/pdsearch/dress/',
  'https://br.shein.com/SHEIN-Commission-Policy-a-1420.html',
  'https://fr.shein.com/cart',
]);
