import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/data/platforms';
import { BADGE_GROUPS } from 'virtual:badge-groups';
import { markerSignals } from '@/lib/badge/groups/marker-signals';
import { BADGE_STAGES, stageOf } from '@/lib/badge/groups/stages';
import { productSignalsOf } from '@/lib/detect/detect';
import { HOST_PATTERNS, hostPatternsOf } from '@/lib/detect/hosts';

// The first stages' groups as the registry's build plugin generates them (virtual:badge-groups).
describe('the first-stage groups', () => {
  it('cover every platform exactly once', () => {
    const ids = BADGE_GROUPS.flatMap((g) => g.platforms.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(PLATFORMS.map((p) => p.id).sort());
  });

  it('are the stages, each with exactly the platforms whose file names it (else other)', () => {
    expect(BADGE_GROUPS.map((g) => g.name)).toEqual([...BADGE_STAGES]);
    for (const group of BADGE_GROUPS) {
      expect(group.platforms.map((p) => p.id), group.name).toEqual(PLATFORMS.filter((p) => stageOf(p) === group.name).map((p) => p.id));
    }
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
      if (!isAmbiguous) {
        // The others ship neither the full hints nor the late watch.
        expect(group.domSignals, group.name).toBe(markerSignals);
        expect(group.watchLate, group.name).toBeUndefined();
        continue;
      }
      expect(group.domSignals, group.name).toBe(productSignalsOf);
      expect(group.watchLate, group.name).toBeDefined();
    }
  });
});
