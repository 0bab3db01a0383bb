import { describe, expect, it } from 'vitest';
import { findSellerWatchTarget, SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/laredoute';
import { savedDocument as saved } from '../../helpers/fixtures';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for laredoute', () => {
  expect(SELLER_READERS['laredoute']).toBe(sellerReader);
});

describe('saved product pages (2019)', () => {
  it.each<[string, string, string, Seller]>([
    // « Vendu et expédié par : La Redoute ».
    ['laredoute', 'laredoute/laredoute-product-1.html.gz', 'Vendu et expédié par : La Redoute', { kind: 'platform', name: 'La Redoute' }],
    // « Vendu et expédié par : 1001 Kdo (301 avis) »; JSON-LD seller « 1001 Kdo ».
    ['laredoute', 'laredoute/laredoute-product-3.html.gz', 'Vendu et expédié par : 1001 Kdo', { kind: 'third-party', name: '1001 Kdo' }],
  ])('%s %s: %s', (platform, file, _quote, expected) => {
    expect(sellerOf(platform, saved(file))).toEqual(expected);
  });
});

describe('hand-written variants: buy box first, then structured data, then the data layer', () => {
  it.each<[string, string, string, Seller]>([
    ['laredoute', 'label and name in two blocks', '<div class="vendor-name-content"><div class="label-vendor">Vendu et expédié par :</div><div class="name-vendor"><a>Maison Lumière</a></div></div>', { kind: 'third-party', name: 'Maison Lumière' }],
  ])('%s: %s', (platform, _what, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});

describe('bad input: unknown, never an exception', () => {
  it.each<[string, string, string]>([
    ['laredoute', 'a label with nothing after it', '<div class="vendor-name-content"><div class="label-vendor">Vendu et expédié par :</div><div class="name-vendor"></div></div>'],
  ])('%s: %s', (platform, _what, html) => {
    expect(sellerOf(platform, page(html.startsWith('<script type') ? '' : html, html.startsWith('<script type') ? html : ''))).toEqual({ kind: 'unknown' });
  });
});

describe('the block the card watches for a change of offer', () => {
  it.each([
    ['laredoute/laredoute-product-1.html.gz', '.vendor-name-content'],
    ['laredoute/laredoute-product-3.html.gz', '.vendor-name-content'],
  ])('%s: %s', (file, selector) => {
    expect(findSellerWatchTarget('laredoute', saved(file))?.matches(selector)).toBe(true);
  });
});
