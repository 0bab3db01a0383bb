// Pictures of the built extension, in French and in English, into docs/screenshots/ (README, stores)
// and public/welcome/ (the welcome page's picture of the badge on a product page):
// - for each example platform, the badge on a desktop page, its card opened, and the phone chip (390 px);
// - the phone card (Amazon), the popup (on a marketplace and elsewhere), the options page, the
//   welcome page and the side panel (folded, and deep-linked to Amazon);
// - docs/screenshots/INPUTS.sha256: the hash of what the pictures show (scripts/lib/screenshot-inputs.ts),
//   which a unit test compares with the files now, so stale pictures fail `npm test`.
// Run: npm run screenshots (builds first), or EXT_DIR=<built chrome-mv3> npm run screenshots -- --no-build
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { clickInBadge, inBadge } from '../test/helpers/e2e/badge-shadow';
import { defaultExtDir, launchExtension, openExtensionPage, routeFixture, type ExtensionHandle } from '../test/helpers/e2e/harness';
import { INPUTS_FILE, inputsRecord, screenshotInputsHash } from './lib/screenshot-inputs';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'docs/screenshots');
const WELCOME_DIR = 'welcome';

/**
 * One product page per status, and the two inferred ones (Darty, AliExpress). `title` is the
 * product title as the platform marks it up, so the badge sits under it as on the real site;
 * Darty and Temu name no title (no `anchor`): their badge goes to a corner.
 */
const PAGES = [
  { platform: 'amazon', status: 'renewal-signatory', url: 'https://www.amazon.fr/dp/B08L5VNF78', title: (n: string) => `<h1><span id="productTitle">${n}</span></h1>` },
  { platform: 'cdiscount', status: 'signatory', url: 'https://www.cdiscount.com/electromenager/f-1101-bouilloire123.html', title: (n: string) => `<h1 itemprop="name">${n}</h1>` },
  { platform: 'darty', status: 'signatory', url: 'https://www.darty.com/nav/achat/petit_electromenager/bouilloire/bouilloire_xyz.html', title: (n: string) => `<h1>${n}</h1>` },
  { platform: 'alibaba', status: 'declined', url: 'https://www.alibaba.com/product-detail/Electric-Kettle_1600123456789.html', title: (n: string) => `<h1 class="ma-title">${n}</h1>` },
  { platform: 'aliexpress', status: 'declined', url: 'https://fr.aliexpress.com/item/1005001234567890.html', title: (n: string) => `<h1 data-pl="product-title">${n}</h1>` },
  { platform: 'temu', status: 'not-listed', url: 'https://www.temu.com/fr/bouilloire-electrique-g-601099512345678.html', title: (n: string) => `<h1>${n}</h1>` },
] as const;

const LOCALES = [
  { locale: 'fr-FR', suffix: '', product: 'Bouilloire électrique 1,7 L', price: '29,90 €', buy: 'Ajouter au panier', demo: 'page d’exemple' },
  { locale: 'en-US', suffix: '-en', product: 'Electric kettle 1.7 L', price: '€29.90', buy: 'Add to basket', demo: 'demo page' },
] as const;

type Locale = (typeof LOCALES)[number];

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A plain, neutral shop page: the pictures show our badge, not someone else's design. */
function demoPage(platform: string, title: string, l: Locale): string {
  const jsonLd = { '@context': 'https://schema.org', '@type': 'Product', name: l.product, offers: { '@type': 'Offer', price: '29.90', priceCurrency: 'EUR' } };
  return `<!doctype html>
<html lang="${l.locale.slice(0, 2)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${l.product}</title>
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #222; background: #f6f7f9; }
  header { background: #fff; border-bottom: 1px solid #ddd; padding: 14px 24px; font-weight: 600; }
  main { display: grid; grid-template-columns: minmax(0, 360px) minmax(0, 1fr); gap: 8px 32px; padding: 24px; max-width: 960px; }
  .photo { grid-row: span 4; height: 320px; border-radius: 8px; background: #e3e6ea; }
  h1 { margin: 0; font-size: 26px; } .price { font-size: 24px; margin: 0; }
  .buy { justify-self: start; padding: 10px 24px; border-radius: 6px; border: 1px solid #888; background: #fff; font: inherit; }
  @media (max-width: 599px) { main { grid-template-columns: 1fr; } .photo { grid-row: auto; height: 220px; } }
</style></head>
<body><header>${platform} — ${l.demo}</header>
<main><div class="photo"></div><div>${title}</div><p class="price">${l.price}</p><button class="buy">${l.buy}</button></main></body></html>`;
}

async function openDemo(ext: ExtensionHandle, p: (typeof PAGES)[number], l: Locale, viewport: { width: number; height: number }): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(viewport);
  await routeFixture(page, p.url, demoPage(p.platform, p.title(l.product), l));
  await page.goto(p.url);
  const host = page.locator(`charte-pme-badge[data-platform="${p.platform}"]`);
  await host.waitFor({ state: 'attached', timeout: 10_000 });
  const shown = await host.getAttribute('data-status');
  if (shown !== p.status) throw new Error(`${p.platform}: the badge says ${shown}, expected ${p.status}`);
  await page.waitForTimeout(300); // entrance transition
  return page;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build') && !process.env.EXT_DIR) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  // Every picture is made anew: one left over from an earlier set would outlive what it shows.
  mkdirSync(OUT_DIR, { recursive: true });
  for (const file of readdirSync(OUT_DIR)) if (file.endsWith('.png')) rmSync(path.join(OUT_DIR, file));
  const extDir = defaultExtDir();
  for (const l of LOCALES) {
    const ext = await launchExtension({ extDir, locale: l.locale });
    try {
      for (const p of PAGES) {
        const page = await openDemo(ext, p, l, DESKTOP);
        await shootBadge(page, `badge-${p.platform}${l.suffix}.png`);
        if (p.platform === 'amazon') await shootWelcomePicture(page, extDir, l);
        await clickInBadge(page, /^Charte PME/);
        await page.waitForTimeout(400);
        await shootBadge(page, `card-${p.platform}${l.suffix}.png`);
        if (p.platform === 'amazon') await shootExtensionPages(ext, p.url, l.suffix);
        await page.close();

        const phone = await openDemo(ext, p, l, PHONE);
        await shootBadge(phone, `chip-${p.platform}${l.suffix}.png`);
        if (p.platform === 'amazon') {
          await clickInBadge(phone, /^Charte PME/);
          await phone.waitForTimeout(400);
          await phone.screenshot({ path: path.join(OUT_DIR, `card-phone-${p.platform}${l.suffix}.png`) });
          console.log(`docs/screenshots/card-phone-${p.platform}${l.suffix}.png`);
        }
        await phone.close();
      }
    } finally {
      await ext.close();
    }
  }
  writeFileSync(path.join(ROOT, INPUTS_FILE), inputsRecord(screenshotInputsHash(ROOT)));
  console.log(INPUTS_FILE);
}

/**
 * The welcome page's picture: the top of the demo page with the badge under the title. Written to
 * public/ (shipped from the next build on) and into the build being pictured, so the welcome page
 * shot below already shows it.
 */
async function shootWelcomePicture(page: Page, extDir: string, l: Locale): Promise<void> {
  const file = `badge-on-page${l.suffix}.png`;
  const target = path.join(ROOT, 'public', WELCOME_DIR, file);
  mkdirSync(path.dirname(target), { recursive: true });
  // Wide enough for the whole pill (one line on a desktop screen), the title and the price.
  const right = (await inBadge(page, (root) => root.querySelector('.pill')?.getBoundingClientRect().right ?? 0)) ?? 0;
  await page.screenshot({ path: target, clip: { x: 0, y: 0, width: Math.min(DESKTOP.width, Math.max(840, Math.ceil(right) + 24)), height: 300 } });
  mkdirSync(path.join(extDir, WELCOME_DIR), { recursive: true });
  copyFileSync(target, path.join(extDir, WELCOME_DIR, file));
  console.log(`public/${WELCOME_DIR}/${file}`);
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
    await page.waitForTimeout(200); // fonts, images, and the deep link's scroll
    await page.screenshot({ path: path.join(OUT_DIR, `${shot.file}${suffix}.png`), fullPage: shot.fullPage });
    console.log(`docs/screenshots/${shot.file}${suffix}.png`);
    await page.close();
  }
}

/** The part of the page around everything our shadow root draws, with a margin of page. */
async function shootBadge(page: Page, file: string): Promise<void> {
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
  const viewport = page.viewportSize() ?? DESKTOP;
  const margin = 24;
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
