import { describe, expect, it } from 'vitest';
import { findSellerWatchTarget, SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/auchan';
import { savedDocument as saved } from '../../helpers/fixtures';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for auchan', () => {
  expect(SELLER_READERS['auchan']).toBe(sellerReader);
});

describe('saved product pages (2019)', () => {
  it.each<[string, string, string, Seller]>([
    // Buy box and sticky bar: « Vendu et expédié par <span class="red-txt">Auchan</span> ».
    ['auchan', 'auchan/auchan-product-1.html.gz', 'Vendu et expédié par Auchan', { kind: 'platform', name: 'Auchan' }],
    // A marketplace partner: « Vendu et expédié par <a href="/rsi-fitworld/v-404">Rsi-fitworld</a> ».
    ['auchan', 'auchan/auchan-product-2.html.gz', 'Vendu et expédié par Rsi-fitworld', { kind: 'third-party', name: 'Rsi-fitworld' }],
    ['auchan', 'auchan/auchan-product-3.html.gz', 'Vendu et expédié par Auchan', { kind: 'platform', name: 'Auchan' }],
  ])('%s %s: %s', (platform, file, _quote, expected) => {
    expect(sellerOf(platform, saved(file))).toEqual(expected);
  });
});

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['auchan', 'a private seller', '<div class="product-price--seller"><span>Vendu et expédié par <a>Marie L</a></span> <span>particulier</span></div>', '', { kind: 'private', name: 'Marie L', trader: 'private' }],
  ])('%s: %s', (platform, _what, body, head, expected) => {
    expect(sellerOf(platform, page(body, head))).toEqual(expected);
  });
});

describe('malformed or hostile input gives an unknown seller, never an exception', () => {
  it.each<[string, string, string]>([
    ['auchan', 'an empty buy box', '<div class="product-price--seller"><span>Vendu et expédié par</span></div>'],
  ])('%s: %s', (platform, _what, html) => {
    expect(sellerOf(platform, page(html))).toEqual({ kind: 'unknown' });
  });
});

describe('the block the card watches for a change of offer', () => {
  it.each([
    ['auchan/auchan-product-1.html.gz', '.product-price--seller'],
    ['auchan/auchan-product-2.html.gz', '.product-price--seller'],
  ])('%s: %s', (file, selector) => {
    expect(findSellerWatchTarget('auchan', saved(file))?.matches(selector)).toBe(true);
  });
});
