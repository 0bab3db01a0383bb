import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/data/platforms';
import { BADGE_GROUPS } from '@/lib/badge/groups';
import { productSignalsOf } from '@/lib/detect/detect';
import { HOST_PATTERNS, hostPatternsOf } from '@/lib/detect/hosts';
import { SELLER_READERS } from '@/lib/sellers';

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

  it('carry the very readers SELLER_READERS registers, for every platform that has one', () => {
    for (const group of BADGE_GROUPS) {
      for (const platform of group.platforms) {
        const registered = SELLER_READERS[platform.id];
        const carried = group.sellers[platform.id];
        if (!registered) expect(carried, platform.id).toBeUndefined();
        else expect(carried, platform.id).toEqual(registered);
      }
      for (const id of Object.keys(group.sellers)) expect(group.platforms.some((p) => p.id === id), id).toBe(true);
    }
  });
});
