import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { PLATFORMS } from '@/data/platforms';
import { findSellerWatchTarget, sameSeller, SELLER_READERS, sellerOf } from '@/lib/sellers';
import { fixtureDocument, loadFixture } from '../../helpers/fixtures';

// Heavy by nature: parses the largest saved Amazon pages (1–2 MB each) with happy-dom.
// An explicit 30 s (vitest's default is 5 s) so a busy 2-core machine does not time it out.
vi.setConfig({ testTimeout: 30_000 });

const ROOT = path.join(import.meta.dirname, '../../..');

/** True when a module holds types only: nothing of it is left once compiled. */
function isTypeOnly(file: string): boolean {
  const js = ts.transpileModule(readFileSync(path.join(ROOT, file), 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext } }).outputText;
  return js.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '').replace(/export \{\};?/, '').trim() === '';
}

describe('the tests mirror the modules', () => {
  it('every module of lib/sellers with runtime code has its test at the same path under test/', () => {
    const modules = readdirSync(path.join(ROOT, 'lib/sellers')).filter((f) => f.endsWith('.ts'));
    const untested = modules.filter((f) => !existsSync(path.join(ROOT, 'test/lib/sellers', f.replace(/\.ts$/, '.test.ts'))) && !isTypeOnly(`lib/sellers/${f}`));
    expect(untested).toEqual([]);
    // The exemption is for types alone: a module with code is not exempt.
    expect(isTypeOnly('lib/sellers/types.ts')).toBe(true);
    expect(isTypeOnly('lib/sellers/own-entities.ts')).toBe(false);
  });
});

describe('registry', () => {
  it('every reader belongs to a listed platform and has watch selectors', () => {
    const ids = new Set(PLATFORMS.map((p) => p.id));
    const withExtractor = Object.keys(SELLER_READERS).sort();
    for (const id of withExtractor) {
      expect(ids.has(id), id).toBe(true);
      expect(SELLER_READERS[id]!.watch.length, id).toBeGreaterThan(0);
    }
    expect(withExtractor).toEqual(
      [
        ...['alibaba', 'aliexpress', 'amazon', 'boulanger', 'cdiscount', 'conforama', 'darty', 'ebay', 'fnac', 'laredoute', 'leboncoin', 'manomano', 'rakuten'],
        ...['auchan', 'but', 'carrefour', 'castorama', 'cultura', 'decathlon', 'leclerc', 'leroymerlin', 'maisonsdumonde', 'rueducommerce', 'zalando'],
      ].sort(),
    );
  });

  it.each([1, 7, 10, 12, 16])('the Amazon watch target is the buy box on saved product page %i', (n) => {
    const doc = fixtureDocument(loadFixture(`amazon/amazon-product-${n}.html.gz`));
    expect(findSellerWatchTarget('amazon', doc)?.id).toBe('desktop_buybox');
  });

  it('no watch target for a platform without an extractor', () => {
    expect(findSellerWatchTarget('temu', fixtureDocument('<main></main>'))).toBeNull();
  });
});

describe('reading again after the page changes (variant or offer switch)', () => {
  it('follows the buy box when Amazon swaps its content', () => {
    const doc = fixtureDocument(loadFixture('amazon/amazon-product-1.html.gz'));
    const before = sellerOf('amazon', doc);
    expect(before).toEqual({ kind: 'third-party', name: 'VELIHOTUBUYE' });
    // What Amazon's twister does on a variant click: the buy box is replaced by another offer's.
    doc.getElementById('merchant-info')!.textContent = 'Expédié et vendu par Amazon.';
    const after = sellerOf('amazon', doc);
    expect(after).toEqual({ kind: 'platform', name: 'Amazon' });
    expect(sameSeller(before, after)).toBe(false);
  });

  it('an offer that becomes unavailable goes back to unknown', () => {
    const doc = fixtureDocument(loadFixture('amazon/amazon-product-7.html.gz'));
    doc.getElementById('merchant-info')!.replaceChildren();
    // The seller-profile link went with it; "Altri venditori" offers elsewhere do not count.
    expect(sellerOf('amazon', doc)).toEqual({ kind: 'unknown' });
  });
});

describe('cost', () => {
  it('reads the largest saved Amazon page in a few milliseconds (it runs again on every buy-box change)', () => {
    const doc = fixtureDocument(loadFixture('amazon/amazon-product-16.html.gz'));
    sellerOf('amazon', doc);
    const start = performance.now();
    for (let i = 0; i < 10; i += 1) sellerOf('amazon', doc);
    // Generous bound for a shared 2-core machine; the point is "not a full-page scan per mutation".
    expect((performance.now() - start) / 10).toBeLessThan(50);
  });
});
