// The harness itself: if these fail, every other browser test is meaningless.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertPrerequisites,
  defaultExtDir,
  launchExtension,
  readLongTasks,
  readPerformanceEntry,
  recordLongTasks,
  routeFixture,
  screenshotOnFailure,
  syntheticProductPage,
  type ExtensionHandle,
} from '../helpers/e2e/harness';
import { readLoadedManifest } from '../helpers/e2e/service-worker';
import { extensionSettled } from '../helpers/e2e/signals';

describe('prerequisites', () => {
  it('names the apt-get command when Chromium is missing', () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      expect(() => assertPrerequisites(defaultExtDir())).toThrow(/apt-get install -y chromium/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('names npm run build when the extension is not built', () => {
    expect(() => assertPrerequisites('/nonexistent/chrome-mv3')).toThrow(/npm run build/);
  });
});

describe('launchExtension', () => {
  let ext: ExtensionHandle;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('loads the extension and starts its service worker', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(ext.serviceWorker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
  });

  it('runs with least permissions: no tabs, no <all_urls>, only marketplace hosts', async () => {
    const manifest = await readLoadedManifest(ext);
    expect(manifest.permissions).not.toContain('tabs');
    const hosts = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])];
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) {
      expect(host).not.toBe('<all_urls>');
      expect(host).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\.[a-z]+\/\*$/);
    }
  });

  it('serves a routed synthetic page and lets no request escape', async () => {
    const page = await ext.context.newPage();
    screenshotOnFailure(page);
    const url = 'https://www.amazon.fr/dp/B000000001';
    await routeFixture(page, url, syntheticProductPage({ name: 'Cafetière test' }));
    await page.goto(url);
    await expect(page.title()).resolves.toBe('Cafetière test');
    // The content script and the worker have done what they would do on this page.
    await extensionSettled(ext, url);
    expect(ext.blocked()).toEqual([]);
    expect(ext.requests).toContainEqual(expect.objectContaining({ url, outcome: 'served' }));
    await page.close();
  });

  it('serves a gzipped saved page with its own charset', async () => {
    const page = await ext.context.newPage();
    screenshotOnFailure(page);
    const url = 'https://www.amazon.fr/Connector-Irrigation-Plumbing-Fittings-Splitter/dp/B08LNDXM65';
    await routeFixture(page, url, 'amazon/amazon-product-1.html.gz', { csp: "default-src 'none'; style-src 'unsafe-inline'" });
    await page.goto(url);
    await expect(page.title()).resolves.toContain('Amazon.fr');
    await page.close();
  });

  it('aborts and records any other request', async () => {
    const page = await ext.context.newPage();
    const url = 'https://www.fnac.com/a1234567/test';
    await routeFixture(page, url, syntheticProductPage({ name: 'Livre' }));
    await page.goto(url);
    const fetched = await page.evaluate(() =>
      fetch('https://tracker.invalid/collect').then(
        () => 'reached',
        () => 'failed',
      ),
    );
    expect(fetched).toBe('failed');
    expect(ext.blocked()).toContainEqual(expect.objectContaining({ url: 'https://tracker.invalid/collect', from: url }));
    ext.requests.length = 0;
    await page.close();
  });

  it('records a page’s long tasks and performance entries', async () => {
    const page = await ext.context.newPage();
    await recordLongTasks(page);
    const url = 'https://www.example.org/busy';
    // After load, like the content script (document_idle): Chromium does not always report a
    // long task run while the page is still being parsed.
    const busy = 'performance.mark("busy"); const end = performance.now() + 120; while (performance.now() < end);';
    await routeFixture(page, url, `<!doctype html><title>Busy</title><script>addEventListener('load', () => setTimeout(() => { ${busy} }, 50));</script>`);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('busy').length > 0);
    await expect.poll(async () => (await readLongTasks(page)).length).toBeGreaterThan(0);
    expect(Math.max(...(await readLongTasks(page)).map((t) => t.duration))).toBeGreaterThanOrEqual(100);
    expect(await readPerformanceEntry(page, 'busy')).toMatchObject({ duration: 0 });
    expect(await readPerformanceEntry(page, 'never-recorded')).toBeUndefined();
    await page.close();
  });
});
