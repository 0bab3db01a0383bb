import { productUrls, otherUrls } from '../../helpers/url-table';

const RULE = '/…/f-<id>-<sku>.html';
productUrls('cdiscount', [
  ['https://www.cdiscount.com/informatique/ordinateurs-pc-portables/pc-portable-hp-15-fc0071nf-windows-11-15-6-fh/f-1070992-hp15fc0071nf.html', RULE],
  ['https://www.cdiscount.com/informatique/ordinateurs-pc-portables/pc-portable-hp-15-fc0071nf-windows-11-15-6-fh/f-1070992-hp15fc0071nf.html?idOffre=2491235745#cm_sp=VI:6041073:3', RULE],
  ['https://www.cdiscount.com/f-0-hp15fc0071nf.html', RULE],
  ['https://www.cdiscount.com/jeux-pc-video-console/ps5/manette-sans-fil-dualsense-noire/f-1035028-ps5dsblackv2.html', RULE],
  ['https://www.cdiscount.com/bijouterie/bracelets/bracelet-de-luxe-en-pierre-naturelle/f-1650601-auc7910131349110.html', RULE],
  ['https://www.cdiscount.com/maison/f-1170213-auc2009876543210.html', RULE],
  ['http://www.cdiscount.com/f-0-ps5dsblackv2.html', RULE],
  ['https://m.cdiscount.com/f-1070992-hp15fc0071nf.html', RULE],
]);

otherUrls('cdiscount', [
  'https://www.cdiscount.com/',
  'https://www.cdiscount.com/search/10/aspirateur.html',
  'https://www.cdiscount.com/jeux-pc-video-console/v-103-0.html',
  'https://www.cdiscount.com/bons-plans.html',
  'https://www.cdiscount.com/informatique/ordinateurs-pc-portables/l-1070992.html',
  'https://www.cdiscount.com/pdt2/1/1/0/1/700x700/auc7910131349110/rw/bracelet-de-luxe.jpg',
]);
