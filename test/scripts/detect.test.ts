import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { detectPage } from '@/lib/detect/detect';
import { loadFixture } from '../helpers/fixtures';

// Heavy by nature: each test starts Node with jiti and parses saved pages of up to 2 MB.
// An explicit 30 s (vitest's default is 5 s) so a busy 2-core machine does not time it out.
vi.setConfig({ testTimeout: 30_000 });

// Runs scripts/detect.ts the way `npm run detect` does (jiti), as a separate process.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const JITI = createRequire(import.meta.url).resolve('jiti/package.json').replace(/package\.json$/, 'lib/jiti-cli.mjs');

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [JITI, 'scripts/detect.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
}

const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm run detect', () => {
  it('prints one line per URL, in order, for 120 URLs in one call', () => {
    const base = [
      'https://www.amazon.fr/dp/B08L5VNF78',
      'https://www.amazon.fr/s?k=bouilloire',
      'https://www.ebay.fr/itm/265930375786',
      'https://www.darty.com/nav/achat/hifi/casque/sony_wh.html',
      'https://amazon.fr.evil.example/dp/B08L5VNF78',
      'not a url',
    ];
    const urls = Array.from({ length: 120 }, (_, i) => `${base[i % base.length]}${i % 2 ? '' : `#n${i}`}`);
    const result = run(urls.flatMap((u) => ['--url', u]));
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out).toHaveLength(120);
    out.forEach((line, i) => expect(line).toEqual({ url: urls[i], ...detectPage(urls[i] ?? '') }));
    expect(out[5]).toMatchObject({ platform: null, isProductPage: false, signals: ['url:unparsable'] });
  }, 60_000);

  it('reads URLs from a file or stdin with --urls', () => {
    const result = run(['--urls', '-'], '# comment\nhttps://www.vinted.fr/items/8860166901\n\nhttps://www.vinted.fr/items/new\n');
    expect(result.status).toBe(0);
    expect(lines(result.stdout).map((l) => l.isProductPage)).toEqual([true, false]);
  }, 60_000);

  it('takes a saved page as the document with --html, gzipped or not', () => {
    const url = 'https://www.amazon.com/dp/B0DR8G428S';
    const gz = run(['--url', url, '--html', 'test/fixtures/amazon/amazon-other-1.html.gz']);
    expect(gz.status).toBe(0);
    expect(lines(gz.stdout)).toEqual([
      { url, platform: 'amazon', isProductPage: false, signals: ['host:www.amazon.com', 'rule:amazon:/dp/<ASIN>', 'dom:error-page'], matchedHost: 'amazon.com', seller: { kind: 'unknown' }, trader: null },
    ]);

    const dir = mkdtempSync(path.join(tmpdir(), 'charte-pme-detect-'));
    const plain = path.join(dir, 'product.html');
    writeFileSync(plain, loadFixture('alibaba/alibaba-product-1.html.gz'));
    const darty = 'https://www.darty.com/nav/achat/petit_electromenager/cafetiere/nespresso_vertuo.html';
    const html = run(['--url', darty, '--html', plain]);
    expect(lines(html.stdout)[0]).toMatchObject({ platform: 'darty', isProductPage: true, signals: expect.arrayContaining(['dom:og:type=product']) });
  }, 60_000);

  it('with --html, prints who sells and the trader status; an ISO-8859-1 page is decoded by its declaration', () => {
    const rakuten = 'https://fr.shopping.rakuten.com/offer/buy/3820499960/sony-xperia-1-blanc-debloque-logiciel-original.html';
    const out = run(['--url', rakuten, '--html', 'test/fixtures/rakuten/rakuten-product-1.html.gz']);
    expect(out.status).toBe(0);
    expect(lines(out.stdout)[0]).toMatchObject({ platform: 'rakuten', isProductPage: true, seller: { kind: 'third-party', name: 'CoolTechFR' }, trader: 'professional' });

    // Real Latin-1 bytes behind an http-equiv declaration (« Vendu par Éléonore Boutique »), and a UTF-8 BOM page.
    const dir = mkdtempSync(path.join(tmpdir(), 'charte-pme-detect-'));
    const latin1 = path.join(dir, 'latin1.html');
    const head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>';
    writeFileSync(latin1, Buffer.from(`${head}<body><div id="fpSellBy"><div>Vendu par <a class="fpSellerName">\u00c9l\u00e9onore Boutique</a> (particulier)</div></div></body></html>`, 'latin1'));
    const cdiscount = 'https://www.cdiscount.com/jardin/piscine/kit-piscine/f-1631801-bes6942138929485.html';
    expect(lines(run(['--url', cdiscount, '--html', latin1]).stdout)[0]).toMatchObject({ seller: { kind: 'private', name: '\u00c9l\u00e9onore Boutique' }, trader: 'private' });
    const bom = path.join(dir, 'bom.html');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<html><body><p>Vendu et expédié par Cdiscount</p></body></html>', 'utf8')]));
    expect(lines(run(['--url', cdiscount, '--html', bom]).stdout)[0]).toMatchObject({ seller: { kind: 'platform', name: 'Cdiscount' }, trader: null });
    // Without --html there is no reading, so no seller field.
    expect(lines(run(['--url', cdiscount]).stdout)[0]).not.toHaveProperty('seller');
  }, 60_000);

  it('refuses --html with several URLs, and no URL at all', () => {
    const many = run(['--url', 'https://a.example/', '--url', 'https://b.example/', '--html', 'x.html']);
    expect(many.status).toBe(2);
    expect(many.stderr).toContain('--html applies to a single URL');
    expect(run([]).status).toBe(2);
    expect(execFileSync(process.execPath, [JITI, 'scripts/detect.ts', '--help'], { cwd: ROOT, encoding: 'utf8' })).toContain('Usage:');
  }, 60_000);
});
