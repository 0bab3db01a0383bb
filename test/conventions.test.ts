import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Comments must stay true and self-contained: every path they name exists, and none points at a
// document outside the repository (facts are cited from data/charter/sources.ts or docs/).
const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['data', 'lib', 'entrypoints', 'components', 'locales', 'modules', 'scripts', 'test', 'docs'];
const ROOT_FILES = ['wxt.config.ts', 'vitest.config.ts', 'vitest.e2e.config.ts', 'vitest.firefox.config.ts'];
const SKIP = new Set(['test/fixtures', 'docs/screenshots']);

function sources(dir: string): string[] {
  if (SKIP.has(dir)) return [];
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(?:ts|tsx|css)$/.test(name) ? [path] : [];
  });
}

const FILES = [...FOLDERS.flatMap(sources), ...ROOT_FILES];

/** The text of a source's comments: line comments and block comments, strings left out. */
export function commentsOf(code: string): string {
  const out: string[] = [];
  const re = /'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`|\/\*[\s\S]*?\*\/|\/\/[^\n]*|\/(?![*/])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/[dgimsuvy]*/g;
  for (const m of code.matchAll(re)) if (m[0].startsWith('/*') || m[0].startsWith('//')) out.push(m[0]);
  return out.join('\n');
}

const TOP = `(?:${[...FOLDERS, 'public', 'assets', '.ci'].map((f) => f.replace('.', '\\.')).join('|')})`;
// A path into the project as a comment names it: from a top-level folder, or relative (./, ../).
const PATH = new RegExp(`(?<![\\w./-])((?:${TOP}/|\\.{1,2}/)[\\w./-]*[\\w-])`, 'g');

/** The project paths a comment names, placeholders and globs left out (`<id>`, `*`, `{a,b}`). */
export function pathsIn(comments: string): string[] {
  return [...comments.matchAll(PATH)]
    .filter((m) => !/^\/?[<*{…]/.test(comments.slice(m.index + m[0].length)))
    .map((m) => m[1]!);
}

/** Whether a named path exists, from the repository's root or from the file's own folder. */
function exists(file: string, path: string): boolean {
  const clean = path.replace(/[.]+$/, '');
  return [join(ROOT, clean), join(ROOT, dirname(file), clean)].some((p) => existsSync(p));
}

describe('comments name only files that exist', () => {
  it.each(FILES)('%s', (file) => {
    const comments = commentsOf(readFileSync(join(ROOT, file), 'utf8'));
    const missing = pathsIn(comments).filter((p) => !exists(file, p));
    expect(missing).toEqual([]);
  });
});

describe('comments cite nothing outside the repository', () => {
  const OUTSIDE = /\.\.\/shared\b|\bSTYLE\.md\b|\bBRIEF(?:\.md)?\b|\bRECIPE(?:\.md)?\b|\bPEERS(?:\.md)?\b/;
  it.each(FILES)('%s', (file) => {
    const comments = commentsOf(readFileSync(join(ROOT, file), 'utf8'));
    expect(comments.match(OUTSIDE)?.[0]).toBeUndefined();
  });
});

describe('the scan itself', () => {
  it('finds comments and the paths they name, not strings or placeholders', () => {
    const code = "const a = '// lib/nowhere.ts'; // see lib/status.ts and data/platforms/<id>.ts\n/* ./x.ts, locales/*/pill.ts */";
    expect(pathsIn(commentsOf(code))).toEqual(['lib/status.ts', './x.ts']);
    expect(relative(ROOT, join(ROOT, 'lib'))).toBe('lib');
  });
});
