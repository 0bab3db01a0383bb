import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/castorama';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for castorama', () => {
  expect(SELLER_READERS['castorama']).toBe(sellerReader);
});

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['castorama', 'Castorama itself', '<p>Vendu et expédié par Castorama</p>', '', { kind: 'platform', name: 'Castorama' }],
    ['castorama', 'a partner', '<div class="vendor">Vendu et expédié par Bricoshop</div>', '', { kind: 'third-party', name: 'Bricoshop' }],
  ])('%s: %s', (platform, _what, body, head, expected) => {
    expect(sellerOf(platform, page(body, head))).toEqual(expected);
  });
});
