import { productUrls, otherUrls } from '../../helpers/url-table';

productUrls('aliexpress', [
  ['https://www.aliexpress.com/item/32993251330.html', '/item/<id>.html'],
  ['https://he.aliexpress.com/item/32993251330.html', '/item/<id>.html'],
  ['https://es.aliexpress.com/item/32993251330.html?spm=a2g0o.productlist.0.0', '/item/<id>.html'],
  ['https://fr.aliexpress.com/item/1005006123456789.html', '/item/<id>.html'],
  ['https://m.aliexpress.com/item/1005006123456789.html', '/item/<id>.html'],
  ['http://www.aliexpress.com/item/Original-Apple-iPhone-SE/32993251330.html', '/item/<id>.html'],
  ['https://m.aliexpress.com/i/32993251330.html', '/i/<id>.html'],
  ['https://www.aliexpress.com/store/product/Original-Xiaomi-Power-Bank/1234567_32812345678.html', '/store/product/…_<id>.html'],
]);

otherUrls('aliexpress', [
  'https://www.aliexpress.com/',
  'https://es.aliexpress.com/w/wholesale-camisa-para-hombre.html',
  'https://fr.aliexpress.com/w/wholesale-oreiller-papillon-cervical.html',
  'https://www.aliexpress.com/wholesale?SearchText=phone',
  'https://he.aliexpress.com/store/1234567',
  'https://he.aliexpress.com/store/top-rated-products/1234567.html',
  'https://he.aliexpress.com/price/k14_price.html',
  'https://he.aliexpress.com/promotion/promotion_gs3-promotion.html',
  'https://he.aliexpress.com/category/100003109/women-clothing.html',
  'https://www.aliexpress.com/item/', // no id
]);
