import { describe, expect, it } from 'vitest';
import { findSellerWatchTarget, SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/fnac';
import { savedDocument as saved } from '../../helpers/fixtures';
import { ld, page, product } from '../../helpers/seller-pages';

it('is the reader the card finds for fnac', () => {
  expect(SELLER_READERS['fnac']).toBe(sellerReader);
});

describe('hand-written snippets', () => {
  it.each<[string, string, Seller]>([
    ['fnac', '<div class="buy"><span>Vendu et expédié par Fnac</span></div>', { kind: 'platform', name: 'Fnac' }],
    ['fnac', '<div><p>Vendu par : <b>Librairie du Port</b></p></div>', { kind: 'third-party', name: 'Librairie du Port' }],
    // The same seller said twice (buy box and sticky bar) is still one seller.
    ['fnac', '<p>Vendu par Fnac</p><footer><p>Vendu et expédié par Fnac</p></footer>', { kind: 'platform', name: 'Fnac' }],
    // Two different sellers (the featured offer and "autres offres"): we cannot tell which is in view.
    ['fnac', '<p>Vendu par Fnac</p><ul><li>Vendu par Occaz Pro</li></ul>', { kind: 'unknown' }],
    // Script text is not page text.
    ['fnac', '<script>var t = "Vendu par Faux Vendeur";</script>', { kind: 'unknown' }],
  ])('%s: %s', (platform, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});

describe('saved product pages (2019)', () => {
  it.each<[string, string, string, Seller]>([
    // Fnac's own offer: no seller line; JSON-LD offers.seller.name « FNAC.COM ».
    ['fnac', 'fnac/fnac-product-1.html.gz', 'JSON-LD "seller":{"name":"FNAC.COM"}', { kind: 'platform', name: 'FNAC.COM' }],
    // Marketplace offer: seller card « LaBoutiqueDuNet (13139 ventes) »; JSON-LD agrees.
    ['fnac', 'fnac/fnac-product-4.html.gz', 'f-shopBox-MPInfoSellerTitle « LaBoutiqueDuNet »', { kind: 'third-party', name: 'LaBoutiqueDuNet' }],
  ])('%s %s: %s', (platform, file, _quote, expected) => {
    expect(sellerOf(platform, saved(file))).toEqual(expected);
  });
});

describe('hand-written variants: buy box first, then structured data, then the data layer', () => {
  it.each<[string, string, string, Seller]>([
    ['fnac', 'seller card stating « Particulier »', '<dl class="f-shopBox-MPInfoSeller"><dt class="f-shopBox-MPInfoSellerTitle">Paul D</dt><dd class="f-shopBox-MPInfoSellerStatus">Particulier</dd></dl>', { kind: 'private', name: 'Paul D', trader: 'private' }],
    ['fnac', 'seller card stating « Vendeur Pro »', '<dl class="f-shopBox-MPInfoSeller"><dt class="f-shopBox-MPInfoSellerTitle">Disques 33</dt><dd class="f-shopBox-MPInfoSellerStatus">Vendeur Pro</dd></dl>', { kind: 'third-party', name: 'Disques 33', trader: 'professional' }],
    ['fnac', 'the company running fnac.com', '<div class="f-buyBox-seller">Vendu et expédié par Fnac Darty Participations et Services</div>', { kind: 'platform', name: 'Fnac Darty Participations et Services' }],
    ['fnac', 'fnac.com’s former operator', '<div class="f-buyBox-seller">Vendu par FNAC DIRECT</div>', { kind: 'platform', name: 'FNAC DIRECT' }],
    ['fnac', 'a fan store named after Fnac', '<div class="f-buyBox-seller">Vendu par Fnac Fan Store</div>', { kind: 'third-party', name: 'Fnac Fan Store' }],
  ])('%s: %s', (platform, _what, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});

describe('bad input: unknown, never an exception', () => {
  it.each<[string, string, string]>([
    ['fnac', 'JSON-LD that is not an object', `${ld('"Vendu par X"')}${ld('null')}${ld('[1,2,[3]]')}`],
    ['fnac', 'several conflicting offers', product('[{"seller":{"name":"A"}},{"seller":{"name":"B"}}]')],
    ['fnac', 'an offer whose seller has no name', product('[{"seller":{"name":"A"}},{"seller":{"@type":"Organization"}}]')],
    ['fnac', 'carousel sellers of other products', '<div class="miniFA__seller"><span>Vendu par <a>UltraJeux</a></span></div><div class="miniFA__seller"><span>Vendu par <a>ImportCDs</a></span></div>'],
  ])('%s: %s', (platform, _what, html) => {
    expect(sellerOf(platform, page(html.startsWith('<script type') ? '' : html, html.startsWith('<script type') ? html : ''))).toEqual({ kind: 'unknown' });
  });
});

describe('the block the card watches for a change of offer', () => {
  it.each([
    ['fnac/fnac-product-1.html.gz', '.f-productOffers'],
    ['fnac/fnac-product-4.html.gz', '.f-productOffers'],
  ])('%s: %s', (file, selector) => {
    expect(findSellerWatchTarget('fnac', saved(file))?.matches(selector)).toBe(true);
  });
});
