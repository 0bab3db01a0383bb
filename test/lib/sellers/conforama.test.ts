import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/conforama';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for conforama', () => {
  expect(SELLER_READERS['conforama']).toBe(sellerReader);
});

describe('hand-written variants: buy box first, then structured data, then the data layer', () => {
  it.each<[string, string, string, Seller]>([
    ['conforama', 'Conforama itself', '<div class="seller">Vendu et livré par Conforama</div>', { kind: 'platform', name: 'Conforama' }],
    ['conforama', 'marketplace seller', '<p>Vendu par Meubles &amp; Co</p>', { kind: 'third-party', name: 'Meubles & Co' }],
  ])('%s: %s', (platform, _what, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});
