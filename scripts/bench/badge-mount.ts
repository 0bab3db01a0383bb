// Badge timing on the largest saved product page: from the content script's start to the badge
// mounted (the `charte-pme:mounted` measure it records), and the long tasks (> 50 ms) that
// overlap that span. The page's own scripts are blocked by CSP so what remains is the browser's
// work on a 1.9 MB page plus ours. Builds first unless EXT_DIR names a build to measure.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultExtDir,
  launchExtension,
  type LongTask,
  QUIET_PAGE_CSP,
  readLongTasks,
  readPerformanceEntry,
  recordLongTasks,
  routeFixture,
} from '../../test/helpers/e2e/harness';
import { LARGEST_AMAZON } from './pages';
import type { BenchSection } from './types';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const LARGEST_PRODUCT = LARGEST_AMAZON;
const RUNS = 5;

export interface MountTiming {
  /** Content script start → badge mounted, ms. */
  mountMs: number;
  /** Long tasks (> 50 ms) overlapping that span, with their durations in ms. */
  longTasks: number[];
}

/** Opens the page `RUNS` times in the built extension and returns one timing per run. */
export async function measureMount(extDir = defaultExtDir()): Promise<MountTiming[]> {
  const ext = await launchExtension({ extDir });
  try {
    const timings: MountTiming[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await ext.context.newPage();
      await recordLongTasks(page);
      await routeFixture(page, LARGEST_PRODUCT.url, LARGEST_PRODUCT.file, { csp: QUIET_PAGE_CSP });
      await page.goto(LARGEST_PRODUCT.url, { waitUntil: 'domcontentloaded' });
      await page.locator('charte-pme-badge').waitFor({ state: 'attached', timeout: 15_000 });
      await page.waitForTimeout(200);
      const mounted = await readPerformanceEntry(page, 'charte-pme:mounted');
      const tasks = await readLongTasks(page);
      timings.push(mounted ? { mountMs: mounted.duration, longTasks: overlapping(tasks, mounted) } : { mountMs: -1, longTasks: [] });
      await page.close();
    }
    return timings;
  } finally {
    await ext.close();
  }
}

/** The durations of the tasks that overlap a performance entry's span. */
function overlapping(tasks: readonly LongTask[], span: { startTime: number; duration: number }): number[] {
  const end = span.startTime + span.duration;
  return tasks.filter((t) => t.start < end && t.start + t.duration > span.startTime).map((t) => t.duration);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export const section: BenchSection = {
  name: 'Badge mount time (largest saved page)',
  async run() {
    if (!process.env.EXT_DIR) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
    const timings = await measureMount();
    const tasks = timings.flatMap((t) => t.longTasks);
    return [
      `\`${LARGEST_PRODUCT.file}\` (${LARGEST_PRODUCT.url}), ${RUNS} loads in Chromium, page scripts blocked by CSP.`,
      '',
      `- Content script start → badge mounted: **${median(timings.map((t) => t.mountMs)).toFixed(1)} ms** (median; runs: ${timings.map((t) => t.mountMs.toFixed(1)).join(', ')} ms)`,
      `- Long tasks overlapping that span: ${tasks.length ? tasks.map((d) => `${d.toFixed(0)} ms`).join(', ') : 'none'}`,
    ].join('\n');
  },
};
