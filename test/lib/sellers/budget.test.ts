import { describe, expect, it, vi } from 'vitest';
import { createBudget, sellerOf } from '@/lib/sellers';
import { NODE_BUDGET, withBudget } from '@/lib/sellers/budget';
import { readText } from '@/lib/sellers/page-text';
import { fixtureDocument } from '../../helpers/fixtures';

// Heavy by nature: builds and scans a page of about 20 MB to prove the readers stop at their budget.
// An explicit 30 s (vitest's default is 5 s) so a busy 2-core machine does not time it out.
vi.setConfig({ testTimeout: 30_000 });

describe('the budget of one reading', () => {
  it('runs out on nodes', () => {
    const budget = createBudget({ nodes: 10, ms: 1e9 });
    for (let i = 0; i < 10; i += 1) expect(budget.spend()).toBe(true);
    expect(budget.spend()).toBe(false);
    expect(budget.exhausted).toBe(true);
  });

  it('runs out on time, looked at as it walks', () => {
    let now = 0;
    const budget = createBudget({ nodes: 1e9, ms: 5, now: () => now });
    for (let i = 0; i < 5000; i += 1) budget.spend();
    expect(budget.exhausted).toBe(false);
    now = 6;
    let spent = 0;
    while (budget.spend()) spent += 1;
    // The clock is read once per 1,024 nodes.
    expect(spent).toBeLessThan(1024);
    expect(budget.exhausted).toBe(true);
  });

  it('bounds the text helpers inside a reading', () => {
    const doc = fixtureDocument(`<div id="x">${'<i>a</i>'.repeat(500)}</div>`);
    const budget = createBudget({ nodes: 100, ms: 1e9 });
    withBudget(budget, () => readText(doc.getElementById('x')));
    expect(budget.visited).toBeLessThanOrEqual(101);
    expect(budget.exhausted).toBe(true);
  });
});

describe('a ~20 MB page full of « vendu … par » paragraphs', () => {
  // 20,000 paragraphs of ~1 KB of prose that mentions « vendu … par »; the last ten also hold a
  // line that reads like a seller statement, each with another name, which a scan must not reach.
  const prose = `Ce modèle est vendu neuf dans son emballage et il a été noté par nos clients. ${'Très bon rapport qualité prix, livré vite. '.repeat(20)}`;
  let doc: Document;
  const build = () => {
    // Inside Amazon's product container too, so its digital-item line scan walks it as well.
    doc = fixtureDocument('<html><head><title>P</title></head><body><div id="dp-container"><main></main></div></body></html>');
    const main = doc.querySelector('main')!;
    for (let i = 0; i < 20_000; i += 1) {
      const p = doc.createElement('p');
      p.append(prose);
      if (i >= 19_990) {
        const b = doc.createElement('b');
        b.textContent = `Vendu par Vendeur ${i} et expédié par un transporteur`;
        p.append(b);
      }
      main.append(p);
    }
  };

  it('is read within the node budget, and answers unknown', () => {
    build();
    expect(doc.body.textContent!.length).toBeGreaterThan(18_000_000);
    for (const platform of ['cdiscount', 'rakuten', 'amazon']) {
      const budget = createBudget({ ms: 1e9 }); // nodes only: happy-dom's DOM is far slower than a browser's
      expect(sellerOf(platform, doc, budget), platform).toEqual({ kind: 'unknown' });
      expect(budget.visited, platform).toBeLessThanOrEqual(NODE_BUDGET + 1);
      // The « Vendu par » scan (Cdiscount, and Amazon's digital-item line) stopped at its budget.
      if (platform !== 'rakuten') expect(budget.exhausted, platform).toBe(true);
    }
    // The default budget also stops on time: the browser test checks no long task on such a page.
    const timed = createBudget();
    expect(sellerOf('fnac', doc, timed)).toEqual({ kind: 'unknown' });
    expect(timed.visited).toBeLessThanOrEqual(NODE_BUDGET + 1);
  }, 180_000);
});
