import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The repository's conventions, checked on the files themselves. Comments stay true and
// self-contained: every path they name exists, and none points at a document outside the
// repository (facts are cited from data/charter/sources.ts or docs/). Tests mirror the code (below).
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

/**
 * Whether a module has code that runs: what TypeScript emits for it, comments left out, is more
 * than `export {};`. Interfaces, type aliases, `import type` and imports used only as types emit
 * nothing, so a module of types alone needs no test of its own.
 */
export function hasRuntimeCode(code: string, fileName = 'module.ts'): boolean {
  const { outputText } = ts.transpileModule(code, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ESNext, jsx: ts.JsxEmit.Preserve, removeComments: true },
  });
  return outputText.replace(/^\s*export\s*\{\s*\};?\s*$/gm, '').trim() !== '';
}

describe('tests mirror the code', () => {
  // Every module of lib/ with code that runs has its own test at the same path under test/lib/.
  const modules = sources('lib').filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
  const isTested = (file: string) => ['.test.ts', '.test.tsx'].some((ext) => existsSync(join(ROOT, 'test', file.replace(/\.tsx?$/, ext))));

  // TypeScript transpiles each untested module: seconds on a loaded machine, not vitest's default 5 s.
  it('every lib/ module with runtime code has test/lib/<same path>.test.ts(x)', { timeout: 30_000 }, () => {
    const untested = modules.filter((f) => !isTested(f) && hasRuntimeCode(readFileSync(join(ROOT, f), 'utf8'), f));
    expect(untested).toEqual([]);
  });

  it('tells a module of types from one with code', () => {
    expect(hasRuntimeCode('/** A clock. */\nexport interface Clock { now(): number }\n')).toBe(false);
    expect(hasRuntimeCode("import type { A } from './a';\nimport { B } from './b';\nexport type C = A | B;\n")).toBe(false);
    expect(hasRuntimeCode('export const HIDE_UNDO_MS = 6000;\n')).toBe(true);
    expect(hasRuntimeCode("export { x } from './x';\n")).toBe(true);
    expect(hasRuntimeCode('export enum E { A }\n')).toBe(true);
    expect(hasRuntimeCode("import './side-effect';\n")).toBe(true);
    // On the files themselves: the exemption is for types alone, a module with code is not exempt.
    expect(hasRuntimeCode(readFileSync(join(ROOT, 'lib/sellers/types.ts'), 'utf8'))).toBe(false);
    expect(hasRuntimeCode(readFileSync(join(ROOT, 'lib/sellers/own-entities.ts'), 'utf8'))).toBe(true);
  });
});
