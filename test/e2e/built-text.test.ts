// Issue 22, on the built files: what the extension ships never says that no source names a
// platform "not listed" at all (sources consulted do not name it among the signatories; one names
// Veepee elsewhere), never renders « en votre âme et conscience » as "in all conscience", and
// keeps no bare tick, plus or dash as a status mark.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { assertPrerequisites, defaultExtDir } from '../helpers/e2e/harness';

function builtTexts(dir: string): { file: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) return builtTexts(abs);
    if (!/\.(?:js|html|json|css)$/.test(name)) return [];
    // Bundles escape non-ASCII characters (\xE9, \u2019): read them back as the user sees them.
    const text = readFileSync(abs, 'utf8')
      .replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/[\u00a0\u202f]/g, ' ');
    return [{ file: path.relative(dir, abs), text }];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ['"not listed" explained as "no source cites it"', /aucune source ne (?:la |le )cite\b|aucune source ne cite (?:la|cette) plateforme/i],
  ['"not listed" explained as "no source names the platform", without "among the signatories"', /aucune source (?:consultée )?ne (?:la |nomme la plateforme)(?!.{0,12}parmi)/i],
  ['"not listed" explained as "no source names it"', /no source (?:we consulted )?names (?:it|the platform)(?! among)/i],
  ['"in all conscience"', /in all conscience/i],
  ['a bare tick, plus or dash chip', /Chart(?:e|er) [✓+–?]/],
];

it('ships no text that says no source names a platform, nor "in all conscience", nor a bare mark', () => {
  const extDir = defaultExtDir();
  assertPrerequisites(extDir);
  const files = builtTexts(extDir);
  expect(files.length).toBeGreaterThan(10);
  for (const [what, pattern] of FORBIDDEN) {
    const hits = files.filter((f) => pattern.test(f.text)).map((f) => `${f.file}: ${pattern.exec(f.text)?.[0]}`);
    expect(hits, what).toEqual([]);
  }
  // The wording that replaces them is there (the not-listed explanation, the faithful rendering).
  const all = files.map((f) => f.text).join('\n');
  expect(all).toMatch(/aucune source consultée ne la nomme parmi les signataires/);
  expect(all).toMatch(/no source we consulted names it among the signatories/);
  expect(all).toMatch(/by your own judgement and conscience/);
  expect(all).toMatch(/en votre âme et conscience/);
});
