import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/maisonsdumonde';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for maisonsdumonde', () => {
  expect(SELLER_READERS['maisonsdumonde']).toBe(sellerReader);
});

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['maisonsdumonde', 'a partner', '<p>Vendu et expédié par Atelier Nordique</p>', '', { kind: 'third-party', name: 'Atelier Nordique' }],
    ['maisonsdumonde', 'Maisons du Monde itself', '<p>Vendu par Maisons du Monde</p>', '', { kind: 'platform', name: 'Maisons du Monde' }],
  ])('%s: %s', (platform, _what, body, head, expected) => {
    expect(sellerOf(platform, page(body, head))).toEqual(expected);
  });
});
