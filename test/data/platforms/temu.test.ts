import { productUrls, otherUrls } from '../../helpers/url-table';

productUrls('temu', [
  ['https://www.temu.com/fr/bague-equerre-g-606271004607882.html', '/…-g-<id>.html'],
  ['https://www.temu.com/fr/some-product-g-601099512345678.html?x=1', '/…-g-<id>.html'],
  ['https://www.temu.com/bague-equerre-g-606271004607882.html', '/…-g-<id>.html'],
  ['https://www.temu.com/fr-en/bague-equerre-g-606271004607882.html', '/…-g-<id>.html'],
  ['https://www.temu.com/fr/bague-equerre-g-606271004607882.html?_oak_mp_inf=abc&top_gallery_url=x', '/…-g-<id>.html'],
  ['http://www.temu.com/uk/bague-equerre-g-606271004607882.html', '/…-g-<id>.html'],
  ['https://www.temu.com/fr/goods.html?goods_id=606271004607882', '/goods.html?goods_id=<id>'],
  ['https://www.temu.com/goods.html?_bg_fs=1&goods_id=601099512345678', '/goods.html?goods_id=<id>'],
]);

otherUrls('temu', [
  'https://www.temu.com/',
  'https://www.temu.com/fr',
  'https://www.temu.com/fr/search_result.html?search_key=oreiller%20cervical%20papillon',
  'https://www.temu.com/search_result.html?search_key=lampe',
  'https://www.temu.com/fr/c/kitchen-tools-668.html',
  'https://www.temu.com/fr/kuiper/n9.html?subj=googleshopping-landingpage',
  'https://www.temu.com/fr/goods.html', // no goods_id
]);
