import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 21: the badge's page code stays in small named units. Every function (declarations,
// arrows, methods) in lib/badge/ and the badge's entrypoints fits in a screen: 80 lines at most.
const ROOT = join(import.meta.dirname, '../../..');
const MAX_LINES = 80;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const BADGE_SOURCES = [
  ...sources('lib/badge'),
  ...readdirSync(join(ROOT, 'entrypoints'))
    .filter((name) => name.startsWith('badge-'))
    .flatMap((name) => sources(join('entrypoints', name))),
];

/** Every function of the file longer than MAX_LINES, as `name (lines)`. */
function longFunctions(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      const name = node.name?.getText(source) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : `line ${first + 1}`);
      if (lines > MAX_LINES) found.push(`${name} (${lines})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the badge keeps its functions short', () => {
  it('looks at the badge page code and entrypoints', () => {
    expect(BADGE_SOURCES).toContain('lib/badge/page/start.ts');
    expect(BADGE_SOURCES.some((f) => f.startsWith('entrypoints/badge-card/'))).toBe(true);
  });

  it.each(BADGE_SOURCES)(`%s has no function over ${MAX_LINES} lines`, (file) => {
    expect(longFunctions(file)).toEqual([]);
  });

  it('would catch a long one', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const x${i} = ${i};`).join('\n');
    expect(longFunctions('probe.ts', `export function fits() {\n${body(MAX_LINES - 2)}\n}\n`)).toEqual([]);
    expect(longFunctions('probe.ts', `export function tooLong() {\n${body(MAX_LINES - 1)}\n}\n`)).toEqual([`tooLong (${MAX_LINES + 1})`]);
    expect(longFunctions('probe.tsx', `const arrow = () => {\n${body(MAX_LINES)}\n};\n`)).toEqual([`arrow (${MAX_LINES + 2})`]);
  });
});
