import { describe, expect, it } from 'vitest';
import { sellerOf, type Seller } from '@/lib/sellers';
import { fixtureDocument, loadFixture, savedDocument as saved } from '../../helpers/fixtures';

describe('saved product pages (2019) of the French marketplaces', () => {
  it.each<[string, string, string, Seller]>([
    // Buy box: « Vendu et expédié par Cdiscount » (#fpSellBy).
    ['cdiscount', 'cdiscount/cdiscount-product-2.html.gz', 'Vendu et expédié par Cdiscount', { kind: 'platform', name: 'Cdiscount' }],
    // Buy box: « Vendu par idigital », and in its seller card « idigital - Vendeur pro sélectionné par Cdiscount ».
    ['cdiscount', 'cdiscount/cdiscount-product-4.html.gz', 'Vendu par idigital … Vendeur pro sélectionné', { kind: 'third-party', name: 'idigital', trader: 'professional' }],
    // Fnac's own offer: no seller line; JSON-LD offers.seller.name « FNAC.COM ».
    ['fnac', 'fnac/fnac-product-1.html.gz', 'JSON-LD "seller":{"name":"FNAC.COM"}', { kind: 'platform', name: 'FNAC.COM' }],
    // Marketplace offer: seller card « LaBoutiqueDuNet (13139 ventes) »; JSON-LD agrees.
    ['fnac', 'fnac/fnac-product-4.html.gz', 'f-shopBox-MPInfoSellerTitle « LaBoutiqueDuNet »', { kind: 'third-party', name: 'LaBoutiqueDuNet' }],
    // « Vendu et expédié par : La Redoute ».
    ['laredoute', 'laredoute/laredoute-product-1.html.gz', 'Vendu et expédié par : La Redoute', { kind: 'platform', name: 'La Redoute' }],
    // « Vendu et expédié par : 1001 Kdo (301 avis) »; JSON-LD seller « 1001 Kdo ».
    ['laredoute', 'laredoute/laredoute-product-3.html.gz', 'Vendu et expédié par : 1001 Kdo', { kind: 'third-party', name: '1001 Kdo' }],
    // Buy box seller profile « CoolTechFR PRO » (abbr title « Vendeur professionnel »), data layer
    // mainOffer sellerName CoolTechFR, sellerType SELLER_PRO. JSON-LD lists two sellers' offers
    // (Importshop, CoolTechFR): it cannot say which is in view, the buy box does.
    ['rakuten', 'rakuten/rakuten-product-1.html.gz', 'CoolTechFR PRO (Vendeur professionnel)', { kind: 'third-party', name: 'CoolTechFR', trader: 'professional' }],
    // Super Boutique header « ... par FLOATUP (PRO) - 4,6/5 pour 614 ventes »; mainOffer SELLER_PRO.
    ['rakuten', 'rakuten/rakuten-product-2.html.gz', '... par FLOATUP (PRO)', { kind: 'third-party', name: 'FLOATUP', trader: 'professional' }],
  ])('%s %s: %s', (platform, file, _quote, expected) => {
    expect(sellerOf(platform, saved(file))).toEqual(expected);
  });

  it('the Rakuten pages are read by their declared ISO-8859-1, as a browser reads them', () => {
    // The saving tool had already replaced every accented letter by U+FFFD's UTF-8 bytes; read as
    // the declared windows-1252, they show as a browser shows them (« Vendeur expï¿½diant »).
    expect(loadFixture('rakuten/rakuten-product-1.html.gz')).toContain('title="Vendeur exp\u00ef\u00bf\u00bddiant depuis le Royaume-Uni"');
  });
});

const page = (body: string, head = '') => fixtureDocument(`<html><head>${head}</head><body>${body}</body></html>`);
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const product = (offers: string) => ld(`{"@context":"https://schema.org","@type":"Product","name":"P","offers":${offers}}`);

describe('hand-written variants: buy box first, then structured data, then the data layer', () => {
  it.each<[string, string, string, Seller]>([
    // Cdiscount, later layouts: the wording in a seller block, a pro badge beside it.
    ['cdiscount', 'seller block with a pro badge', '<div class="seller-info">Vendu par <a>Boutique Ouest</a> <span>Vendeur professionnel</span></div>', { kind: 'third-party', name: 'Boutique Ouest', trader: 'professional' }],
    ['cdiscount', 'private seller (occasion)', '<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">jeanne76</a> (particulier)</div></div>', { kind: 'private', name: 'jeanne76', trader: 'private' }],
    ['fnac', 'seller card stating « Particulier »', '<dl class="f-shopBox-MPInfoSeller"><dt class="f-shopBox-MPInfoSellerTitle">Paul D</dt><dd class="f-shopBox-MPInfoSellerStatus">Particulier</dd></dl>', { kind: 'private', name: 'Paul D', trader: 'private' }],
    ['fnac', 'seller card stating « Vendeur Pro »', '<dl class="f-shopBox-MPInfoSeller"><dt class="f-shopBox-MPInfoSellerTitle">Disques 33</dt><dd class="f-shopBox-MPInfoSellerStatus">Vendeur Pro</dd></dl>', { kind: 'third-party', name: 'Disques 33', trader: 'professional' }],
    ['laredoute', 'label and name in two blocks', '<div class="vendor-name-content"><div class="label-vendor">Vendu et expédié par :</div><div class="name-vendor"><a>Maison Lumière</a></div></div>', { kind: 'third-party', name: 'Maison Lumière' }],
    ['rakuten', 'seller comment « Vendu par momox, professionnel… »', '<div class="sellerInfos"><div class="sellerComment"><p class="edito">Vendu par momox, professionnel. Expédition sous 24 h.</p></div></div>', { kind: 'third-party', name: 'momox', trader: 'professional' }],
    ['rakuten', 'a private seller profile', '<div class="sellerInfos"><p id="sellerProfile_1"><a><span class="sellerName">lucie_b</span> <abbr title="Particulier" class="sellerTag">Particulier</abbr></a></p></div>', { kind: 'private', name: 'lucie_b', trader: 'private' }],
    ['darty', 'Darty itself', '<div class="product_seller"><p>Vendu et expédié par Darty</p></div>', { kind: 'platform', name: 'Darty' }],
    ['darty', 'marketplace seller, shipped by Darty', '<p>Vendu par ElectroPlus et expédié par Darty</p>', { kind: 'third-party', name: 'ElectroPlus' }],
    ['boulanger', 'Boulanger itself', '<div class="product-seller">Vendu et livré par Boulanger</div>', { kind: 'platform', name: 'Boulanger' }],
    ['boulanger', '« Vendeur : » label', '<div class="seller">Vendeur : Kitchen Store</div>', { kind: 'third-party', name: 'Kitchen Store' }],
    ['manomano', 'marketplace seller', '<div data-testid="seller">Vendu par <span>Outils Pro 44</span></div>', { kind: 'third-party', name: 'Outils Pro 44' }],
    ['conforama', 'Conforama itself', '<div class="seller">Vendu et livré par Conforama</div>', { kind: 'platform', name: 'Conforama' }],
    ['conforama', 'marketplace seller', '<p>Vendu par Meubles &amp; Co</p>', { kind: 'third-party', name: 'Meubles & Co' }],
    // Issue 25, item 7: the platforms' own companies, as legal notices name them, are the platform.
    ['cdiscount', 'Cdiscount’s company', '<div id="fpSellBy"><div>Vendu et expédié par Cdiscount SA</div></div>', { kind: 'platform', name: 'Cdiscount SA' }],
    ['fnac', 'the company running fnac.com', '<div class="f-buyBox-seller">Vendu et expédié par Fnac Darty Participations et Services</div>', { kind: 'platform', name: 'Fnac Darty Participations et Services' }],
    ['fnac', 'fnac.com’s former operator', '<div class="f-buyBox-seller">Vendu par FNAC DIRECT</div>', { kind: 'platform', name: 'FNAC DIRECT' }],
    ['darty', 'Darty’s company', '<div class="product_seller"><p>Vendu par Établissements Darty &amp; Fils</p></div>', { kind: 'platform', name: 'Établissements Darty & Fils' }],
    ['darty', 'the group’s e-commerce company', '<div class="product_seller"><p>Vendu par Fnac Darty Participations et Services</p></div>', { kind: 'platform', name: 'Fnac Darty Participations et Services' }],
    ['cdiscount', 'a shop whose name starts like the platform’s', '<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">Cdiscount Shop Pro</a></div></div>', { kind: 'third-party', name: 'Cdiscount Shop Pro' }],
    ['fnac', 'a fan store named after Fnac', '<div class="f-buyBox-seller">Vendu par Fnac Fan Store</div>', { kind: 'third-party', name: 'Fnac Fan Store' }],
  ])('%s: %s', (platform, _what, body, expected) => {
    expect(sellerOf(platform, page(body))).toEqual(expected);
  });

  it('the trader status is never read from the name itself', () => {
    expect(sellerOf('cdiscount', page('<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">Le Particulier Malin</a></div></div>'))).toEqual({ kind: 'third-party', name: 'Le Particulier Malin' });
    expect(sellerOf('darty', page('<div class="seller">Vendu par Vendeur Pro Audio</div>'))).toEqual({ kind: 'third-party', name: 'Vendeur Pro Audio' });
    expect(sellerOf('conforama', page('<p>Vendu par Meubles Professionnel Direct</p>'))).toEqual({ kind: 'third-party', name: 'Meubles Professionnel Direct' });
    // …but what the block says beside it still counts.
    expect(sellerOf('cdiscount', page('<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">Le Particulier Malin</a></div><div>Vendeur professionnel</div></div>'))).toEqual({ kind: 'third-party', name: 'Le Particulier Malin', trader: 'professional' });
  });

  it('the visible buy box wins over structured data that names someone else', () => {
    const doc = page('<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">TechnoShop</a></div></div>', product('{"@type":"Offer","seller":{"@type":"Organization","name":"Cdiscount"}}'));
    expect(sellerOf('cdiscount', doc)).toEqual({ kind: 'third-party', name: 'TechnoShop' });
  });

  it('without a buy box, structured data and the data layer must agree, or nothing is said', () => {
    const layer = (name: string) => `<script>var dl = { 'mainOffer': {"sellerName":"${name}","sellerType":"SELLER_PRO"} };</script>`;
    const offer = product('{"@type":"Offer","seller":{"@type":"Organization","name":"Alpha"}}');
    expect(sellerOf('rakuten', page(layer('Alpha'), offer))).toEqual({ kind: 'third-party', name: 'Alpha', trader: 'professional' });
    expect(sellerOf('rakuten', page(layer('Beta'), offer))).toEqual({ kind: 'unknown' });
    expect(sellerOf('rakuten', page(layer('Beta')))).toEqual({ kind: 'third-party', name: 'Beta', trader: 'professional' });
  });

  it('structured data shapes: @graph, lists, AggregateOffer, a seller given as a string, microdata', () => {
    const graph = ld('{"@graph":[{"@type":"WebPage"},{"@type":["Product"],"offers":[{"@type":"Offer","seller":"Librairie Nord"}]}]}');
    expect(sellerOf('fnac', page('', graph))).toEqual({ kind: 'third-party', name: 'Librairie Nord' });
    const aggregate = product('{"@type":"AggregateOffer","offers":[{"seller":{"name":"Fnac.com"}},{"seller":{"name":"FNAC.COM"}}]}');
    expect(sellerOf('fnac', page('', aggregate))).toEqual({ kind: 'platform', name: 'FNAC.COM' });
    const micro = '<div itemscope itemtype="https://schema.org/Product"><div itemprop="offers" itemscope><div itemprop="seller" itemscope><span itemprop="name">Boutique Sud</span></div></div></div>';
    expect(sellerOf('laredoute', page(micro))).toEqual({ kind: 'third-party', name: 'Boutique Sud' });
  });
});

describe('bad input: unknown, never an exception', () => {
  it.each<[string, string, string]>([
    ['cdiscount', 'malformed JSON-LD', `${ld('{"@type":"Product","offers":{"seller":{"name":"X"},}')}`],
    ['fnac', 'JSON-LD that is not an object', `${ld('"Vendu par X"')}${ld('null')}${ld('[1,2,[3]]')}`],
    ['fnac', 'several conflicting offers', product('[{"seller":{"name":"A"}},{"seller":{"name":"B"}}]')],
    ['fnac', 'an offer whose seller has no name', product('[{"seller":{"name":"A"}},{"seller":{"@type":"Organization"}}]')],
    ['cdiscount', 'a seller block with only an icon', '<div id="fpSellBy"><div>Vendu par <img alt="Cdiscount" src="x.png"></div></div>'],
    ['laredoute', 'a label with nothing after it', '<div class="vendor-name-content"><div class="label-vendor">Vendu et expédié par :</div><div class="name-vendor"></div></div>'],
    ['rakuten', 'a data layer that is not JSON', "<script>var x = { 'mainOffer': {sellerName: y} };</script>"],
    ['fnac', 'carousel sellers of other products', '<div class="miniFA__seller"><span>Vendu par <a>UltraJeux</a></span></div><div class="miniFA__seller"><span>Vendu par <a>ImportCDs</a></span></div>'],
    ['cdiscount', 'a review quoting the wording', '<div class="review">Très bon produit, vendu par Cdiscount et bien emballé.</div>'],
  ])('%s: %s', (platform, _what, html) => {
    expect(sellerOf(platform, page(html.startsWith('<script type') ? '' : html, html.startsWith('<script type') ? html : ''))).toEqual({ kind: 'unknown' });
  });

  it('names are the name only: trimmed, no control or bidi characters, at most 80 characters', () => {
    const long = `Boutique ${'très '.repeat(20)}longue`;
    const doc = page(`<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">\u202e ${long}\u0007 </a></div></div>`);
    const seller = sellerOf('cdiscount', doc);
    expect(seller.kind).toBe('third-party');
    expect(Array.from(seller.name!).length).toBeLessThanOrEqual(80);
    expect(seller.name).toMatch(/^Boutique très/);
    expect(seller.name).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  });
});
