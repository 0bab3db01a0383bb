import { describe, expect, it } from 'vitest';
import type { Platform } from '@/data/platforms/types';
import { getPlatform } from '@/data/platforms';
import { markerSignals } from '@/lib/badge/groups/marker-signals';

const base: Platform = { ...getPlatform('amazon')!, pages: { product: [], markers: ['#productTitle', '.buy-box', '[data-sku]'] } };

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

describe('markerSignals', () => {
  it('names each of the platform’s markers the page has, in the platform’s order', () => {
    const doc = page('<div data-sku="1"></div><h1 id="productTitle">Kettle</h1>');
    expect(markerSignals(doc, base)).toEqual(['dom:marker:#productTitle', 'dom:marker:[data-sku]']);
  });

  it('finds nothing on a page without them (an error page at a product URL)', () => {
    expect(markerSignals(page('<h1>Page introuvable</h1>'), base)).toEqual([]);
  });

  it('reads no other hint: a schema.org Product or og:type is not a marker', () => {
    const doc = page('<script type="application/ld+json">{"@type":"Product"}</script><meta property="og:type" content="product">');
    expect(markerSignals(doc, base)).toEqual([]);
  });

  it('finds nothing for a platform without markers or page rules', () => {
    const doc = page('<h1 id="productTitle">Kettle</h1>');
    expect(markerSignals(doc, { ...base, pages: { product: [] } })).toEqual([]);
    expect(markerSignals(doc, { ...base, pages: undefined })).toEqual([]);
  });
});
