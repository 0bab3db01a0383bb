// Bundle sizes: every built JS file of the Chrome build, raw and gzipped (what a store download
// and a page's parse cost scale with). Builds first unless EXT_DIR names a build to measure.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BADGE_STAGES } from '../../lib/badge/groups/stages';
import { defaultExtDir } from '../../test/helpers/e2e/harness';
import type { BenchSection } from './types';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** The badge's first stages, one per platform group: what a marketplace page loads. */
export const FIRST_STAGES: readonly string[] = BADGE_STAGES.map((stage) => `content-scripts/badge-${stage}.js`);
/** The second stage (the card), injected by the background when the shopper opens the badge. */
export const CARD_SCRIPT = 'badge-card.js';
/** The corner code, injected by the background when the pill first takes a corner. */
export const CORNER_SCRIPT = 'badge-corner.js';

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Sizes of every .js file under `extDir`, largest first. */
export function measureJs(extDir: string): FileSize[] {
  const files = readdirSync(extDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  return files
    .map((file) => {
      const content = readFileSync(path.join(extDir, file));
      return { file: file.split(path.sep).join('/'), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export const section: BenchSection = {
  name: 'Bundle size (Chrome build)',
  async run() {
    if (!process.env.EXT_DIR) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
    const sizes = measureJs(defaultExtDir());
    const total = sizes.reduce((s, f) => ({ bytes: s.bytes + f.bytes, gzipBytes: s.gzipBytes + f.gzipBytes }), { bytes: 0, gzipBytes: 0 });
    const stages = sizes.filter((f) => FIRST_STAGES.includes(f.file));
    const card = sizes.find((f) => f.file === CARD_SCRIPT);
    const corner = sizes.find((f) => f.file === CORNER_SCRIPT);
    return [
      ...stages.map((f) => `First stage \`${f.file}\`: **${kb(f.bytes)}** (${kb(f.gzipBytes)} gzipped).`),
      corner ? `Corner code (loaded when the pill first takes a corner) \`${CORNER_SCRIPT}\`: ${kb(corner.bytes)} (${kb(corner.gzipBytes)} gzipped).` : '',
      card ? `Card (second stage, loaded on opening) \`${CARD_SCRIPT}\`: ${kb(card.bytes)} (${kb(card.gzipBytes)} gzipped).\n` : '',
      '| File | Size | Gzipped |',
      '|---|---:|---:|',
      ...sizes.map((f) => `| \`${f.file}\` | ${kb(f.bytes)} | ${kb(f.gzipBytes)} |`),
      `| **all JS** | **${kb(total.bytes)}** | **${kb(total.gzipBytes)}** |`,
    ].join('\n');
  },
};
