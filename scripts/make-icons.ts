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
 * A neutral mark: a slate-blue rounded square and a white document with lines of text. No seal,
 * rosette, tick or red/green: the icon names the subject (a charter), never a verdict, and the
 * status goes in the badge text beside it (« oui », « non », « ? »). Small sizes draw fewer, thicker lines.
 */
export function iconSvg(size: number): string {
  const detailed = size >= 32;
  const lines = detailed
    ? `<g fill="${SLATE}" opacity="0.6">
    <rect x="42" y="50" width="44" height="8" rx="4"/>
    <rect x="42" y="66" width="44" height="8" rx="4"/>
    <rect x="42" y="82" width="44" height="8" rx="4"/>
    <rect x="42" y="98" width="26" height="8" rx="4"/>
  </g>`
    : `<g fill="${SLATE}" opacity="0.7">
    <rect x="40" y="56" width="48" height="14" rx="7"/>
    <rect x="40" y="84" width="36" height="14" rx="7"/>
  </g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="2" y="2" width="124" height="124" rx="28" fill="${SLATE}"/>
  <path d="M34 14h44l22 22v72a6 6 0 0 1-6 6H34a6 6 0 0 1-6-6V20a6 6 0 0 1 6-6z" fill="#fff"/>
  <path d="M78 14v16a6 6 0 0 0 6 6h16z" fill="#c5d0de"/>
  ${lines}
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
