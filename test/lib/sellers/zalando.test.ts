import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/zalando';
import { savedDocument as saved } from '../../helpers/fixtures';
import { page } from '../../helpers/seller-pages';

const zalandoState = (partnerInfo: string) =>
  `<script id="z-vegas-pdp-props" type="application/json"><![CDATA[{"model":{"partnerInfo":${partnerInfo}}}]]></script>`;

it('is the reader the card finds for zalando', () => {
  expect(SELLER_READERS['zalando']).toBe(sellerReader);
});

describe('saved product pages (2019)', () => {
  it.each<[string, string, string, Seller]>([
    // Zalando's own items: no seller line; the page state says partnerInfo.hasNoPartners.
    ['zalando', 'zalando/zalando-product-1.html.gz', 'partnerInfo.hasNoPartners', { kind: 'platform', name: 'Zalando' }],
    ['zalando', 'zalando/zalando-product-2.html.gz', 'partnerInfo.hasNoPartners', { kind: 'platform', name: 'Zalando' }],
    ['zalando', 'zalando/zalando-product-3.html.gz', 'partnerInfo.hasNoPartners', { kind: 'platform', name: 'Zalando' }],
  ])('%s %s: %s', (platform, file, _quote, expected) => {
    expect(sellerOf(platform, saved(file))).toEqual(expected);
  });
});

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['zalando', 'a partner that ships itself', '<p>Vendu et envoyé par Sneakers Boutique</p>', '', { kind: 'third-party', name: 'Sneakers Boutique' }],
    ['zalando', 'a partner, shipped by Zalando', '<p>Vendu par Sneakers Boutique, envoyé par Zalando</p>', '', { kind: 'third-party', name: 'Sneakers Boutique' }],
    ['zalando', 'a partner, « et envoyé par »', '<p>Vendu par Sneakers Boutique et envoyé par Zalando</p>', '', { kind: 'third-party', name: 'Sneakers Boutique' }],
    ['zalando', 'a partner: the page state is not read', '<p>Vendu par Sneakers Boutique</p>', zalandoState('{"hasNoPartners":false,"hasOnlyPartners":true}'), { kind: 'third-party', name: 'Sneakers Boutique' }],
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
  ])('%s: %s', (platform, _what, html) => {
    expect(sellerOf(platform, page(html))).toEqual({ kind: 'unknown' });
  });
});
