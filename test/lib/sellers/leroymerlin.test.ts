import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/leroymerlin';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for leroymerlin', () => {
  expect(SELLER_READERS['leroymerlin']).toBe(sellerReader);
});

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['leroymerlin', 'Leroy Merlin itself', '<div class="seller">Vendu et expédié par Leroy Merlin</div>', '', { kind: 'platform', name: 'Leroy Merlin' }],
    ['leroymerlin', 'a partner', '<p>Vendu et expédié par <a>Habitat et Jardin</a></p>', '', { kind: 'third-party', name: 'Habitat et Jardin' }],
  ])('%s: %s', (platform, _what, body, head, expected) => {
    expect(sellerOf(platform, page(body, head))).toEqual(expected);
  });
});
