import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/data/platforms';
import { BADGE_GROUPS } from '@/lib/badge/groups';
import { productSignalsOf } from '@/lib/detect/detect';
import { HOST_PATTERNS, hostPatternsOf } from '@/lib/detect/hosts';

describe('the first-stage groups', () => {
  it('cover every platform exactly once', () => {
    const ids = BADGE_GROUPS.flatMap((g) => g.platforms.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(PLATFORMS.map((p) => p.id).sort());
  });

  it('together match exactly the manifest’s host patterns', () => {
    expect(BADGE_GROUPS.flatMap((g) => hostPatternsOf(g.platforms)).sort()).toEqual([...HOST_PATTERNS].sort());
  });

  it('each has at least one host (WXT rejects a content script without matches)', () => {
    for (const group of BADGE_GROUPS) expect(hostPatternsOf(group.platforms).length, group.name).toBeGreaterThan(0);
  });

  it('read every DOM hint where a platform has ambiguous URL shapes', () => {
    for (const group of BADGE_GROUPS) {
      const isAmbiguous = group.platforms.some((p) => (p.pages?.ambiguous?.length ?? 0) > 0);
      if (!isAmbiguous) continue;
      expect(group.domSignals, group.name).toBe(productSignalsOf);
      expect(group.watchLate, group.name).toBeDefined();
    }
  });
});
