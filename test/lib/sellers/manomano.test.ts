import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/manomano';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for manomano', () => {
  expect(SELLER_READERS['manomano']).toBe(sellerReader);
});

describe('hand-written snippets', () => {
  it.each<[string, string, Seller]>([
    ['manomano', '<div>Vendu par <span>Outils Pro 44</span></div>', { kind: 'third-party', name: 'Outils Pro 44' }],
    ['manomano', '<p>Livraison offerte</p>', { kind: 'unknown' }],
  ])('%s: %s', (platform, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});

describe('hand-written variants: buy box first, then structured data, then the data layer', () => {
  it.each<[string, string, string, Seller]>([
    ['manomano', 'marketplace seller', '<div data-testid="seller">Vendu par <span>Outils Pro 44</span></div>', { kind: 'third-party', name: 'Outils Pro 44' }],
  ])('%s: %s', (platform, _what, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});
