// Renders the toolbar/store icon from SVG with Debian's Chromium and writes public/icon/<size>.png,
// which WXT puts in the manifest by itself. Run: npm run icons (after changing the drawing).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../test/helpers/e2e/harness';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const SIZES = [16, 32, 48, 128] as const;
const SLATE = '#3d5a80';

/**
 * A neutral mark: a slate-blue rounded square, a white document and a seal. No red/green, no tick:
 * the icon names the subject (a charter), not a verdict. Small sizes drop the text lines.
 */
export function iconSvg(size: number): string {
  const detailed = size >= 32;
  const lines = detailed
    ? `<g fill="${SLATE}" opacity="0.55">
    <rect x="40" y="50" width="40" height="7" rx="3.5"/>
    <rect x="40" y="64" width="40" height="7" rx="3.5"/>
    <rect x="40" y="78" width="22" height="7" rx="3.5"/>
  </g>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="2" y="2" width="124" height="124" rx="28" fill="${SLATE}"/>
  <path d="M34 18h44l20 20v72a6 6 0 0 1-6 6H34a6 6 0 0 1-6-6V24a6 6 0 0 1 6-6z" fill="#fff"/>
  <path d="M78 18v14a6 6 0 0 0 6 6h14z" fill="#c5d0de"/>
  ${lines}
  <path d="M78 100l-7 20 11-5 6 9 4-22z M98 100l7 20-11-5-6 9-4-22z" fill="#c5d0de"/>
  <circle cx="88" cy="94" r="${detailed ? 17 : 20}" fill="${SLATE}" stroke="#fff" stroke-width="${detailed ? 5 : 7}"/>
  ${detailed ? '<circle cx="88" cy="94" r="7.5" fill="none" stroke="#fff" stroke-width="3"/>' : ''}
</svg>
`;
}

async function main(): Promise<void> {
  const outDir = path.join(ROOT, 'public/icon');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(ROOT, 'assets/icon.svg'), iconSvg(128));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`);
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      writeFileSync(path.join(outDir, `${size}.png`), png);
      console.log(`public/icon/${size}.png  ${png.length} B`);
    }
  } finally {
    await browser.close();
  }
}

await main();
