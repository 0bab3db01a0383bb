import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/cultura';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for cultura', () => {
  expect(SELLER_READERS['cultura']).toBe(sellerReader);
});

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['cultura', 'Cultura itself', '<p>Vendu et expédié par Cultura</p>', '', { kind: 'platform', name: 'Cultura' }],
  ])('%s: %s', (platform, _what, body, head, expected) => {
    expect(sellerOf(platform, page(body, head))).toEqual(expected);
  });
});
