import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/data/platforms';
import { classifyUrl, detectPage, matchHost, productSignalsOf } from '@/lib/detect/detect';
import { PLATFORMS } from '@/data/platforms';
import { fixtureDocument } from '../../helpers/fixtures';

const PRODUCT_JSON_LD = '<script type="application/ld+json">{"@type":"Product","name":"x"}</script>';

describe('host matching is exact: listed hostnames and their subdomains only', () => {
  it.each([
    ['https://www.amazon.fr/dp/B08L5VNF78', 'amazon', 'amazon.fr'],
    ['https://amazon.fr/dp/B08L5VNF78', 'amazon', 'amazon.fr'],
    ['https://smile.amazon.co.uk/dp/B004SNMXRS', 'amazon', 'amazon.co.uk'],
    ['https://www.amazon.com.be/dp/B08L5VNF78', 'amazon', 'amazon.com.be'],
    ['https://fr.aliexpress.com/item/32993251330.html', 'aliexpress', 'aliexpress.com'],
    ['https://m.aliexpress.com/item/32993251330.html', 'aliexpress', 'aliexpress.com'],
    ['https://livre.fnac.com/a5715697/Dan-Brown-Inferno', 'fnac', 'fnac.com'],
    ['https://fr.shopping.rakuten.com/offer/buy/1615402569', 'rakuten', 'fr.shopping.rakuten.com'],
    ['https://WWW.EBAY.FR/itm/265930375786', 'ebay', 'ebay.fr'],
    ['https://www.ebay.fr./itm/265930375786', 'ebay', 'ebay.fr'], // fully qualified, trailing dot
    ['https://www.amazon.fr:443/dp/B08L5VNF78', 'amazon', 'amazon.fr'],
  ])('%s → %s (%s)', (url, platform, matchedHost) => {
    expect(detectPage(url)).toMatchObject({ platform, isProductPage: true, matchedHost });
  });

  it.each([
    'https://amazon.fr.evil.example/dp/B08L5VNF78',
    'https://notamazon.fr/dp/B08L5VNF78',
    'https://amazon-fr.example.com/dp/B08L5VNF78',
    'https://www.amazon.fr.example.test/dp/B08L5VNF78',
    'https://evil.example/?u=https://www.amazon.fr/dp/B08L5VNF78',
    'https://evil.example/www.amazon.fr/dp/B08L5VNF78',
    'https://www.amazon.fr@evil.example/dp/B08L5VNF78', // userinfo, not host
    'https://evil.example/#https://www.amazon.fr/dp/B08L5VNF78',
    'https://shopping.rakuten.com/mfp/12362131/x', // only the French shop is listed
    'https://amazon/dp/B08L5VNF78',
    'https://fr/dp/B08L5VNF78',
  ])('%s → no platform', (url) => {
    const result = detectPage(url, fixtureDocument(`<html><body id="productTitle">${PRODUCT_JSON_LD}</body></html>`));
    expect(result).toEqual({ platform: null, isProductPage: false, signals: [expect.stringMatching(/^host:not-listed:/)] });
  });

  it('counts http and https alike', () => {
    expect(detectPage('http://www.amazon.fr/dp/B08L5VNF78')).toMatchObject({ platform: 'amazon', isProductPage: true });
  });

  it('every platform that lists hostnames matches them and their subdomains', () => {
    for (const p of PLATFORMS) {
      for (const h of p.hostnames) {
        expect(matchHost(h)?.platform.id).toBe(p.id);
        expect(matchHost(`www.${h}`)).toEqual({ platform: p, matchedHost: h });
        expect(matchHost(`x${h}`)).toBeNull();
        expect(matchHost(`${h}.example`)).toBeNull();
      }
    }
  });
});

// Issue 13, "only where it means something": the groups' sites where nobody sells goods through
// the marketplace (jobs, tickets, streaming) are hosts of their own, and none is listed: no badge,
// no toolbar mark. leboncoin's job offers share its host: its rule table handles them.
describe('non-goods sites of the listed groups', () => {
  it.each([
    'https://www.amazon.jobs/fr/jobs/2876543/chef-de-projet',
    'https://www.primevideo.com/detail/0QHP8SLX4YM2X4V6ZH7RPZ3XB8/',
    'https://www.fnacspectacles.com/event/concert-123456',
    'https://jobs.ebayinc.com/us/en/job/R0061234/Software-Engineer',
  ])('%s: not a platform page', (url) => {
    expect(detectPage(url)).toMatchObject({ platform: null, isProductPage: false });
  });

  it('a leboncoin job offer is the platform, and not a product page', () => {
    expect(detectPage('https://www.leboncoin.fr/ad/offres_d_emploi/2845567890')).toMatchObject({ platform: 'leboncoin', isProductPage: false });
  });
});

describe('URLs that are not web pages of a platform', () => {
  it.each([
    ['', 'url:unparsable'],
    ['/dp/B08L5VNF78', 'url:unparsable'],
    ['www.amazon.fr/dp/B08L5VNF78', 'url:unparsable'],
    ['not a url at all', 'url:unparsable'],
    ['https://', 'url:unparsable'],
    // An "xn--" label must be valid punycode: the URL parser refuses this host, as a browser does.
    ['https://xn--a.amazon.fr/dp/B08L5VNF78', 'url:unparsable'],
    ['javascript:alert(1)', 'url:not-a-web-page'],
    ['data:text/html,<p>hi</p>', 'url:not-a-web-page'],
    ['ftp://www.amazon.fr/dp/B08L5VNF78', 'url:not-a-web-page'],
    ['chrome-extension://abc/popup.html', 'url:not-a-web-page'],
    ['about:blank', 'url:not-a-web-page'],
  ])('%j', (url, signal) => {
    expect(detectPage(url)).toEqual({ platform: null, isProductPage: false, signals: [signal] });
    expect(detectPage(url, fixtureDocument(PRODUCT_JSON_LD))).toEqual({ platform: null, isProductPage: false, signals: [signal] });
  });

  it('treats a non-string from untyped callers as unparsable', () => {
    expect(detectPage(undefined as unknown as string)).toEqual({ platform: null, isProductPage: false, signals: ['url:unparsable'] });
  });

  it('platforms with no known hostname match nothing (certideal, wish, veepee)', () => {
    for (const id of ['certideal', 'wish', 'veepee']) {
      expect(PLATFORMS.find((p) => p.id === id)?.hostnames).toEqual([]);
    }
    expect(detectPage('https://www.certideal.com/').platform).toBeNull();
  });
});

describe('signals explain the decision', () => {
  it('a decisive product URL', () => {
    expect(detectPage('https://www.amazon.fr/Some-Slug/dp/B08L5VNF78?th=1')).toEqual({
      platform: 'amazon',
      isProductPage: true,
      signals: ['host:www.amazon.fr', 'rule:amazon:/dp/<ASIN>'],
      matchedHost: 'amazon.fr',
    });
  });

  it('a listed host without a product rule', () => {
    expect(detectPage('https://www.amazon.fr/s?k=bouilloire').signals).toEqual(['host:www.amazon.fr', 'url:no-product-rule']);
  });

  it('a not-product rule wins over an ambiguous one', () => {
    expect(classifyUrl('https://www.darty.com/nav/achat/rayon/index.html')).toMatchObject({
      verdict: 'not-product',
      signals: ['host:www.darty.com', 'not-product:darty:/nav/achat/…/index.html'],
    });
  });

  it('the DOM never overrides a decisive non-product URL', () => {
    const doc = fixtureDocument(`<html><body><h1 id="productTitle">x</h1>${PRODUCT_JSON_LD}</body></html>`);
    expect(detectPage('https://www.amazon.fr/s?k=bouilloire', doc).isProductPage).toBe(false);
    expect(detectPage('https://www.vinted.fr/items/new', doc).isProductPage).toBe(false);
  });

  it('an error title does not veto a product URL whose page shows product signals', () => {
    const doc = fixtureDocument('<html><head><title>404 - Peugeot 404 miniature</title></head><body><span id="productTitle">x</span></body></html>');
    expect(detectPage('https://www.amazon.fr/dp/B08L5VNF78', doc).isProductPage).toBe(true);
    const empty = fixtureDocument('<html><head><title>Page introuvable</title></head><body></body></html>');
    expect(detectPage('https://www.amazon.fr/dp/B08L5VNF78', empty)).toMatchObject({ isProductPage: false });
  });

  it('every URL rule has a name and the signal quotes it', () => {
    for (const p of PLATFORMS) {
      for (const rule of [...(p.pages?.product ?? []), ...(p.pages?.notProduct ?? []), ...(p.pages?.ambiguous ?? [])]) {
        expect(rule.name.length, `${p.id} ${String(rule.path)}`).toBeGreaterThan(0);
        expect(rule.name).toMatch(/^\//);
      }
    }
  });
});

describe('productSignalsOf, for DOM that arrives after navigation', () => {
  const hasSignals = (doc: Document, id: string) => productSignalsOf(doc, getPlatform(id)!).length > 0;

  it('finds the platform markers, then schema.org', () => {
    const amazonDoc = fixtureDocument('<html><body><span id="productTitle">x</span></body></html>');
    expect(hasSignals(amazonDoc, 'amazon')).toBe(true);
    expect(hasSignals(amazonDoc, 'darty')).toBe(false);
    const ld = fixtureDocument(`<html><head>${PRODUCT_JSON_LD}</head><body></body></html>`);
    expect(hasSignals(ld, 'darty')).toBe(true);
  });

  it('is empty for an empty page', () => {
    expect(hasSignals(fixtureDocument(''), 'amazon')).toBe(false);
  });

  it('changes when the product DOM is added late', () => {
    const doc = fixtureDocument('<html><body><main></main></body></html>');
    expect(hasSignals(doc, 'amazon')).toBe(false);
    const title = doc.createElement('span');
    title.id = 'productTitle';
    doc.querySelector('main')?.append(title);
    expect(hasSignals(doc, 'amazon')).toBe(true);
  });
});
