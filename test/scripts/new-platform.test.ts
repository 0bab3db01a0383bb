import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../..');
const JITI = createRequire(import.meta.url).resolve('jiti/package.json').replace(/package\.json$/, 'lib/jiti-cli.mjs');
const SCRIPT = path.join(ROOT, 'scripts/new-platform.ts');

let root: string;
beforeEach(() => {
  // A copy of the registry: the script writes into --root, never into the project.
  root = mkdtempSync(path.join(tmpdir(), 'new-platform-'));
  cpSync(path.join(ROOT, 'data/platforms/index.ts'), path.join(root, 'data/platforms/index.ts'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [JITI, SCRIPT, '--root', root, ...args], { encoding: 'utf8' });
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** Syntax errors of a TypeScript source, as the compiler reports them. */
function syntaxErrors(file: string): string[] {
  const out = ts.transpileModule(read(file), { reportDiagnostics: true, fileName: file });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('npm run new-platform', () => {
  // Two node processes start (jiti compiles the script): slower than a unit test on a busy machine.
  it('writes the platform file with its Test URLs block, its stage, its table test, a seller stub and its test, registers the platform and prints the checklist', { timeout: 30_000 }, () => {
    const result = run('mon-shop', '--name', 'Mon Shop', '--host', 'monshop.fr');
    expect(result.status, result.stderr).toBe(0);
    for (const file of ['data/platforms/mon-shop.ts', 'test/data/platforms/mon-shop.test.ts', 'lib/sellers/mon-shop.ts', 'test/lib/sellers/mon-shop.test.ts']) {
      expect(existsSync(path.join(root, file)), file).toBe(true);
      expect(syntaxErrors(file), file).toEqual([]);
    }
    expect(read('data/platforms/mon-shop.ts')).toMatch(/\/\*\nTest URLs\nproduct: https:\/\/www\.monshop\.fr\/[\s\S]*Checked: \d{4}-\d{2}-\d{2}/);
    expect(read('data/platforms/mon-shop.ts')).toContain("export const monShop: Platform = {");
    expect(read('data/platforms/mon-shop.ts')).toContain("badge: { stage: 'other' },");
    // The card finds the reader by its file name and this export (modules/platform-registry/plugin.ts).
    expect(read('lib/sellers/mon-shop.ts')).toContain('export const sellerReader: SellerReader = {');
    // The reader's test sits at the reader's path under test/, and tests that very module.
    expect(read('test/lib/sellers/mon-shop.test.ts')).toContain("import { sellerReader } from '@/lib/sellers/mon-shop';");
    expect(read('test/lib/sellers/mon-shop.test.ts')).toContain("expect(SELLER_READERS['mon-shop']).toBe(sellerReader);");
    expect(read('data/platforms/mon-shop.ts')).toContain('export const monShopDetails: PlatformDetails = {');
    expect(read('data/platforms/index.ts')).toContain("import { monShop, monShopDetails } from './mon-shop';");
    expect(read('data/platforms/index.ts')).toMatch(/PLATFORMS[^=]*= [^[]*\[\n[\s\S]*  \[monShop, monShopDetails\],\n\]\);/);
    expect(syntaxErrors('data/platforms/index.ts')).toEqual([]);
    expect(result.stdout).toMatch(/hostnames[\s\S]*Status per edition[\s\S]*Test URLs[\s\S]*MANIFEST\.tsv/);
  });

  it('refuses an id that is not kebab-case, or that exists, and writes nothing', { timeout: 30_000 }, () => {
    const before = read('data/platforms/index.ts');
    const bad = run('Mon_Shop');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('is not a platform id');
    cpSync(path.join(ROOT, 'data/platforms/amazon.ts'), path.join(root, 'data/platforms/amazon.ts'));
    const taken = run('amazon');
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('exists already');
    expect(read('data/platforms/index.ts')).toBe(before);
  });

  it('is the package script the README names', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['new-platform']).toBe('jiti scripts/new-platform.ts');
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('npm run new-platform -- <id>');
  });
});
