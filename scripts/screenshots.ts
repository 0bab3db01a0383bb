// Screenshots of the built extension for the README and the stores: the badge in each status,
// the opened card, the popup (on a marketplace and elsewhere), the options page, the welcome
// page and the side panel (folded, and deep-linked to Amazon), into docs/screenshots/.
// Run: npm run screenshots (builds first), or EXT_DIR=<built chrome-mv3> npm run screenshots -- --no-build
// Options: --locale=en-US (default fr-FR; file names get a -en suffix for other languages);
// --pages-only: the extension's own pages, not the badge.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { clickInBadge, inBadge } from '../test/helpers/e2e/badge-shadow';
import { defaultExtDir, launchExtension, openExtensionPage, routeFixture, syntheticProductPage, type ExtensionHandle } from '../test/helpers/e2e/harness';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'docs/screenshots');

/** One product page per status the badge can show. */
const PAGES = [
  { platform: 'amazon', status: 'renewal-signatory', url: 'https://www.amazon.fr/dp/B08L5VNF78' },
  { platform: 'fnac', status: 'signatory', url: 'https://www.fnac.com/a12345678/Bouilloire-electrique' },
  { platform: 'cdiscount', status: 'signatory', url: 'https://www.cdiscount.com/electromenager/f-1101-bouilloire123.html' },
  { platform: 'alibaba', status: 'declined', url: 'https://www.alibaba.com/product-detail/Electric-Kettle_1600123456789.html' },
  { platform: 'temu', status: 'not-listed', url: 'https://www.temu.com/fr/bouilloire-electrique-g-601099512345678.html' },
] as const;

/** A plain, neutral shop page: the screenshots show our badge, not someone else's design. */
function demoPage(platform: string): string {
  return syntheticProductPage({
    name: 'Bouilloire électrique 1,7 L',
    price: '29,90',
    head: `<style>
      body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #222; background: #f6f7f9; }
      header { background: #fff; border-bottom: 1px solid #ddd; padding: 14px 32px; font-weight: 600; }
      main { display: grid; grid-template-columns: 360px 1fr; gap: 32px; padding: 32px; max-width: 960px; }
      main::before { content: ''; grid-row: span 4; height: 320px; border-radius: 8px; background: #e3e6ea; }
      h1 { margin: 0; font-size: 26px; } .price { font-size: 24px; margin: 0; }
      .buy { justify-self: start; padding: 10px 24px; border-radius: 6px; border: 1px solid #888; background: #fff; }
    </style>`,
    body: `<script>document.querySelector('main').insertAdjacentHTML('beforeend', '<button class="buy">Ajouter au panier</button>');
      document.body.insertAdjacentHTML('afterbegin', '<header>${platform} — page d’exemple</header>');</script>`,
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const locale = args.find((a) => a.startsWith('--locale='))?.slice('--locale='.length) ?? 'fr-FR';
  const suffix = locale.startsWith('fr') ? '' : `-${locale.slice(0, 2)}`;
  if (!args.includes('--no-build') && !process.env.EXT_DIR) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const ext = await launchExtension({ extDir: defaultExtDir(), locale });
  const pagesOnly = args.includes('--pages-only');
  try {
    for (const { platform, status, url } of pagesOnly ? PAGES.slice(0, 1) : PAGES) {
      const page = await ext.context.newPage();
      await routeFixture(page, url, demoPage(platform));
      await page.goto(url);
      const host = page.locator(`charte-pme-badge[data-platform="${platform}"]`);
      await host.waitFor({ state: 'attached', timeout: 10_000 });
      const shown = await host.getAttribute('data-status');
      if (shown !== status) throw new Error(`${platform}: the badge says ${shown}, expected ${status}`);
      if (!pagesOnly) {
        await page.waitForTimeout(300); // entrance transition
        await shoot(page, `badge-${status}-${platform}${suffix}.png`);
        await clickInBadge(page, /^Charte PME/);
        await page.waitForTimeout(400);
        await shoot(page, `card-${status}-${platform}${suffix}.png`);
      }
      if (platform === 'amazon') await shootExtensionPages(ext, url, suffix);
      await page.close();
    }
  } finally {
    await ext.close();
  }
}

/** The popup over an Amazon tab and elsewhere, the options and welcome pages, the side panel. */
async function shootExtensionPages(ext: ExtensionHandle, productUrl: string, suffix: string): Promise<void> {
  // The popup reads the active tab; opened as a page it is told which tab with ?tab=<id>.
  const tabId = await ext.serviceWorker.evaluate(async (url) => {
    const g = globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } };
    return (await g.chrome.tabs.query({ url }))[0]?.id;
  }, productUrl);
  const shots: { page: string; file: string; width: number; height: number; fullPage: boolean }[] = [
    { page: `popup.html${tabId == null ? '' : `?tab=${tabId}`}`, file: 'popup', width: 380, height: 600, fullPage: true },
    { page: 'popup.html', file: 'popup-elsewhere', width: 380, height: 600, fullPage: true },
    { page: 'options.html', file: 'options', width: 720, height: 900, fullPage: true },
    { page: 'welcome.html', file: 'welcome', width: 900, height: 900, fullPage: true },
    { page: 'sidepanel.html', file: 'sidepanel', width: 400, height: 800, fullPage: false },
    { page: 'sidepanel.html?platform=amazon', file: 'sidepanel-amazon', width: 400, height: 800, fullPage: false },
  ];
  for (const shot of shots) {
    const page = await openExtensionPage(ext, shot.page);
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(200); // fonts, and the deep link's scroll
    await page.screenshot({ path: path.join(OUT_DIR, `${shot.file}${suffix}.png`), fullPage: shot.fullPage });
    console.log(`docs/screenshots/${shot.file}${suffix}.png`);
    await page.close();
  }
}

/** The corner of the page around everything our shadow root draws, with a margin of page. */
async function shoot(page: Page, file: string): Promise<void> {
  // The badge's shadow root is closed: its boxes are read through the debugging protocol.
  const box = await inBadge(page, (root) => {
    const rects = [...root.querySelectorAll('*')]
      .map((n) => n.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return null;
    const x = Math.min(...rects.map((r) => r.left));
    const y = Math.min(...rects.map((r) => r.top));
    return { x, y, width: Math.max(...rects.map((r) => r.right)) - x, height: Math.max(...rects.map((r) => r.bottom)) - y };
  });
  if (!box) throw new Error(`${file}: the badge draws nothing`);
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const margin = 32;
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  const clip = {
    x,
    y,
    width: Math.min(viewport.width - x, box.width + 2 * margin),
    height: Math.min(viewport.height - y, box.height + 2 * margin),
  };
  await page.screenshot({ path: path.join(OUT_DIR, file), clip });
  console.log(`docs/screenshots/${file}`);
}

await main();
