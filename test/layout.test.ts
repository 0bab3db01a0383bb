import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout rules of STYLE.md §2.1–2.2, checked on the files themselves so they cannot drift.
const ROOT = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
}

/** A bare module specifier or a path into one of the project's folders, as the importer meant it. */
function target(file: string, spec: string): string {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return relative(ROOT, join(ROOT, file, '..', spec));
  return spec;
}

describe('data/ holds facts only', () => {
  const FORBIDDEN = [/^#imports$/, /^wxt(\/|$)/, /^@wxt-dev\//, /^webextension-polyfill$/, /^preact(\/|$)/, /^zustand(\/|$)/, /^components\//, /^entrypoints\//];
  it.each(sources('data'))('%s imports no browser API, WXT runtime, Preact, zustand, component or entrypoint', (file) => {
    const bad = importsOf(file).filter((spec) => FORBIDDEN.some((re) => re.test(target(file, spec))));
    expect(bad).toEqual([]);
    expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/\b(?:browser|chrome)\.\w+\.\w+/);
  });
});

describe('lib/ is pure logic', () => {
  // browser-compat.ts is the one place for browser quirks; settings.ts defines the storage item beside its
  // model, on versioned-item.ts (a storage item that reads newer versions without WXT's error).
  const MAY_TOUCH_BROWSER = new Set(['lib/browser-compat.ts', 'lib/settings.ts', 'lib/versioned-item.ts']);
  it.each(sources('lib').filter((f) => !MAY_TOUCH_BROWSER.has(f)))('%s imports no browser API, component or entrypoint', (file) => {
    const bad = importsOf(file).filter((spec) => /^(#imports|wxt\/browser|components\/|entrypoints\/)/.test(target(file, spec)));
    expect(bad).toEqual([]);
  });
});

describe('French is written as French', () => {
  const files = [...sources('locales'), ...sources('data')];
  it.each(files)('%s has no \\u00XX escape for a letter', (file) => {
    const escapes = readFileSync(join(ROOT, file), 'utf8').match(/\\u00[c-fC-F][0-9a-fA-F]|\\u2019|\\u00a0|\\u202f/g) ?? [];
    expect(escapes).toEqual([]);
  });
});
