// Issue 13's budgets, measured in Debian's Chromium on the largest saved Amazon product page:
// extension script time on the page's main thread (a CDP trace; script events whose URL is
// chrome-extension://, overlaps merged), the badge's delay after DOMContentLoaded, and the card's
// opening (click → first frame of the card, second stage included). Runs with and without the
// extension are interleaved; the whole-page TaskDuration ratio is printed for information only.
// By default the saved page's own inline scripts run, as on the live site (a shopper's page is never
// CSP-blocked): they compete with ours for the main thread. The blocked mode (a CSP that stops every
// page script) is kept as a second section, for comparison with earlier figures.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { clickInBadge } from '../../test/helpers/e2e/badge-shadow';
import { chromiumPath, CHROMIUM_FLAGS, defaultExtDir, launchExtension, QUIET_PAGE_CSP, readPerformanceEntry, routeFixture } from '../../test/helpers/e2e/harness';
import type { TraceEvent } from '../../test/helpers/e2e/extension-trace';
import { LARGEST_AMAZON } from './pages';
import type { BenchSection } from './types';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.evaluateModule', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback']);

/** Records a trace around `run` and returns the ms of main-thread script time spent in extension code. */
async function extensionScriptMs(page: Page, run: () => Promise<void>): Promise<{ extensionMs: number; cpuMs: number; taskMs: number; evaluateMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const isOurs = (e: TraceEvent) => {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
    return url.startsWith('chrome-extension://');
  };
  const ours = onMain.filter((e) => SCRIPT_EVENTS.has(e.name) && isOurs(e)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const spans = ours.map((e) => [e.ts, e.ts + e.dur!] as const);
  // Thread time of the outermost events (an event inside another of ours is already counted).
  let cpu = 0;
  let outerEnd = -Infinity;
  for (const e of ours) {
    if (e.ts + e.dur! <= outerEnd) continue;
    cpu += e.tdur ?? e.dur!;
    outerEnd = e.ts + e.dur!;
  }
  if (process.env.BENCH_DEBUG) {
    const ours = onMain.filter((e) => SCRIPT_EVENTS.has(e.name) && isOurs(e)).sort((a, b) => b.dur! - a.dur!).slice(0, 8);
    for (const e of ours) {
      const inner = onMain.filter((x) => x.ts >= e.ts && x.ts + (x.dur ?? 0) <= e.ts + e.dur! && x !== e && (x.dur ?? 0) > 1000).map((x) => `${x.name}:${(x.dur! / 1000).toFixed(1)}`);
      console.error(`${e.name} ${(e.dur! / 1000).toFixed(1)} ms ${JSON.stringify(e.args?.data ?? {}).slice(0, 120)} ${inner.join(' ')}`);
    }
  }
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of spans) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  const taskMs = onMain.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + e.dur!, 0) / 1000;
  // The first stage's own evaluation at document_start: its script's first EvaluateScript (the
  // compile is inside it), before any of its callbacks run.
  const firstEvaluate = ours.find((e) => e.name === 'EvaluateScript' && /\/content-scripts\/badge-[a-z]+\.js/.test(e.args?.data?.url ?? ''));
  return { extensionMs: total / 1000, cpuMs: cpu / 1000, taskMs, evaluateMs: firstEvaluate ? firstEvaluate.dur! / 1000 : NaN };
}

type PageScripts = 'running' | 'blocked';

async function loadOnce(context: BrowserContext, withBadge: boolean, pageScripts: PageScripts) {
  const page = await context.newPage();
  await routeFixture(page, LARGEST_AMAZON.url, LARGEST_AMAZON.file, pageScripts === 'blocked' ? { csp: QUIET_PAGE_CSP } : {});
  let badgeAfterDcl = NaN;
  let cardMs = NaN;
  const trace = await extensionScriptMs(page, async () => {
    await page.goto(LARGEST_AMAZON.url, { waitUntil: 'domcontentloaded' });
    // With the page's own scripts running, "load" can wait on one of them for long (its requests are
    // aborted): the 3 s below still cover what the badge does once the page is quiet.
    await page.waitForLoadState('load', { timeout: 10_000 }).catch(() => undefined);
    if (withBadge) await page.locator('charte-pme-badge').waitFor({ state: 'attached', timeout: 15_000 });
    // Later work included: timers, observers and anything the badge does once the page is quiet.
    await page.waitForTimeout(3000);
  });
  if (withBadge) {
    const mounted = await readPerformanceEntry(page, 'charte-pme:mounted');
    const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
    if (mounted) badgeAfterDcl = mounted.startTime + mounted.duration - dcl;
    await clickInBadge(page, /^Charte PME/);
    for (let i = 0; i < 50 && Number.isNaN(cardMs); i++) {
      cardMs = (await readPerformanceEntry(page, 'charte-pme:card'))?.duration ?? NaN;
      if (Number.isNaN(cardMs)) await page.waitForTimeout(50);
    }
  }
  await page.close();
  return { ...trace, badgeAfterDcl, cardMs };
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

const traceSection = (pageScripts: PageScripts): BenchSection => ({
  name: `Badge cost on the largest Amazon page (trace, page scripts ${pageScripts})`,
  async run() {
    if (!process.env.EXT_DIR) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
    const ext = await launchExtension({ extDir: defaultExtDir() });
    const bareDir = await mkdtemp(path.join(tmpdir(), 'charte-pme-bench-'));
    const bare = await chromium.launchPersistentContext(bareDir, { executablePath: chromiumPath(), headless: true, locale: 'fr-FR', viewport: { width: 1280, height: 800 }, args: [...CHROMIUM_FLAGS] });
    // The default position (under the product title, which this page has) and a corner (the
    // fallback where a page has no title anchor: the corner check runs after the first paint).
    const setPosition = (position: string | undefined) =>
      ext.serviceWorker.evaluate(async (p) => {
        const { sync } = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } }).chrome.storage;
        if (p) await sync.set({ settings: { position: p } });
        else await sync.remove('settings');
      }, position);
    try {
      const inline: Awaited<ReturnType<typeof loadOnce>>[] = [];
      const corner: Awaited<ReturnType<typeof loadOnce>>[] = [];
      const without: Awaited<ReturnType<typeof loadOnce>>[] = [];
      for (let i = 0; i < RUNS; i++) {
        without.push(await loadOnce(bare, false, pageScripts));
        await setPosition(undefined);
        inline.push(await loadOnce(ext.context, true, pageScripts));
        await setPosition('bottom-right');
        corner.push(await loadOnce(ext.context, true, pageScripts));
      }
      await setPosition(undefined);
      const f = (x: number) => x.toFixed(1);
      const row = (label: string, runs: number[], budget = '', bold = true) =>
        `| ${label} | ${bold ? `**${f(median(runs))} ms**` : `${f(median(runs))} ms`} | ${runs.map(f).join(', ')} | ${budget} |`;
      return [
        `\`${LARGEST_AMAZON.file}\` (${LARGEST_AMAZON.url}), ${RUNS} rounds of three interleaved loads (without the extension; with it, default position under the title; with it, bottom-right corner), ${pageScripts === 'running' ? "the saved page's own inline scripts running (its other requests aborted: no network)" : 'page scripts blocked by CSP'}; medians.`,
        '',
        '| Measure | Median | Runs | Budget (target) |',
        '|---|---:|---|---:|',
        row('Extension script on the main thread (trace), default position', inline.map((r) => r.extensionMs), '≤ 8 ms (6)'),
        row('Extension script on the main thread (trace), corner', corner.map((r) => r.extensionMs), '≤ 8 ms (6)'),
        row('First stage evaluated at document_start (its EvaluateScript), default position', inline.map((r) => r.evaluateMs), '≤ 3 ms'),
        row('Same events, main-thread CPU time, default position (information: without the waits a busy machine adds)', inline.map((r) => r.cpuMs), '', false),
        row('Same events, main-thread CPU time, corner (information)', corner.map((r) => r.cpuMs), '', false),
        row('Badge after DOMContentLoaded, default position', inline.map((r) => r.badgeAfterDcl), '≤ 100 ms (80)'),
        row('Badge after DOMContentLoaded, corner (shown once its corner is checked)', corner.map((r) => r.badgeAfterDcl), '≤ 100 ms (80)'),
        row("Opening the card (click → card's first frame, second stage included)", inline.map((r) => r.cardMs), '≤ 100 ms'),
        `| Whole-page main-thread time, with (default) ÷ without (information only, ±5 %) | ${(median(inline.map((r) => r.taskMs)) / median(without.map((r) => r.taskMs))).toFixed(3)} | | |`,
      ].join('\n');
    } finally {
      await bare.close();
      await rm(bareDir, { recursive: true, force: true });
      await ext.close();
    }
  },
});

/** As shoppers meet it: the page's own scripts run. */
export const section = traceSection('running');
/** The earlier measure (page scripts blocked by CSP), for comparison. */
export const blockedSection = traceSection('blocked');
