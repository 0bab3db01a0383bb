import { describe, expect, it } from 'vitest';
import { looksLikeErrorPage, MAX_PRODUCTS_ON_A_PRODUCT_PAGE, readProductSignals } from '@/lib/detect/dom-hints';
import { fixtureDocument } from '../../helpers/fixtures';

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const signalsOf = (html: string, markers: string[] = []) => readProductSignals(fixtureDocument(`<html><head></head><body>${html}</body></html>`), markers, { all: true });

describe('JSON-LD', () => {
  it.each([
    ['a Product', ld('{"@context":"https://schema.org","@type":"Product","name":"x"}'), 'dom:json-ld:Product'],
    ['a full-IRI type', ld('{"@type":"http://schema.org/Product"}'), 'dom:json-ld:Product'],
    ['a type array', ld('{"@type":["Thing","Product"]}'), 'dom:json-ld:Product'],
    ['a ProductGroup', ld('{"@type":"ProductGroup","hasVariant":[{"@type":"Product"}]}'), 'dom:json-ld:ProductGroup'],
    ['a top-level array', ld('[{"@type":"BreadcrumbList"},{"@type":"Product"}]'), 'dom:json-ld:Product'],
    ['an @graph', ld('{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"Product","@id":"#p"}]}'), 'dom:json-ld:Product'],
    ['a page whose mainEntity is the product', ld('{"@type":"ItemPage","mainEntity":{"@type":"Product"}}'), 'dom:json-ld:Product'],
    ['a type attribute with a charset', '<script type="application/ld+json; charset=utf-8">{"@type":"Product"}</script>', 'dom:json-ld:Product'],
    ['raw newlines inside strings', ld('{"@type":"Product","description":"line one\nline two"}'), 'dom:json-ld:Product'],
    ['a trailing comma', ld('{"@type":"Product","name":"x",}'), 'dom:json-ld:Product'],
    ['an HTML comment wrapper', ld('<!-- {"@type":"Product"} -->'), 'dom:json-ld:Product'],
    ['broken JSON beyond repair', ld('{"@type": "Product", "name": "x" "offers": {'), 'dom:json-ld:Product (malformed JSON)'],
  ])('finds %s', (_name, html, signal) => {
    expect(signalsOf(html)).toEqual([signal]);
  });

  it.each([
    ['an Organization', ld('{"@type":"Organization","name":"Shop"}')],
    ['an ItemList of Products (a listing)', ld('{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"Product"}}]}')],
    ['an Offer whose item is a Product', ld('{"@type":"Offer","itemOffered":{"@type":"Product"}}')],
    ['a malformed ItemList of Products', ld('{"@type":"ItemList","itemListElement":[{"@type":"Product"} {"@type":"Product"}]')],
    ['a WebSite whose mainEntity is a Product (not a page)', ld('{"@type":"WebSite","mainEntity":{"@type":"Product"}}')],
    ['empty and garbage bodies', ld('') + ld('null') + ld('42') + ld('"Product"') + ld('}{')],
    ['a script of another type', '<script type="application/json">{"@type":"Product"}</script>'],
    ['a product type only in text', '<p>"@type": "Product"</p>'],
  ])('ignores %s', (_name, html) => {
    expect(signalsOf(html)).toEqual([]);
  });

  it(`reads more than ${MAX_PRODUCTS_ON_A_PRODUCT_PAGE} top-level Products as a listing`, () => {
    const few = ld(JSON.stringify(Array.from({ length: MAX_PRODUCTS_ON_A_PRODUCT_PAGE }, () => ({ '@type': 'Product' }))));
    const many = ld(JSON.stringify(Array.from({ length: MAX_PRODUCTS_ON_A_PRODUCT_PAGE + 1 }, () => ({ '@type': 'Product' }))));
    expect(signalsOf(few)).toEqual(['dom:json-ld:Product']);
    expect(signalsOf(many)).toEqual([]);
  });

  it('survives deeply nested arrays', () => {
    expect(signalsOf(ld(`${'['.repeat(5000)}${']'.repeat(5000)}`))).toEqual([]);
  });
});

describe('microdata', () => {
  it('finds a top-level Product item', () => {
    expect(signalsOf('<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">x</span></div>')).toEqual(['dom:microdata:Product']);
  });

  it('ignores Products nested in a list and other item types', () => {
    const listing = '<ul itemscope itemtype="https://schema.org/ItemList">' + '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/Product"></li>'.repeat(3) + '</ul>';
    expect(signalsOf(listing)).toEqual([]);
    expect(signalsOf('<li itemscope itemtype="http://schema.org/Offer"></li>')).toEqual([]);
    expect(signalsOf('<div itemtype="https://schema.org/Product"></div>')).toEqual([]); // no itemscope: not an item
  });

  it('reads many top-level Product items as a listing', () => {
    expect(signalsOf('<div itemscope itemtype="https://schema.org/Product"></div>'.repeat(MAX_PRODUCTS_ON_A_PRODUCT_PAGE + 1))).toEqual([]);
  });
});

describe('og:type and markers', () => {
  it.each(['product', 'product.item', 'og:product', ' Product '])('og:type %j is a product page', (value) => {
    const doc = fixtureDocument(`<html><head><meta property="og:type" content="${value}"></head><body></body></html>`);
    expect(readProductSignals(doc)).toEqual([`dom:og:type=${value.trim().toLowerCase()}`]);
  });

  it.each(['website', 'article', 'ebay-objects:item', ''])('og:type %j is not', (value) => {
    const doc = fixtureDocument(`<html><head><meta property="og:type" content="${value}"></head><body></body></html>`);
    expect(readProductSignals(doc)).toEqual([]);
  });

  it('checks markers first and stops at the first signal unless asked for all', () => {
    const html = `<h1 id="productTitle">x</h1><meta property="og:type" content="product">${ld('{"@type":"Product"}')}`;
    const doc = fixtureDocument(`<html><head><meta property="og:type" content="product"></head><body>${html}</body></html>`);
    expect(readProductSignals(doc, ['#productTitle'])).toEqual(['dom:marker:#productTitle']);
    expect(readProductSignals(doc, ['#productTitle'], { all: true })).toEqual(['dom:marker:#productTitle', 'dom:og:type=product', 'dom:json-ld:Product']);
  });

  it('skips an invalid marker selector instead of throwing', () => {
    expect(signalsOf('<div class="x"></div>', ['[[[', '.x'])).toEqual(['dom:marker:.x']);
  });
});

describe('error pages', () => {
  it.each(['503 - Service Unavailable Error', '404 Not Found', 'Amazon.fr : Page introuvable', 'Service Unavailable'])('%j is an error page', (title) => {
    expect(looksLikeErrorPage(fixtureDocument(`<title>${title}</title>`))).toBe(true);
  });

  it.each(['Peugeot 404 miniature : Amazon.fr', 'Amazon.com', '', 'Fenêtre 500 x 600'])('%j is not', (title) => {
    expect(looksLikeErrorPage(fixtureDocument(`<title>${title}</title>`))).toBe(false);
  });
});

describe('documents that cannot be read', () => {
  it('returns no signal instead of throwing', () => {
    const hostile = new Proxy({} as Document, {
      get() {
        throw new Error('boom');
      },
    });
    expect(readProductSignals(hostile, ['#productTitle'])).toEqual([]);
    expect(looksLikeErrorPage(hostile)).toBe(false);
  });
});
