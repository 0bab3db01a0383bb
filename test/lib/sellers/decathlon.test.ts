import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/decathlon';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for decathlon', () => {
  expect(SELLER_READERS['decathlon']).toBe(sellerReader);
});

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['decathlon', 'Decathlon itself', '<p>Vendu et expédié par Decathlon</p>', '', { kind: 'platform', name: 'Decathlon' }],
    ['decathlon', 'a partner, professional', '<div class="seller-name">Vendu par <a>Corength Store</a> (vendeur professionnel)</div>', '', { kind: 'third-party', name: 'Corength Store', trader: 'professional' }],
  ])('%s: %s', (platform, _what, body, head, expected) => {
    expect(sellerOf(platform, page(body, head))).toEqual(expected);
  });
});

describe('malformed or hostile input gives an unknown seller, never an exception', () => {
  it.each<[string, string, string]>([
    ['decathlon', 'two different sellers named in two buy boxes', '<div class="seller">Vendu par A</div><div class="seller">Vendu par B</div>'],
  ])('%s: %s', (platform, _what, html) => {
    expect(sellerOf(platform, page(html))).toEqual({ kind: 'unknown' });
  });
});
