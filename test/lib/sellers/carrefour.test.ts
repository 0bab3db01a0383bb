import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/carrefour';
import { page, product } from '../../helpers/seller-pages';

it('is the reader the card finds for carrefour', () => {
  expect(SELLER_READERS['carrefour']).toBe(sellerReader);
});

describe('hand-written variants: the retailer itself or a marketplace partner', () => {
  it.each<[string, string, string, string, Seller]>([
    ['carrefour', 'groceries from Carrefour', '<p>Vendu par Carrefour</p>', '', { kind: 'platform', name: 'Carrefour' }],
    ['carrefour', 'a partner in JSON-LD only', '', product('{"@type":"Offer","price":"19.90","seller":{"@type":"Organization","name":"Maison Futée"}}'), { kind: 'third-party', name: 'Maison Futée' }],
  ])('%s: %s', (platform, _what, body, head, expected) => {
    expect(sellerOf(platform, page(body, head))).toEqual(expected);
  });
});

describe('malformed or hostile input gives an unknown seller, never an exception', () => {
  it.each<[string, string, string]>([
    ['carrefour', 'broken JSON-LD', '<script type="application/ld+json">{"@type":"Product","offers":{"seller":</script>'],
  ])('%s: %s', (platform, _what, html) => {
    expect(sellerOf(platform, page(html))).toEqual({ kind: 'unknown' });
  });
});
