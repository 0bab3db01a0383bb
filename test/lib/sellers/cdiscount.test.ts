import { describe, expect, it } from 'vitest';
import { findSellerWatchTarget, SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/cdiscount';
import { savedDocument as saved } from '../../helpers/fixtures';
import { ld, page } from '../../helpers/seller-pages';

it('is the reader the card finds for cdiscount', () => {
  expect(SELLER_READERS['cdiscount']).toBe(sellerReader);
});

describe('hand-written snippets', () => {
  it.each<[string, string, Seller]>([
    ['cdiscount', '<div class="offer"><p>Vendu et expédié par <strong>Cdiscount</strong></p></div>', { kind: 'platform', name: 'Cdiscount' }],
    ['cdiscount', '<p>Vendu par <a href="/mpv-123">TechnoShop</a> et expédié par Cdiscount</p>', { kind: 'third-party', name: 'TechnoShop' }],
    ['cdiscount', '<div><span>Vendu et expédié par</span> <a href="/v">Maison &amp; Jardin SAS</a></div>', { kind: 'third-party', name: 'Maison & Jardin SAS' }],
    // A review that mentions a seller does not start with the label.
    ['cdiscount', '<div class="review">Très bon produit, vendu par un vendeur sérieux et bien emballé.</div>', { kind: 'unknown' }],
    // A long paragraph starting with the label is prose, not a seller line.
    ['cdiscount', `<p>Vendu par lots de deux, ${'ce produit est idéal pour toute la famille, '.repeat(6)}</p>`, { kind: 'unknown' }],
    ['cdiscount', '<p>Expédié par Cdiscount</p>', { kind: 'unknown' }],
  ])('%s: %s', (platform, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});

describe('saved product pages (2019)', () => {
  it.each<[string, string, string, Seller]>([
    // Buy box: « Vendu et expédié par Cdiscount » (#fpSellBy).
    ['cdiscount', 'cdiscount/cdiscount-product-2.html.gz', 'Vendu et expédié par Cdiscount', { kind: 'platform', name: 'Cdiscount' }],
    // Buy box: « Vendu par idigital », and in its seller card « idigital - Vendeur pro sélectionné par Cdiscount ».
    ['cdiscount', 'cdiscount/cdiscount-product-4.html.gz', 'Vendu par idigital … Vendeur pro sélectionné', { kind: 'third-party', name: 'idigital', trader: 'professional' }],
  ])('%s %s: %s', (platform, file, _quote, expected) => {
    expect(sellerOf(platform, saved(file))).toEqual(expected);
  });
});

describe('hand-written variants: buy box first, then structured data, then the data layer', () => {
  it.each<[string, string, string, Seller]>([
    // Cdiscount, later layouts: the wording in a seller block, a pro badge beside it.
    ['cdiscount', 'seller block with a pro badge', '<div class="seller-info">Vendu par <a>Boutique Ouest</a> <span>Vendeur professionnel</span></div>', { kind: 'third-party', name: 'Boutique Ouest', trader: 'professional' }],
    ['cdiscount', 'private seller (occasion)', '<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">jeanne76</a> (particulier)</div></div>', { kind: 'private', name: 'jeanne76', trader: 'private' }],
    // Issue 25, item 7: the platforms' own companies, as legal notices name them, are the platform.
    ['cdiscount', 'Cdiscount’s company', '<div id="fpSellBy"><div>Vendu et expédié par Cdiscount SA</div></div>', { kind: 'platform', name: 'Cdiscount SA' }],
    ['cdiscount', 'a shop whose name starts like the platform’s', '<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">Cdiscount Shop Pro</a></div></div>', { kind: 'third-party', name: 'Cdiscount Shop Pro' }],
  ])('%s: %s', (platform, _what, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});

describe('bad input: unknown, never an exception', () => {
  it.each<[string, string, string]>([
    ['cdiscount', 'malformed JSON-LD', `${ld('{"@type":"Product","offers":{"seller":{"name":"X"},}')}`],
    ['cdiscount', 'a seller block with only an icon', '<div id="fpSellBy"><div>Vendu par <img alt="Cdiscount" src="x.png"></div></div>'],
    ['cdiscount', 'a review quoting the wording', '<div class="review">Très bon produit, vendu par Cdiscount et bien emballé.</div>'],
  ])('%s: %s', (platform, _what, html) => {
    expect(sellerOf(platform, page(html.startsWith('<script type') ? '' : html, html.startsWith('<script type') ? html : ''))).toEqual({ kind: 'unknown' });
  });
});

describe('the block the card watches for a change of offer', () => {
  it.each([
    ['cdiscount/cdiscount-product-2.html.gz', '#fpSellBy'],
    ['cdiscount/cdiscount-product-4.html.gz', '#fpSellBy'],
  ])('%s: %s', (file, selector) => {
    expect(findSellerWatchTarget('cdiscount', saved(file))?.matches(selector)).toBe(true);
  });
});
