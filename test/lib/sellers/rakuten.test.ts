import { describe, expect, it } from 'vitest';
import { findSellerWatchTarget, SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/rakuten';
import { loadFixture, savedDocument as saved } from '../../helpers/fixtures';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for rakuten', () => {
  expect(SELLER_READERS['rakuten']).toBe(sellerReader);
});

describe('hand-written snippets', () => {
  it.each<[string, string, Seller]>([
    ['rakuten', '<div>Vendu par <a href="/boutique/x">BoutiqueX</a></div>', { kind: 'third-party', name: 'BoutiqueX' }],
  ])('%s: %s', (platform, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});

describe('saved product pages (2019)', () => {
  it.each<[string, string, string, Seller]>([
    // Buy box seller profile « CoolTechFR PRO » (abbr title « Vendeur professionnel »), data layer
    // mainOffer sellerName CoolTechFR, sellerType SELLER_PRO. JSON-LD lists two sellers' offers
    // (Importshop, CoolTechFR): it cannot say which is in view, the buy box does.
    ['rakuten', 'rakuten/rakuten-product-1.html.gz', 'CoolTechFR PRO (Vendeur professionnel)', { kind: 'third-party', name: 'CoolTechFR', trader: 'professional' }],
    // Super Boutique header « ... par FLOATUP (PRO) - 4,6/5 pour 614 ventes »; mainOffer SELLER_PRO.
    ['rakuten', 'rakuten/rakuten-product-2.html.gz', '... par FLOATUP (PRO)', { kind: 'third-party', name: 'FLOATUP', trader: 'professional' }],
  ])('%s %s: %s', (platform, file, _quote, expected) => {
    expect(sellerOf(platform, saved(file))).toEqual(expected);
  });
});

describe('hand-written variants: buy box first, then structured data, then the data layer', () => {
  it.each<[string, string, string, Seller]>([
    ['rakuten', 'seller comment « Vendu par momox, professionnel… »', '<div class="sellerInfos"><div class="sellerComment"><p class="edito">Vendu par momox, professionnel. Expédition sous 24 h.</p></div></div>', { kind: 'third-party', name: 'momox', trader: 'professional' }],
    ['rakuten', 'a private seller profile', '<div class="sellerInfos"><p id="sellerProfile_1"><a><span class="sellerName">lucie_b</span> <abbr title="Particulier" class="sellerTag">Particulier</abbr></a></p></div>', { kind: 'private', name: 'lucie_b', trader: 'private' }],
  ])('%s: %s', (platform, _what, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });
});

describe('bad input: unknown, never an exception', () => {
  it.each<[string, string, string]>([
    ['rakuten', 'a data layer that is not JSON', "<script>var x = { 'mainOffer': {sellerName: y} };</script>"],
  ])('%s: %s', (platform, _what, html) => {
    expect(sellerOf(platform, page(html.startsWith('<script type') ? '' : html, html.startsWith('<script type') ? html : ''))).toEqual({ kind: 'unknown' });
  });
});

describe('the saved pages’ charset', () => {
  it('the Rakuten pages are read by their declared ISO-8859-1, as a browser reads them', () => {
    // The saving tool had already replaced every accented letter by U+FFFD's UTF-8 bytes; read as
    // the declared windows-1252, they show as a browser shows them (« Vendeur expï¿½diant »).
    expect(loadFixture('rakuten/rakuten-product-1.html.gz')).toContain('title="Vendeur exp\u00ef\u00bf\u00bddiant depuis le Royaume-Uni"');
  });
});

describe('the block the card watches for a change of offer', () => {
  it.each([
    ['rakuten/rakuten-product-1.html.gz', '.sellerInfos'],
    ['rakuten/rakuten-product-2.html.gz', '.sb_area'],
  ])('%s: %s', (file, selector) => {
    expect(findSellerWatchTarget('rakuten', saved(file))?.matches(selector)).toBe(true);
  });
});
