import { describe, expect, it } from 'vitest';
import { sellerOf, type Seller } from '@/lib/sellers';
import { fixtureDocument, savedDocument as saved } from '../../helpers/fixtures';

describe('saved product pages (2019) of the French chains', () => {
  it.each<[string, string, string, Seller]>([
    // Buy box and sticky bar: « Vendu et expédié par <span class="red-txt">Auchan</span> ».
    ['auchan', 'auchan/auchan-product-1.html.gz', 'Vendu et expédié par Auchan', { kind: 'platform', name: 'Auchan' }],
    // A marketplace partner: « Vendu et expédié par <a href="/rsi-fitworld/v-404">Rsi-fitworld</a> ».
    ['auchan', 'auchan/auchan-product-2.html.gz', 'Vendu et expédié par Rsi-fitworld', { kind: 'third-party', name: 'Rsi-fitworld' }],
    ['auchan', 'auchan/auchan-product-3.html.gz', 'Vendu et expédié par Auchan', { kind: 'platform', name: 'Auchan' }],
    // Zalando's own items: no seller line; the page state says partnerInfo.hasNoPartners.
    ['zalando', 'zalando/zalando-product-1.html.gz', 'partnerInfo.hasNoPartners', { kind: 'platform', name: 'Zalando' }],
    ['zalando', 'zalando/zalando-product-2.html.gz', 'partnerInfo.hasNoPartners', { kind: 'platform', name: 'Zalando' }],
    ['zalando', 'zalando/zalando-product-3.html.gz', 'partnerInfo.hasNoPartners', { kind: 'platform', name: 'Zalando' }],
  ])('%s %s: %s', (platform, file, _quote, expected) => {
    expect(sellerOf(platform, saved(file))).toEqual(expected);
  });
});

const page = (body: string, head = '') => fixtureDocument(`<html><head>${head}</head><body>${body}</body></html>`);
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const product = (offers: string) => ld(`{"@context":"https://schema.org","@type":"Product","name":"P","offers":${offers}}`);
const zalandoState = (partnerInfo: string) =>
  `<script id="z-vegas-pdp-props" type="application/json"><![CDATA[{"model":{"partnerInfo":${partnerInfo}}}]]></script>`;

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['leroymerlin', 'Leroy Merlin itself', '<div class="seller">Vendu et expédié par Leroy Merlin</div>', '', { kind: 'platform', name: 'Leroy Merlin' }],
    ['leroymerlin', 'a partner', '<p>Vendu et expédié par <a>Habitat et Jardin</a></p>', '', { kind: 'third-party', name: 'Habitat et Jardin' }],
    ['decathlon', 'Decathlon itself', '<p>Vendu et expédié par Decathlon</p>', '', { kind: 'platform', name: 'Decathlon' }],
    ['decathlon', 'a partner, professional', '<div class="seller-name">Vendu par <a>Corength Store</a> (vendeur professionnel)</div>', '', { kind: 'third-party', name: 'Corength Store', trader: 'professional' }],
    ['carrefour', 'groceries from Carrefour', '<p>Vendu par Carrefour</p>', '', { kind: 'platform', name: 'Carrefour' }],
    ['carrefour', 'a partner in JSON-LD only', '', product('{"@type":"Offer","price":"19.90","seller":{"@type":"Organization","name":"Maison Futée"}}'), { kind: 'third-party', name: 'Maison Futée' }],
    ['leclerc', 'E.Leclerc itself', '<div>Vendu par <span>E.Leclerc</span></div>', '', { kind: 'platform', name: 'E.Leclerc' }],
    ['leclerc', 'a partner', '<div>Vendu par <span><a>Stock e-commerce </a></span></div>', '', { kind: 'third-party', name: 'Stock e-commerce' }],
    ['leclerc', 'E.Leclerc in JSON-LD', '', product('{"@type":"Offer","seller":{"@type":"Organization","name":"E.Leclerc"}}'), { kind: 'platform', name: 'E.Leclerc' }],
    ['castorama', 'Castorama itself', '<p>Vendu et expédié par Castorama</p>', '', { kind: 'platform', name: 'Castorama' }],
    ['castorama', 'a partner', '<div class="vendor">Vendu et expédié par Bricoshop</div>', '', { kind: 'third-party', name: 'Bricoshop' }],
    ['zalando', 'a partner that ships itself', '<p>Vendu et envoyé par Sneakers Boutique</p>', '', { kind: 'third-party', name: 'Sneakers Boutique' }],
    ['zalando', 'a partner, shipped by Zalando', '<p>Vendu par Sneakers Boutique, envoyé par Zalando</p>', '', { kind: 'third-party', name: 'Sneakers Boutique' }],
    ['zalando', 'a partner, « et envoyé par »', '<p>Vendu par Sneakers Boutique et envoyé par Zalando</p>', '', { kind: 'third-party', name: 'Sneakers Boutique' }],
    ['zalando', 'a partner: the page state is not read', '<p>Vendu par Sneakers Boutique</p>', zalandoState('{"hasNoPartners":false,"hasOnlyPartners":true}'), { kind: 'third-party', name: 'Sneakers Boutique' }],
    ['auchan', 'a private seller', '<div class="product-price--seller"><span>Vendu et expédié par <a>Marie L</a></span> <span>particulier</span></div>', '', { kind: 'private', name: 'Marie L', trader: 'private' }],
    ['cultura', 'Cultura itself', '<p>Vendu et expédié par Cultura</p>', '', { kind: 'platform', name: 'Cultura' }],
    ['rueducommerce', 'a partner', '<p>Vendu par <a>Top Achat Pro</a></p>', '', { kind: 'third-party', name: 'Top Achat Pro' }],
    ['rueducommerce', 'Rue du Commerce itself', '<p>Vendu et expédié par Rue du Commerce</p>', '', { kind: 'platform', name: 'Rue du Commerce' }],
    ['but', 'But itself', '<p>Vendu par BUT</p>', '', { kind: 'platform', name: 'BUT' }],
    ['maisonsdumonde', 'a partner', '<p>Vendu et expédié par Atelier Nordique</p>', '', { kind: 'third-party', name: 'Atelier Nordique' }],
    ['maisonsdumonde', 'Maisons du Monde itself', '<p>Vendu par Maisons du Monde</p>', '', { kind: 'platform', name: 'Maisons du Monde' }],
  ])('%s: %s', (platform, _what, body, head, expected) => {
    expect(sellerOf(platform, page(body, head))).toEqual(expected);
  });
});

describe('malformed or hostile input gives an unknown seller, never an exception', () => {
  it.each<[string, string, string]>([
    ['zalando', 'state that is not JSON', '<script id="z-vegas-pdp-props" type="application/json"><![CDATA[{"model":{"partnerInfo":]]></script>'],
    ['zalando', 'state of the wrong shape', zalandoState('"yes"')],
    ['zalando', 'state with a null model', '<script id="z-vegas-pdp-props" type="application/json">null</script>'],
    ['zalando', 'partners and none at once', zalandoState('{"hasNoPartners":true,"hasSomePartners":true}')],
    ['carrefour', 'broken JSON-LD', '<script type="application/ld+json">{"@type":"Product","offers":{"seller":</script>'],
    ['leclerc', 'JSON-LD seller of the wrong type', product('{"@type":"Offer","seller":42}')],
    ['auchan', 'an empty buy box', '<div class="product-price--seller"><span>Vendu et expédié par</span></div>'],
    ['decathlon', 'two different sellers named in two buy boxes', '<div class="seller">Vendu par A</div><div class="seller">Vendu par B</div>'],
  ])('%s: %s', (platform, _what, html) => {
    expect(sellerOf(platform, page(html))).toEqual({ kind: 'unknown' });
  });
});
