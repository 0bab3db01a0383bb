import { otherUrls, productUrls } from '../../helpers/url-table';

// Shapes of the saved pages (test/fixtures/zalando).
const RULE = '/<slug>-<sku>.html';
productUrls('zalando', [
  ['https://www.zalando.fr/fila-ray-baskets-basses-1fi11a00y-a14.html', RULE],
  ['https://www.zalando.fr/pier-one-sweatshirt-mid-grey-melange-pi922sa09-c12.html', RULE],
  ['https://www.zalando.fr/lauren-ralph-lauren-dariana-robe-de-cocktail-whisper-blue-l4221c0qs-k11.html', RULE],
  ['https://www.zalando.fr/nike-sportswear-air-force-1-baskets-basses-ni112o0bx-a11.html', RULE],
  ['https://www.zalando.fr/fila-ray-baskets-basses-1fi11a00y-a14.html?size=40', RULE],
  ['http://www.zalando.fr/fila-ray-baskets-basses-1fi11a00y-a14.html', RULE],
  ['https://www.zalando.fr/1fi11a00y-a14.html', RULE],
  ['https://www.zalando.fr/pier-one-sweat-%C3%A0-capuche-pi922sa09-c12.html', RULE],
  ['https://en.zalando.fr/fila-ray-trainers-1fi11a00y-a14.html', RULE],
]);

otherUrls('zalando', [
  'https://www.zalando.fr/',
  'https://www.zalando.fr/chaussures-homme/',
  'https://www.zalando.fr/femme-home/',
  'https://www.zalando.fr/catalogue/?q=baskets',
  'https://www.zalando.fr/fila/',
  'https://www.zalando.fr/zalando-cgv/',
  'https://www.zalando.fr/myaccount/',
  'https://www.zalando.fr/cart/',
]);
