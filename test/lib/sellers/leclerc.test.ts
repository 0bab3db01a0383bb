import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/leclerc';
import { page, product } from '../../helpers/seller-pages';

it('is the reader the card finds for leclerc', () => {
  expect(SELLER_READERS['leclerc']).toBe(sellerReader);
});

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['leclerc', 'E.Leclerc itself', '<div>Vendu par <span>E.Leclerc</span></div>', '', { kind: 'platform', name: 'E.Leclerc' }],
    ['leclerc', 'a partner', '<div>Vendu par <span><a>Stock e-commerce </a></span></div>', '', { kind: 'third-party', name: 'Stock e-commerce' }],
    ['leclerc', 'E.Leclerc in JSON-LD', '', product('{"@type":"Offer","seller":{"@type":"Organization","name":"E.Leclerc"}}'), { kind: 'platform', name: 'E.Leclerc' }],
  ])('%s: %s', (platform, _what, body, head, expected) => {
    expect(sellerOf(platform, page(body, head))).toEqual(expected);
  });
});

describe('malformed or hostile input gives an unknown seller, never an exception', () => {
  it.each<[string, string, string]>([
    ['leclerc', 'JSON-LD seller of the wrong type', product('{"@type":"Offer","seller":42}')],
  ])('%s: %s', (platform, _what, html) => {
    expect(sellerOf(platform, page(html))).toEqual({ kind: 'unknown' });
  });
});
