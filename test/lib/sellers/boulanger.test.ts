import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/boulanger';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for boulanger', () => {
  expect(SELLER_READERS['boulanger']).toBe(sellerReader);
});

describe('hand-written variants: buy box first, then structured data, then the data layer', () => {
  it.each<[string, string, string, Seller]>([
    ['boulanger', 'Boulanger itself', '<div class="product-seller">Vendu et livré par Boulanger</div>', { kind: 'platform', name: 'Boulanger' }],
    ['boulanger', '« Vendeur : » label', '<div class="seller">Vendeur : Kitchen Store</div>', { kind: 'third-party', name: 'Kitchen Store' }],
  ])('%s: %s', (platform, _what, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});
