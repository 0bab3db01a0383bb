import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout rules (README, "How the code is laid out"), checked on the files themselves so they cannot drift.
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
  // lib/browser/ is the one place for browser differences; settings.ts defines the storage item beside
  // its model, on versioned-item.ts (a storage item that reads newer versions without WXT's error).
  const MAY_TOUCH_BROWSER = new Set(['lib/settings.ts', 'lib/versioned-item.ts']);
  it.each(sources('lib').filter((f) => !MAY_TOUCH_BROWSER.has(f) && !f.startsWith('lib/browser/')))('%s imports no browser API, component or entrypoint', (file) => {
    const bad = importsOf(file).filter((spec) => /^(#imports|wxt\/browser|components\/|entrypoints\/)/.test(target(file, spec)));
    expect(bad).toEqual([]);
  });
});

describe('browser differences live in lib/browser/', () => {
  // Which API a browser has (Chrome's side panel or Firefox's sidebar, storage.sync, the Navigation
  // API) is asked in lib/browser/ only; entrypoints and the rest of lib/ call its functions.
  const QUIRKS = /\b(?:sidebarAction|sidePanel|storage\??\.sync|browserAction)\b|globalThis as \{ navigation|import\.meta\.env\.FIREFOX/;
  const files = [...sources('lib'), ...sources('entrypoints'), ...sources('components')].filter((f) => !f.startsWith('lib/browser/'));
  it.each(files)('%s asks no browser which API it has', (file) => {
    const code = readFileSync(join(ROOT, file), 'utf8').replace(/^\s*(?:\/\/|\*).*$/gm, '');
    expect(code.match(QUIRKS)?.[0]).toBeUndefined();
  });
});

describe('French is written as French', () => {
  const files = [...sources('locales'), ...sources('data')];
  it.each(files)('%s has no \\u00XX escape for a letter', (file) => {
    const escapes = readFileSync(join(ROOT, file), 'utf8').match(/\\u00[c-fC-F][0-9a-fA-F]|\\u2019|\\u00a0|\\u202f/g) ?? [];
    expect(escapes).toEqual([]);
  });
});
