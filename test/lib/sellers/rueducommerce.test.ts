import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/rueducommerce';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for rueducommerce', () => {
  expect(SELLER_READERS['rueducommerce']).toBe(sellerReader);
});

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['rueducommerce', 'a partner', '<p>Vendu par <a>Top Achat Pro</a></p>', '', { kind: 'third-party', name: 'Top Achat Pro' }],
    ['rueducommerce', 'Rue du Commerce itself', '<p>Vendu et expédié par Rue du Commerce</p>', '', { kind: 'platform', name: 'Rue du Commerce' }],
  ])('%s: %s', (platform, _what, body, head, expected) => {
    expect(sellerOf(platform, page(body, head))).toEqual(expected);
  });
});
