import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { detectPage } from '@/lib/detect/detect';
import { readProductSignals } from '@/lib/detect/dom-hints';
import { getPlatform } from '@/data/platforms';
import { fixtureDocument, fixtureUrl, loadFixture, readManifest, SUBSTITUTE_URLS } from '../../helpers/fixtures';

// Heavy by nature: parses every saved page of test/fixtures with happy-dom.
// An explicit 30 s (vitest's default is 5 s) so a busy 2-core machine does not time it out.
vi.setConfig({ testTimeout: 30_000 });

const rows = readManifest().map((row) => ({ ...row, url: fixtureUrl(row), isProduct: row.pageKind === 'product' }));

/** What the DOM alone says on each site's saved product pages (old leboncoin ads carry no Product markup). */
const PRODUCT_DOM_SIGNAL: Record<string, string | null> = {
  amazon: 'dom:marker:#productTitle',
  ebay: 'dom:microdata:Product',
  aliexpress: 'dom:og:type=product',
  alibaba: 'dom:json-ld:Product',
  leboncoin: null,
  cdiscount: 'dom:marker:#fpBlocPrice',
  fnac: 'dom:marker:.f-productPage',
  laredoute: 'dom:og:type=product',
  rakuten: 'dom:json-ld:Product',
  auchan: 'dom:microdata:Product',
  zalando: 'dom:json-ld:Product',
};

function savedPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

describe('every saved page is classified as a person would', () => {
  it('the manifest lists every saved page, each with a URL', () => {
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
    expect(rows.map((r) => r.file).sort()).toEqual(savedPages(dir));
    for (const row of rows) expect(row.url, row.file).toMatch(/^https?:\/\//);
  });

  // Parsing a 1-2 MB page takes a second or more on a busy machine: one parse per row.
  it.each(rows.map((r) => [`${r.file} (${r.pageKind})`, r] as const))(
    '%s',
    (_name, row) => {
      const doc = fixtureDocument(loadFixture(row.file));
      const withDom = detectPage(row.url, doc);
      expect(withDom.platform).toBe(row.site);
      expect(withDom.isProductPage).toBe(row.isProduct);
      // The URL alone agrees, except on the error page served at a product URL (below).
      if (row.pageKind !== 'other') expect(detectPage(row.url).isProductPage).toBe(row.isProduct);

      const markers = getPlatform(row.site)?.pages?.markers ?? [];
      const dom = readProductSignals(doc, markers, { all: true });
      if (!row.isProduct) {
        // No product signal at all: even behind an ambiguous URL these pages would stay non-product.
        expect(dom).toEqual([]);
        return;
      }
      const expected = PRODUCT_DOM_SIGNAL[row.site];
      if (expected === null) expect(dom).toEqual([]);
      else expect(dom).toContain(expected);
      const anchor = getPlatform(row.site)?.pages?.anchor;
      if (anchor) expect(doc.querySelector(anchor), `anchor ${anchor}`).not.toBeNull();
    },
    30_000,
  );
});

describe('the Amazon 503 page', () => {
  const doc = fixtureDocument(loadFixture('amazon/amazon-other-1.html.gz'));
  const url = SUBSTITUTE_URLS['amazon/amazon-other-1.html.gz'] ?? '';

  it('is not a product page, even at a product URL', () => {
    expect(detectPage(url)).toMatchObject({ isProductPage: true }); // the URL alone cannot know
    expect(detectPage(url, doc)).toMatchObject({ platform: 'amazon', isProductPage: false });
    expect(detectPage(url, doc).signals).toEqual(['host:www.amazon.com', 'rule:amazon:/dp/<ASIN>', 'dom:error-page']);
  });

  it('is not a product page at the home URL either', () => {
    expect(detectPage('https://www.amazon.com/', doc)).toMatchObject({ platform: 'amazon', isProductPage: false });
  });
});
