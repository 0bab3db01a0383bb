import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyUrl, detectPage, type Detection } from '@/lib/detect/detect';
import { readProductSignals } from '@/lib/detect/dom-hints';
import { getPlatform, PLATFORMS } from '@/data/platforms';
import { fixtureDocument } from '../../helpers/fixtures';

const RUNS = { numRuns: 1000 };
const LISTED_HOSTS = PLATFORMS.flatMap((p) => p.hostnames);

/** The contract every caller relies on, whatever the input. */
function expectValid(d: Detection): void {
  expect(typeof d.isProductPage).toBe('boolean');
  expect(Array.isArray(d.signals)).toBe(true);
  expect(d.signals.length).toBeGreaterThan(0);
  for (const s of d.signals) expect(typeof s === 'string' && s.length > 0).toBe(true);
  if (d.platform === null) {
    expect(d.isProductPage).toBe(false);
    expect(d.matchedHost).toBeUndefined();
  } else {
    const platform = getPlatform(d.platform);
    expect(platform).toBeDefined();
    expect(platform?.hostnames).toContain(d.matchedHost);
  }
}

/** One product-shaped path per platform, so generated URLs reach every branch of the rules. */
const SAMPLE_PATHS: Record<string, string> = {
  amazon: '/dp/B08L5VNF78', ebay: '/itm/265930375786', aliexpress: '/item/32993251330.html',
  alibaba: '/product-detail/x_62320522213.html', boulanger: '/ref/1150997', cdiscount: '/x/f-1070992-hp15.html',
  conforama: '/x/p/B741852', fnac: '/a17312773', darty: '/nav/achat/x/y.html', laredoute: '/ppdp/prod-554346844.aspx',
  leboncoin: '/ad/voitures/2876543210', manomano: '/p/x-30636057', rakuten: '/mfp/123/x', ldlc: '/fiche/PB00590147.html',
  backmarket: '/fr-fr/p/x/7c3dcefc-9ebf-48df-8d27-50ff8082cddb', temu: '/fr/x-g-606271004607882.html',
  shein: '/x-p-12345678.html', vinted: '/items/8860166901', etsy: '/listing/123',
};

/** URLs that look like the marketplaces' own: their hosts, their shapes, random tails and lookalike hosts. */
const marketplaceUrl = fc
  .constantFrom(...PLATFORMS.filter((p) => p.hostnames.length > 0))
  .chain((platform) =>
    fc.record({
      // Repeated entries weigh the draw toward valid marketplace URLs.
      scheme: fc.constantFrom('https://', 'https://', 'https://', 'http://', 'HTTPS://', 'ftp://', 'javascript:', '//'),
      sub: fc.constantFrom('', 'www.', 'www.', 'm.', 'fr.', 'smile.', 'livre.', 'evil-'),
      host: fc.constantFrom(...platform.hostnames),
      tail: fc.constantFrom('', '', '', '', '.', '.evil.example', 'x', ':8443'),
      path: fc.oneof(
        fc.webPath(),
        fc.webPath().map((rest) => `${SAMPLE_PATHS[platform.id] ?? ''}${rest.length % 2 === 0 ? '' : rest}`),
      ),
      query: fc.option(fc.webQueryParameters(), { nil: undefined }),
      fragment: fc.option(fc.webFragments(), { nil: undefined }),
    }),
  )
  .map(({ scheme, sub, host, tail, path, query, fragment }) =>
    `${scheme}${sub}${host}${tail}${path}${query === undefined ? '' : `?${query}`}${fragment === undefined ? '' : `#${fragment}`}`,
  );

const anyUrl = fc.oneof(
  { arbitrary: marketplaceUrl, weight: 4 },
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

/** HTML built from the pieces the detector reads, mixed with junk, broken or not. */
const htmlPiece = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.jsonValue().map((v) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`),
  fc.string({ maxLength: 80 }).map((s) => `<script type="application/ld+json">{"@type":"Product"${s}</script>`),
  fc.constantFrom('Product', 'ProductGroup', 'ItemList', 'Offer', 'WebPage').map((t) => `<script type="application/ld+json">{"@graph":[{"@type":"${t}"}]}</script>`),
  fc.constantFrom('product', 'website', '', 'product.item').map((v) => `<meta property="og:type" content="${v}">`),
  fc.constantFrom('Product', 'Offer', 'ListItem').map((t) => `<div itemscope itemtype="https://schema.org/${t}"${t === 'ListItem' ? ' itemprop="itemListElement"' : ''}>`),
  fc.constantFrom('<h1 id="productTitle">', '<div class="product_head">', '<title>503 - Service Unavailable</title>', '</div>', '<!--', ']]>', '<body>', '<head>'),
);
const anyHtml = fc.oneof(fc.string({ maxLength: 300 }), fc.array(htmlPiece, { maxLength: 12 }).map((parts) => parts.join('')));

describe('detectPage never throws and always answers in shape', () => {
  it('for any string as URL', () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        const d = detectPage(url);
        expectValid(d);
        expect(detectPage(url)).toEqual(d); // pure
      }),
      RUNS,
    );
  });

  it('for any HTML as document, with any URL', () => {
    fc.assert(
      fc.property(anyUrl, anyHtml, (url, html) => {
        const doc = fixtureDocument(html);
        const withDom = detectPage(url, doc);
        expectValid(withDom);
        const urlOnly = classifyUrl(url);
        // The DOM never makes a platform of a host, nor takes one away.
        expect(withDom.platform).toBe(urlOnly.platform?.id ?? null);
        // A decisive URL stays decisive; the one exception is an error page at a product URL.
        if (urlOnly.verdict === 'not-product') expect(withDom.isProductPage).toBe(false);
        if (urlOnly.verdict === 'product' && !withDom.isProductPage) expect(withDom.signals).toContain('dom:error-page');
        // An ambiguous URL follows the DOM.
        if (urlOnly.verdict === 'ambiguous' && urlOnly.platform) {
          expect(withDom.isProductPage).toBe(readProductSignals(doc, urlOnly.platform.pages?.markers).length > 0);
        }
      }),
      RUNS,
    );
  });
});

describe('host matching holds for generated hosts', () => {
  it('a host that is not a listed hostname or a subdomain of one is no platform', () => {
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (host, path) => {
        const isListed = LISTED_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
        fc.pre(!isListed);
        expect(detectPage(`https://${host}${path}`, fixtureDocument('<h1 id="productTitle"></h1>')).platform).toBeNull();
      }),
      RUNS,
    );
  });

  it('any subdomain of a listed hostname is that platform; a lookalike is not', () => {
    // Labels a browser can open: an "xn--" label that is not valid punycode makes the URL
    // unparsable (detect.test.ts has that case), so the generator leaves that prefix out.
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/).filter((l) => !l.startsWith('xn--'));
    fc.assert(
      fc.property(fc.constantFrom(...LISTED_HOSTS), label, (host, sub) => {
        const owner = PLATFORMS.find((p) => p.hostnames.includes(host))?.id;
        expect(detectPage(`https://${sub}.${host}/`).platform).toBe(owner);
        expect(detectPage(`https://${host}.${sub}.example/`).platform).toBeNull();
        expect(detectPage(`https://${sub}${host}/`).platform).toBeNull(); // 'x' + 'amazon.fr': another domain
      }),
      RUNS,
    );
  });
});
