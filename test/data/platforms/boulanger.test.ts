import { productUrls, otherUrls } from '../../helpers/url-table';

productUrls('boulanger', [
  ['https://www.boulanger.com/ref/1150997', '/ref/<id>'],
  ['https://www.boulanger.com/ref/1151023', '/ref/<id>'],
  ['https://www.boulanger.com/ref/1152079', '/ref/<id>'],
  ['https://www.boulanger.com/ref/1156449', '/ref/<id>'],
  ['https://www.boulanger.com/ref/1123891', '/ref/<id>'],
  ['https://www.boulanger.com/ref/1150997?xtor=SEC-123', '/ref/<id>'],
  ['https://www.boulanger.com/ref/1150997/', '/ref/<id>'],
  ['http://www.boulanger.fr/ref/1150997', '/ref/<id>'],
]);

otherUrls('boulanger', [
  'https://www.boulanger.com/',
  'https://www.boulanger.com/c/tous-les-ordinateurs-portables',
  'https://www.boulanger.com/c/pc-portable-gamer-49965',
  'https://www.boulanger.com/c/nav-filtre/televiseur?_merchant_des~boulanger|brand~lg',
  'https://www.boulanger.com/opeco/me0325micb',
  'https://www.boulanger.com/se-connecter',
  'https://www.boulanger.com/magasins/auvergne-rhone-alpes/rhone/bron/centre-commercial-au-shopping-porte-des-alpes',
  'https://www.boulanger.com/ref/', // no id
]);
