import { describe, expect, it } from 'vitest';
import { sellerOf, type Seller } from '@/lib/sellers';
import { fixtureDocument, loadFixture } from '../../helpers/fixtures';

describe('saved pages of leboncoin, AliExpress and Alibaba', () => {
  it.each<[string, string, Seller]>([
    // 2017 ad: "Pro Immobilier  I@D FRANCE  Numéro SIREN : 823562178": a professional advertiser,
    // and its SIREN as the page labels it (issue 25; no address, so no country).
    [
      'leboncoin',
      'leboncoin/leboncoin-product-1.html.gz',
      { kind: 'third-party', name: 'I@D FRANCE', trader: 'professional', identity: { register: { label: 'Numéro SIREN', value: '823562178' } } },
    ],
    // 2014 ad: "nicolas massé - Mise en ligne le 14 décembre": a name, but no "Pro" or
    // "Particulier" marker, so nothing is claimed.
    ['leboncoin', 'leboncoin/leboncoin-product-2.html.gz', { kind: 'unknown' }],
    ['leboncoin', 'leboncoin/leboncoin-listing-1.html.gz', { kind: 'unknown' }],
    // Store block: "Summer Technology Co.,Ltd." (a store, AliExpress does not sell).
    ['aliexpress', 'aliexpress/aliexpress-product-1.html.gz', { kind: 'third-party', name: 'Summer Technology Co.,Ltd' }],
    ['aliexpress', 'aliexpress/aliexpress-listing-1.html.gz', { kind: 'unknown' }],
    // Supplier card: "Huizhou Yongli Industrial Co., Ltd." (Alibaba.com lists suppliers).
    ['alibaba', 'alibaba/alibaba-product-1.html.gz', { kind: 'third-party', name: 'Huizhou Yongli Industrial Co., Ltd' }],
  ])('%s %s', (platform, file, expected) => {
    expect(sellerOf(platform, fixtureDocument(loadFixture(file)))).toEqual(expected);
  });
});

const page = (body: string) => fixtureDocument(`<html><body>${body}</body></html>`);

describe('« Vendu par » marketplaces (hand-written snippets: no saved page yet)', () => {
  it.each<[string, string, Seller]>([
    ['cdiscount', '<div class="offer"><p>Vendu et expédié par <strong>Cdiscount</strong></p></div>', { kind: 'platform', name: 'Cdiscount' }],
    ['cdiscount', '<p>Vendu par <a href="/mpv-123">TechnoShop</a> et expédié par Cdiscount</p>', { kind: 'third-party', name: 'TechnoShop' }],
    ['cdiscount', '<div><span>Vendu et expédié par</span> <a href="/v">Maison &amp; Jardin SAS</a></div>', { kind: 'third-party', name: 'Maison & Jardin SAS' }],
    ['fnac', '<div class="buy"><span>Vendu et expédié par Fnac</span></div>', { kind: 'platform', name: 'Fnac' }],
    ['fnac', '<div><p>Vendu par : <b>Librairie du Port</b></p></div>', { kind: 'third-party', name: 'Librairie du Port' }],
    ['darty', '<p>Vendu et expédié par Darty</p>', { kind: 'platform', name: 'Darty' }],
    ['darty', '<p>Vendu par ElectroPlus et expédié par ElectroPlus</p>', { kind: 'third-party', name: 'ElectroPlus' }],
    ['rakuten', '<div>Vendu par <a href="/boutique/x">BoutiqueX</a></div>', { kind: 'third-party', name: 'BoutiqueX' }],
    ['manomano', '<div>Vendu par <span>Outils Pro 44</span></div>', { kind: 'third-party', name: 'Outils Pro 44' }],
    // The same seller said twice (buy box and sticky bar) is still one seller.
    ['fnac', '<p>Vendu par Fnac</p><footer><p>Vendu et expédié par Fnac</p></footer>', { kind: 'platform', name: 'Fnac' }],
    // Two different sellers (the featured offer and "autres offres"): we cannot tell which is in view.
    ['fnac', '<p>Vendu par Fnac</p><ul><li>Vendu par Occaz Pro</li></ul>', { kind: 'unknown' }],
    // A review that mentions a seller does not start with the label.
    ['cdiscount', '<div class="review">Très bon produit, vendu par un vendeur sérieux et bien emballé.</div>', { kind: 'unknown' }],
    // A long paragraph starting with the label is prose, not a seller line.
    ['cdiscount', `<p>Vendu par lots de deux, ${'ce produit est idéal pour toute la famille, '.repeat(6)}</p>`, { kind: 'unknown' }],
    // Script text is not page text.
    ['fnac', '<script>var t = "Vendu par Faux Vendeur";</script>', { kind: 'unknown' }],
    ['cdiscount', '<p>Expédié par Cdiscount</p>', { kind: 'unknown' }],
    ['manomano', '<p>Livraison offerte</p>', { kind: 'unknown' }],
  ])('%s: %s', (platform, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });

  it('Fnac is the platform on fnac.com, but a third party on Darty (each names only itself)', () => {
    expect(sellerOf('darty', page('<p>Vendu et expédié par Fnac</p>'))).toEqual({ kind: 'third-party', name: 'Fnac' });
  });
});

describe('leboncoin snippets', () => {
  it.each<[string, Seller]>([
    ['<div class="line line_pro"><p><span class="ispro">Pro</span> <a href="/ar?id=1">Garage Martin</a> <span>Numéro SIREN : 123456789</span></p></div>', { kind: 'third-party', name: 'Garage Martin', trader: 'professional', identity: { register: { label: 'Numéro SIREN', value: '123456789' } } }],
    ['<div class="upload_by"><a href="/ar?id=2">Claire</a> (Particulier) - Mise en ligne le 3 mai</div>', { kind: 'private', name: 'Claire', trader: 'private' }],
    ['<div class="upload_by"><a href="/ar?id=3">Paul</a> - Mise en ligne le 3 mai</div>', { kind: 'unknown' }],
    // An advertiser whose name holds the word is not thereby a private person.
    ['<div class="upload_by"><a href="/ar?id=4">Le Particulier</a> - Mise en ligne le 3 mai</div>', { kind: 'unknown' }],
  ])('%s', (body, expected) => {
    expect(sellerOf('leboncoin', page(body))).toEqual(expected);
  });
});
