import { productUrls, otherUrls } from '../../helpers/url-table';

const RULE = '/items/<id>';
productUrls('vinted', [
  ['https://www.vinted.fr/items/8860166901', RULE],
  ['https://www.vinted.fr/items/8860166901-robe-zara', RULE],
  ['https://www.vinted.fr/items/8860166901-robe-zara?referrer=catalog', RULE],
  ['https://www.vinted.fr/items/8860166901-robe-zara/', RULE],
  ['https://www.vinted.fr/items/4123456789-jean-levis-501-w32', RULE],
  ['http://www.vinted.fr/items/4123456789', RULE],
  ['https://www.vinted.fr/items/123-x#photos', RULE],
  ['https://vinted.fr/items/8860166901-robe-zara', RULE],
]);

otherUrls('vinted', [
  'https://www.vinted.fr/',
  'https://www.vinted.fr/catalog?search_text=jean&order=newest_first&page=1',
  'https://www.vinted.fr/catalog?brand_ids[]=53',
  'https://www.vinted.fr/member/12481249-adleysalabi',
  'https://www.vinted.fr/items/new', // the listing-creation form
  'https://www.vinted.fr/items/8860166901/edit', // the seller's own tools
  'https://www.vinted.fr/transaction/buy/new?source_screen=item&transaction%5Bitem_id%5D=8860166901',
]);
