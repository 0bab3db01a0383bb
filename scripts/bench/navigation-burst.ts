// What a page that calls history.pushState 3,000 times in a row pays for the badge: the page's
// main-thread time (CDP's TaskDuration) for the burst and what follows it, on a marketplace product
// page (the badge watches its navigations) against the same page on a host where no content script
// runs, interleaved. Reported, not asserted (times are the bench's); test/e2e/hostile.test.ts
// asserts what keeps it low: the burst is handled once, after it, not once per call.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { NAVIGATION_COALESCE_MS } from '../../lib/browser/navigation';
import { launchExtension, openRoutedPage, syntheticProductPage } from '../../test/helpers/e2e/harness';
import { pageSettled } from '../../test/helpers/e2e/signals';
import { summarize } from './stats';
import type { BenchSection } from './types';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CALLS = 3000;
const MARKETPLACE = 'https://www.amazon.fr/dp/B08L5VNF78';
const ELSEWHERE = 'https://www.example.org/dp/B08L5VNF78';
const KETTLE = syntheticProductPage({ name: 'Bouilloire électrique 1,7 L' });

/** The page's main-thread time, in ms, for the burst and what it sets off. */
async function burstCost(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  // Whatever the page (and the badge, where it runs) was still doing is done: a quiet baseline.
  await pageSettled(page);
  const before = await taskSeconds();
  await page.evaluate((calls) => {
    for (let i = 0; i < calls; i++) history.pushState({}, '', `/dp/B${String(i).padStart(9, '0')}`);
  }, CALLS);
  // The coalesced handling, on a timer set during the burst, has run, and what it set off.
  await pageSettled(page, NAVIGATION_COALESCE_MS);
  const cost = (await taskSeconds()) - before;
  await cdp.detach();
  return cost * 1000;
}

const median = (xs: number[]) => summarize(xs).median;

export const section: BenchSection = {
  name: 'In-page navigation burst',
  async run() {
    if (!process.env.EXT_DIR) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
    const ext = await launchExtension();
    const runs: { alone: number; withUs: number }[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        const bare = await openRoutedPage(ext, ELSEWHERE, KETTLE);
        const alone = await burstCost(bare);
        await bare.close();
        const page = await openRoutedPage(ext, MARKETPLACE, KETTLE);
        await page.locator('charte-pme-badge').waitFor({ state: 'attached' });
        const withUs = await burstCost(page);
        await page.close();
        runs.push({ alone, withUs });
      }
    } finally {
      await ext.close();
    }
    const ratio = median(runs.map((r) => r.withUs / r.alone));
    return [
      `${CALLS.toLocaleString('en')} \`history.pushState\` calls in one task on a synthetic product page, ${RUNS} interleaved rounds: the page on a host where no content script runs, then on amazon.fr with the badge; the page's main-thread time (CDP TaskDuration) for the burst and what follows; medians.`,
      '',
      `- Without the extension: ${median(runs.map((r) => r.alone)).toFixed(0)} ms; with it: ${median(runs.map((r) => r.withUs)).toFixed(0)} ms`,
      `- Ratio, with ÷ without: **${ratio.toFixed(2)}×** (runs: ${runs.map((r) => (r.withUs / r.alone).toFixed(2)).join(', ')}; target ≤ 1.5×)`,
    ].join('\n');
  },
};
