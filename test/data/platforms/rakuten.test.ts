import { productUrls, otherUrls } from '../../helpers/url-table';

productUrls('rakuten', [
  ['https://fr.shopping.rakuten.com/mfp/12362131/apple-iphone-16?pid=13159484162', '/mfp/<id>'],
  ['https://fr.shopping.rakuten.com/mfp/12362131/apple-iphone-16', '/mfp/<id>'],
  ['https://fr.shopping.rakuten.com/mfp/shop/7654321/apple-iphone-16?pid=13159484162', '/mfp/<id>'],
  ['https://fr.shopping.rakuten.com/offer/buy/12389188525/', '/offer/buy/<id>'],
  ['https://fr.shopping.rakuten.com/offer/buy/1615402569/casquette-mario-enfant-taille-unique.html', '/offer/buy/<id>'],
  ['http://fr.shopping.rakuten.com/offer/buy/1615402569', '/offer/buy/<id>'],
  ['https://www.priceminister.com/mfp/2003443/le-seigneur-des-anneaux', '/mfp/<id>'],
  ['https://www.priceminister.com/offer/buy/1615402569/casquette.html', '/offer/buy/<id>'],
]);

otherUrls('rakuten', [
  'https://fr.shopping.rakuten.com/',
  'https://fr.shopping.rakuten.com/search/drone',
  'https://fr.shopping.rakuten.com/search/drone#pa=1',
  'https://fr.shopping.rakuten.com/photo/4075345048_ML_NOPAD.jpg',
  'https://fr.shopping.rakuten.com/mfp/', // no id
  'https://www.priceminister.com/',
]);
