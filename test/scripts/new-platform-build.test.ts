import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../..');
const JITI = createRequire(import.meta.url).resolve('jiti/package.json').replace(/package\.json$/, 'lib/jiti-cli.mjs');
const WXT = path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
// What a build reads; tests, saved pages, screenshots and earlier builds stay behind.
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'test', 'docs', 'test-results']);

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'new-platform-build-'));
  cpSync(ROOT, root, { recursive: true, filter: (src) => !SKIP.has(path.relative(ROOT, src).split(path.sep)[0]!) });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Heavy: a whole Chrome build of a copy of the project (about 10 s alone, a minute on a loaded machine).
it('gives a scaffolded platform its badge content script in the built manifest, with no other edit', { timeout: 240_000 }, () => {
  const scaffold = spawnSync(process.execPath, [JITI, 'scripts/new-platform.ts', 'exemple', '--host', 'www.boutique-exemple.fr'], { cwd: root, encoding: 'utf8' });
  expect(scaffold.status, scaffold.stderr).toBe(0);
  // The reader stub comes with its test at the same path under test/ (the test tree mirrors lib/).
  for (const file of ['lib/sellers/exemple.ts', 'test/lib/sellers/exemple.test.ts']) expect(existsSync(path.join(root, file)), file).toBe(true);

  const outDir = path.join(root, 'out');
  const build = spawnSync(process.execPath, [WXT, 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, WXT_OUT_DIR: outDir } });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);

  const manifest = JSON.parse(readFileSync(path.join(outDir, 'chrome-mv3/manifest.json'), 'utf8')) as {
    content_scripts: { js: string[]; matches: string[] }[];
    host_permissions: string[];
  };
  const pattern = '*://*.boutique-exemple.fr/*';
  // The scaffold puts it in the 'other' stage: that content script now serves its host, and only that one.
  const serving = manifest.content_scripts.filter((c) => c.matches.includes(pattern)).map((c) => c.js);
  expect(serving).toEqual([['content-scripts/badge-other.js']]);
  expect(manifest.host_permissions).toContain(pattern);
  expect(readFileSync(path.join(outDir, 'chrome-mv3/content-scripts/badge-other.js'), 'utf8')).toContain('boutique-exemple.fr');
  expect(readFileSync(path.join(outDir, 'chrome-mv3/content-scripts/badge-amazon.js'), 'utf8')).not.toContain('boutique-exemple.fr');
});
