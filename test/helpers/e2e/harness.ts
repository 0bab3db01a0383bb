// Browser-test harness: Debian's Chromium driven by playwright-core, the built extension loaded,
// every request either served from a fixture or aborted and recorded. Nothing here downloads a browser.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page, type Request, type Route, type Worker } from 'playwright-core';
import { onTestFailed } from 'vitest';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const FIXTURES_DIR = path.join(ROOT, 'test/fixtures');
export const RESULTS_DIR = path.join(ROOT, 'test-results');

/** The flags this machine needs: without the networking ones Chromium calls home at every start. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One request that reached the network layer of the browser. */
export interface RecordedRequest {
  url: string;
  /** `served`: answered by routeFixture; `blocked`: aborted, it never left the browser. */
  outcome: 'served' | 'blocked';
  /** Who asked: the extension's service worker, or the page/frame URL at the time. */
  from: string;
  resourceType: string;
}

export interface ExtensionHandle {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker: `evaluate` runs code in it (chrome.runtime.getManifest()…). */
  serviceWorker: Worker;
  /** Every request seen so far, in order (chrome-extension:// loads are not network and not listed). */
  requests: RecordedRequest[];
  /** The requests that were aborted: with a synthetic or CSP-locked page, only the extension can cause them. */
  blocked(): RecordedRequest[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked extension; default: see defaultExtDir(). */
  extDir?: string;
  /** Browser UI language, which `browser.i18n` and navigator.language follow. Default fr-FR. */
  locale?: string;
  /**
   * Keep Chromium's back/forward cache. Playwright launches every browser with
   * --disable-back-forward-cache, so by default a history navigation always loads the page anew,
   * routed or not; with this, leaving a page freezes it and going back restores it (pageshow
   * with persisted). `page.goBack`/`goForward` then need `waitUntil: 'commit'`: a restore fires no load.
   */
  backForwardCache?: boolean;
}

const recorders = new WeakMap<BrowserContext, RecordedRequest[]>();

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** EXT_DIR, else WXT_OUT_DIR's chrome-mv3 (what `npm run build:chrome` just built), else `.output/chrome-mv3`. */
export function defaultExtDir(): string {
  const outDir = process.env.WXT_OUT_DIR || '.output';
  return path.resolve(ROOT, process.env.EXT_DIR || path.join(outDir, 'chrome-mv3'));
}

/** Throws the message a person needs when the browser or the build is missing; never skips. */
export function assertPrerequisites(extDir: string): void {
  const exe = chromiumPath();
  if (!existsSync(exe)) {
    throw new Error(
      `Chromium not found at ${exe}. The browser tests drive Debian's Chromium: ` +
        'install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).',
    );
  }
  if (!existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extDir}: run \`npm run build\` first (or set EXT_DIR).`);
  }
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHandle> {
  const extDir = path.resolve(options.extDir ?? defaultExtDir());
  assertPrerequisites(extDir);
  const locale = options.locale ?? 'fr-FR';
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'charte-pme-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale,
    viewport: { width: 1280, height: 800 },
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    args: [
      ...CHROMIUM_FLAGS,
      `--lang=${locale}`,
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
    ],
  });
  const requests: RecordedRequest[] = [];
  recorders.set(context, requests);
  // Context-wide net, installed before any page opens: it also sees the service worker and the
  // extension's own pages. Page routes from routeFixture take precedence for their exact URL.
  await context.route('**/*', (route) => {
    const request = route.request();
    if (isExtensionUrl(request.url())) return route.continue();
    requests.push(record(request, 'blocked'));
    return route.abort('blockedbyclient');
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      serviceWorker: worker,
      requests,
      blocked: () => requests.filter((r) => r.outcome === 'blocked'),
      close: async () => {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    throw new Error(`The extension in ${extDir} did not start a service worker: ${String(error)}`);
  }
}

export interface FixtureOptions {
  /** Sent as the Content-Security-Policy header: a page's CSP does not bind the content script. */
  csp?: string;
}

/**
 * Blocks a saved page's own scripts, images and styles before they reach the network layer: a
 * page's CSP does not bind a content script, so what is left (work, requests) is the extension's.
 */
export const QUIET_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * Serves `source` for exactly `url` in this page. `source` is HTML (starts with `<`) or a path
 * under test/fixtures (`amazon/amazon-product-1.html.gz`). Anything else the page asks for falls
 * through to launchExtension's net: aborted and recorded.
 */
export async function routeFixture(page: Page, url: string, source: string, options: FixtureOptions = {}): Promise<void> {
  const body = loadSource(source);
  const requests = recorders.get(page.context());
  const target = new URL(url).href;
  await page.route(
    (u) => u.href === target,
    (route: Route) => {
      requests?.push(record(route.request(), 'served'));
      return route.fulfill({
        status: 200,
        // Saved pages keep their bytes: the browser reads the charset from their <meta>.
        headers: {
          'content-type': source.trimStart().startsWith('<') ? 'text/html; charset=utf-8' : 'text/html',
          ...(options.csp ? { 'content-security-policy': options.csp } : {}),
        },
        body,
      });
    },
  );
}

/**
 * What Amazon's own stylesheet (not saved with the pages) does for a saved Amazon page: its
 * `.aok-hidden` elements stay hidden. Without it, the saved pages show the darkened backdrop of
 * the "all offers" drawer (#aod-background, fixed) over the whole page, the title and the badge
 * under it included, which no shopper sees on the live site.
 */
export const AMAZON_HIDDEN_CSS = '.aok-hidden { display: none !important; }';

/** Puts AMAZON_HIDDEN_CSS in a saved Amazon page (after it is opened). */
export async function hideAsAmazonDoes(page: Page): Promise<void> {
  // A plain evaluate, not addStyleTag: that one waits on the page and fails on any CSP report the
  // page raises meanwhile (the saved pages' blocked ad frames).
  await page.evaluate((css) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.documentElement.append(style);
  }, AMAZON_HIDDEN_CSS);
}

/**
 * A new tab showing `source` at `url` (see routeFixture). Returns at DOMContentLoaded: saved pages
 * may never fire "load" once their subresources are aborted.
 */
export async function openRoutedPage(ext: ExtensionHandle, url: string, source: string, options: FixtureOptions = {}): Promise<Page> {
  const page = await ext.context.newPage();
  await routeFixture(page, url, source, options);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/** A fixture's HTML as text (UTF-8), for tests that need to read or alter it. */
export function readFixture(relativePath: string): string {
  return loadSource(relativePath).toString('utf8');
}

function loadSource(source: string): Buffer {
  if (source.trimStart().startsWith('<')) return Buffer.from(source, 'utf8');
  const file = path.isAbsolute(source) ? source : path.join(FIXTURES_DIR, source);
  if (!existsSync(file)) throw new Error(`Fixture not found: ${file}`);
  const raw = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(raw) : raw;
}

/** Sums the page's layout shifts from its first script on; call before `page.goto`, read with readLayoutShifts. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { charteShifts: number };
    w.charteShifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.charteShifts += (e as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function readLayoutShifts(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { charteShifts: number }).charteShifts);
}

/** A long task (> 50 ms) of a page, on its performance timeline (ms). */
export interface LongTask {
  start: number;
  duration: number;
}

/** Records the page's long tasks from its first script on; call before `page.goto`. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // No named function in here: the test runner's transform would wrap it in a helper that
    // does not exist in the page.
    const tasks: { start: number; duration: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    });
    observer.observe({ type: 'longtask', buffered: true });
    // The callback runs at low priority, and a test polling the page can hold it off: a read
    // also takes the entries still queued.
    (window as unknown as { charteLongTasks(): typeof tasks }).charteLongTasks = () => {
      for (const e of observer.takeRecords()) tasks.push({ start: e.startTime, duration: e.duration });
      return tasks;
    };
  });
}

/** The long tasks the page has run so far (recorded by recordLongTasks). */
export function readLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => (window as unknown as { charteLongTasks?: () => LongTask[] }).charteLongTasks?.() ?? []);
}

/** The first performance entry of that name (a mark or a measure such as `charte-pme:mounted`). */
export function readPerformanceEntry(page: Page, name: string): Promise<{ startTime: number; duration: number } | undefined> {
  return page.evaluate((n) => {
    const entry = performance.getEntriesByName(n)[0];
    return entry && { startTime: entry.startTime, duration: entry.duration };
  }, name);
}

/** Opens an extension page (`popup.html`, `sidepanel.html?platform=amazon`) in a tab. */
export async function openExtensionPage(ext: ExtensionHandle, pagePath: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${pagePath.replace(/^\//, '')}`);
  return page;
}

export interface SyntheticProduct {
  /** Product name: the page title, the <h1> and the JSON-LD name. */
  name: string;
  lang?: string;
  price?: string;
  currency?: string;
  brand?: string;
  /** Extra markup at the end of <body> (hostile scripts, markers…). */
  body?: string;
  /** Extra markup in <head>. */
  head?: string;
}

/** Minimal product page for platforms without a saved page: a title and schema.org Product JSON-LD. */
export function syntheticProductPage(p: SyntheticProduct): string {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.name,
    ...(p.brand ? { brand: { '@type': 'Brand', name: p.brand } } : {}),
    offers: { '@type': 'Offer', price: p.price ?? '19.99', priceCurrency: p.currency ?? 'EUR' },
  };
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="${esc(p.lang ?? 'fr')}"><head><meta charset="utf-8"><title>${esc(p.name)}</title>
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>${p.head ?? ''}
</head><body><main><h1 id="product-title">${esc(p.name)}</h1><p class="price">${esc(p.price ?? '19.99')} €</p></main>${p.body ?? ''}</body></html>`;
}

/**
 * Call inside a test: if it fails, every open tab of the context (or the one page) is saved as
 * test-results/<test name>[-n].png.
 */
export function screenshotOnFailure(target: ExtensionHandle | Page): void {
  onTestFailed(async ({ task }) => {
    // The persistent context's initial blank tab is noise.
    const pages = 'extensionId' in target ? target.context.pages().filter((p) => p.url() !== 'about:blank') : [target];
    mkdirSync(RESULTS_DIR, { recursive: true });
    const base = task.name.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '').slice(0, 100) || 'test';
    for (const [i, page] of pages.entries()) {
      if (page.isClosed()) continue;
      const file = path.join(RESULTS_DIR, `${base}${i ? `-${i + 1}` : ''}.png`);
      await page.screenshot({ path: file }).catch(() => undefined);
    }
  });
}

function isExtensionUrl(url: string): boolean {
  return url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:');
}

function record(request: Request, outcome: RecordedRequest['outcome']): RecordedRequest {
  let from = 'unknown';
  if (request.serviceWorker()) from = 'service-worker';
  else {
    try {
      from = request.frame().url() || 'unknown';
    } catch {
      // Requests of a worker that is not a frame have none.
    }
  }
  return { url: request.url(), outcome, from, resourceType: request.resourceType() };
}
