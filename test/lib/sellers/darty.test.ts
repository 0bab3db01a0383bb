import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/darty';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for darty', () => {
  expect(SELLER_READERS['darty']).toBe(sellerReader);
});

describe('hand-written snippets', () => {
  it.each<[string, string, Seller]>([
    ['darty', '<p>Vendu et expédié par Darty</p>', { kind: 'platform', name: 'Darty' }],
    ['darty', '<p>Vendu par ElectroPlus et expédié par ElectroPlus</p>', { kind: 'third-party', name: 'ElectroPlus' }],
  ])('%s: %s', (platform, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});

describe('hand-written variants: buy box first, then structured data, then the data layer', () => {
  it.each<[string, string, string, Seller]>([
    ['darty', 'Darty itself', '<div class="product_seller"><p>Vendu et expédié par Darty</p></div>', { kind: 'platform', name: 'Darty' }],
    ['darty', 'marketplace seller, shipped by Darty', '<p>Vendu par ElectroPlus et expédié par Darty</p>', { kind: 'third-party', name: 'ElectroPlus' }],
    ['darty', 'Darty’s company', '<div class="product_seller"><p>Vendu par Établissements Darty &amp; Fils</p></div>', { kind: 'platform', name: 'Établissements Darty & Fils' }],
    ['darty', 'the group’s e-commerce company', '<div class="product_seller"><p>Vendu par Fnac Darty Participations et Services</p></div>', { kind: 'platform', name: 'Fnac Darty Participations et Services' }],
  ])('%s: %s', (platform, _what, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});

describe('names of the other platforms of the group', () => {
  it('Fnac is the platform on fnac.com, but a third party on Darty (each names only itself)', () => {
    expect(sellerOf('darty', page('<p>Vendu et expédié par Fnac</p>'))).toEqual({ kind: 'third-party', name: 'Fnac' });
  });
});
