import { productUrls, otherUrls } from '../../helpers/url-table';

productUrls('ebay', [
  ['https://www.ebay.fr/itm/265930375786', '/itm/<id>'],
  ['https://www.ebay.com/itm/265930375786?hash=item3deaf7b86a', '/itm/<id>'],
  ['https://www.ebay.fr/itm/Aloka-SSD-500-Echographe-/221690345989', '/itm/<id>'],
  ['http://www.ebay.com/itm/Outdoor-Wicker-Patio-Furniture-Sofa-3-Seater-Luxury-Comfort-Brown-Wicker-Couch-/381228738769', '/itm/<id>'],
  ['https://www.ebay.co.uk/itm/Webbing-Shetland-Harness/143863282131', '/itm/<id>'],
  ['https://www.ebay.co.uk/itm/Pony-Cart-Harness-Fit-Up-To-10-11-Hh-Used-With-Shetland-Pony-Small-Donkey-/143863282131', '/itm/<id>'],
  ['https://www.ebay.de/itm/265930375786/', '/itm/<id>'],
  ['https://www.ebay.com/p/best-choiceproducts-outdoor-wicker-patio-furniture-sofa-3-seater-luxury-comfort/1234567890', '/p/<id>'],
  ['https://www.ebay.de/p/19045658282?iid=315054578712#UserReviews', '/p/<id>'],
  ['https://m.ebay.fr/itm/265930375786', '/itm/<id>'],
]);

otherUrls('ebay', [
  'https://www.ebay.fr/',
  'https://www.ebay.de/sch/i.html?_from=R40&_nkw=apple&_sacat=0&rt=nc',
  'https://www.ebay.fr/sch/i.html?_nkw=velo',
  'https://www.ebay.com/b/Cell-Phones-Smartphones/9355/bn_320094',
  'https://www.ebay.co.uk/str/ClipClopThriftShop',
  'https://www.ebay.com/usr/some_seller',
  'https://www.ebay.de/myb/WatchListAdd?item=315054578712',
  'https://www.ebay.de/deals',
  'https://www.ebay.fr/itm/', // no item id
  'https://pages.ebay.com/help/index.html',
]);
