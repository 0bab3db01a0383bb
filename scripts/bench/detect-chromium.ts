// Runs the detection timing loops inside Debian's Chromium (what users run), on the same saved
// pages. The page is cross-origin isolated so performance.now() is fine-grained (5 µs, not 100 µs).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath } from '../../test/helpers/e2e/harness';
import type { BenchPage } from './detect-cases';
import { ROOT } from './detect-cases';
import type { CaseId } from './detect-measure';

const ORIGIN = 'https://bench.invalid/';
/** performance.now() granularity in a cross-origin-isolated Chromium page. */
export const CHROMIUM_TICK_MS = 0.005;
/** URL-only calls take 1-3 µs, below one tick: each sample is the mean of this many calls. */
export const CHROMIUM_URL_BATCH = 200;

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: path.join(ROOT, 'scripts/bench/detect-browser-entry.ts'), formats: ['iife'], name: 'CharteBench' },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if ('output' in o) {
      const chunk = o.output.find((c) => c.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('Vite produced no bundle');
}

/** Samples per case, or the reason Chromium could not run (no browser on this machine). */
export async function measureInChromium(pages: { product: BenchPage; search: BenchPage }): Promise<Record<CaseId, number[]> | string> {
  const exe = chromiumPath();
  if (!existsSync(exe)) return `Chromium not found at ${exe} (set CHROMIUM_PATH)`;
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: exe, headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url() === ORIGIN
        ? route.fulfill({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
            body: '<!doctype html><title>bench</title>',
          })
        : route.abort(),
    );
    await page.goto(ORIGIN);
    await page.addScriptTag({ content: code });
    return await page.evaluate(
      ({ product, search, urlBatch }) => {
        // DOMParser documents run no script and load nothing, like happy-dom's in the Node run.
        const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
        const api = (window as unknown as { CharteBench: typeof import('./detect-browser-entry') }).CharteBench;
        return api.measureDetection({
          product: { url: product.url, doc: parse(product.html) },
          search: { url: search.url, doc: parse(search.html) },
          now: () => performance.now(),
          urlBatch,
          urlSamples: 300,
          domSamples: 60,
        });
      },
      {
        product: { url: pages.product.url, html: pages.product.html },
        search: { url: pages.search.url, html: pages.search.html },
        urlBatch: CHROMIUM_URL_BATCH,
      },
    );
  } finally {
    await browser.close();
  }
}
