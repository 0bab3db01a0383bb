import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/data/platforms';
import { classifyUrl } from '@/lib/detect/detect';

const ROOT = join(import.meta.dirname, '../../..');
const NOT_PLATFORMS = new Set(['index.ts', 'types.ts', 'common-statuses.ts']);
const IDS = readdirSync(join(ROOT, 'data/platforms'))
  .filter((f) => f.endsWith('.ts') && !NOT_PLATFORMS.has(f))
  .map((f) => f.slice(0, -3));

type Kind = 'product' | 'ambiguous' | 'not-product' | 'none';

/** The `/* Test URLs … *\/` block at the end of a platform file (Refined GitHub's habit), parsed. */
function testUrlsBlock(id: string): { rows: Array<[Kind, string]>; checked: string | undefined } | null {
  const source = readFileSync(join(ROOT, `data/platforms/${id}.ts`), 'utf8');
  const block = /\/\*\s*\nTest URLs\n([\s\S]*?)\*\//.exec(source)?.[1];
  if (block == null) return null;
  const rows = [...block.matchAll(/^(product|ambiguous|not-product|none): (.+)$/gm)].map((m) => [m[1] as Kind, m[2]!] as [Kind, string]);
  return { rows, checked: /^Checked: (\d{4}-\d{2}-\d{2})/m.exec(block)?.[1] };
}

describe('every platform file ends with its Test URLs block, and has its table test', () => {
  it.each(IDS)('%s', (id) => {
    const platform = getPlatform(id);
    expect(platform, `data/platforms/${id}.ts is not registered in data/platforms/index.ts`).toBeDefined();
    const block = testUrlsBlock(id);
    expect(block, `data/platforms/${id}.ts has no "Test URLs" block (npm run new-platform writes one)`).not.toBeNull();
    expect(block!.checked, `the Test URLs block of ${id} has no "Checked: YYYY-MM-DD" line`).toMatch(/^20\d\d-/);
    if (platform!.hostnames.length === 0) {
      expect(block!.rows.map(([kind]) => kind)).toEqual(['none']);
      return;
    }
    expect(existsSync(join(ROOT, `test/data/platforms/${id}.test.ts`)), `test/data/platforms/${id}.test.ts is missing`).toBe(true);
    const kinds = new Set(block!.rows.map(([kind]) => kind));
    expect(kinds.has('product') || kinds.has('ambiguous'), `${id}: no product URL in its block`).toBe(true);
    expect(kinds.has('not-product'), `${id}: no non-product URL in its block`).toBe(true);
    for (const [kind, url] of block!.rows) {
      const result = classifyUrl(url);
      expect(result.platform?.id, url).toBe(id);
      expect(result.verdict, url).toBe(kind);
    }
  });
});
