import { describe, expect, it } from 'vitest';
import { sellerOf } from '@/lib/sellers';
import { structuredSeller } from '@/lib/sellers/structured';
import { ld, page, product } from '../../helpers/seller-pages';

const micro = (seller: string) => `<div itemscope itemtype="https://schema.org/Product"><div itemprop="offers" itemscope>${seller}</div></div>`;

describe('the seller the structured data states', () => {
  it.each<[string, string, string | undefined]>([
    ['a seller object', product('{"@type":"Offer","seller":{"@type":"Organization","name":" Maison Futée "}}'), 'Maison Futée'],
    ['a seller given as a string', product('{"@type":"Offer","seller":"Librairie Nord"}'), 'Librairie Nord'],
    ['the same seller in every offer, whatever its case', product('[{"seller":"Fnac.com"},{"seller":{"name":"FNAC.COM"}}]'), 'FNAC.COM'],
    ['a ProductGroup’s variants', ld('{"@type":"ProductGroup","hasVariant":[{"@type":"Product","offers":{"seller":"Atelier"}}]}'), 'Atelier'],
    ['a prefixed type, under mainEntity', ld('{"@type":"WebPage","mainEntity":{"@type":"schema:Product","offers":{"seller":"Atelier"}}}'), 'Atelier'],
    ['an offer outside any Product', ld('{"@type":"Offer","seller":"Atelier"}'), undefined],
    ['a Product without offers', ld('{"@type":"Product","name":"P"}'), undefined],
    ['two sellers', product('[{"seller":"A"},{"seller":"B"}]'), undefined],
    ['an offer whose seller is unreadable', product('[{"seller":"A"},{"seller":42}]'), undefined],
    ['a blob too big to parse on the page’s thread', product(`{"seller":"A","x":"${'x'.repeat(200_000)}"}`), undefined],
    ['nesting deeper than any product page’s', ld(`${'{"@graph":'.repeat(9)}{"@type":"Product","offers":{"seller":"A"}}${'}'.repeat(9)}`), undefined],
  ])('JSON-LD, %s', (_what, head, expected) => {
    expect(structuredSeller(page('', head))).toBe(expected);
  });

  it.each<[string, string, string | undefined]>([
    ['a seller’s name element', micro('<div itemprop="seller" itemscope><span itemprop="name">Boutique Sud</span></div>'), 'Boutique Sud'],
    ['a seller’s content attribute', micro('<meta itemprop="seller" content="Boutique Sud">'), 'Boutique Sud'],
    ['a seller without a name', micro('<div itemprop="seller"></div>'), undefined],
    ['a seller outside an offer', '<div itemscope><span itemprop="seller">Boutique Sud</span></div>', undefined],
  ])('microdata, %s', (_what, body, expected) => {
    expect(structuredSeller(page(body))).toBe(expected);
  });

  it('JSON-LD and microdata must agree', () => {
    const both = (a: string, b: string) => page(micro(`<meta itemprop="seller" content="${b}">`), product(`{"seller":"${a}"}`));
    expect(structuredSeller(both('Atelier', 'ATELIER'))).toBe('Atelier');
    expect(structuredSeller(both('Atelier', 'Autre'))).toBeUndefined();
  });
});

describe('through a platform’s reader', () => {
  it('structured data shapes: @graph, lists, AggregateOffer, a seller given as a string, microdata', () => {
    const graph = ld('{"@graph":[{"@type":"WebPage"},{"@type":["Product"],"offers":[{"@type":"Offer","seller":"Librairie Nord"}]}]}');
    expect(sellerOf('fnac', page('', graph))).toEqual({ kind: 'third-party', name: 'Librairie Nord' });
    const aggregate = product('{"@type":"AggregateOffer","offers":[{"seller":{"name":"Fnac.com"}},{"seller":{"name":"FNAC.COM"}}]}');
    expect(sellerOf('fnac', page('', aggregate))).toEqual({ kind: 'platform', name: 'FNAC.COM' });
    const micro = '<div itemscope itemtype="https://schema.org/Product"><div itemprop="offers" itemscope><div itemprop="seller" itemscope><span itemprop="name">Boutique Sud</span></div></div></div>';
    expect(sellerOf('laredoute', page(micro))).toEqual({ kind: 'third-party', name: 'Boutique Sud' });
  });
});
