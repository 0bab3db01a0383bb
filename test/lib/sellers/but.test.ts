import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/but';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for but', () => {
  expect(SELLER_READERS['but']).toBe(sellerReader);
});

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['but', 'But itself', '<p>Vendu par BUT</p>', '', { kind: 'platform', name: 'BUT' }],
  ])('%s: %s', (platform, _what, body, head, expected) => {
    expect(sellerOf(platform, page(body, head))).toEqual(expected);
  });
});
