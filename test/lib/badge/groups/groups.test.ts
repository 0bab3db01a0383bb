import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/data/platforms';
import { BADGE_GROUPS } from 'virtual:badge-groups';
import { markerSignals } from '@/lib/badge/groups/marker-signals';
import { pillLinesOf } from '@/lib/badge/groups/pill-lines';
import { watchLatePageSignals } from '@/lib/badge/page/late-watch';
import { STATUS_ICON_PATHS } from '@/lib/badge/status-icon-paths';
import { displayStatus } from '@/lib/status';
import { BADGE_STAGES, stageOf } from '@/lib/badge/groups/stages';
import { productSignalsOf } from '@/lib/detect/detect';
import { HOST_PATTERNS, hostPatternsOf } from '@/lib/detect/hosts';

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
    expect(stageOf({})).toBe('other');
  });

  it('together match exactly the manifest’s host patterns', () => {
    expect(BADGE_GROUPS.flatMap((g) => hostPatternsOf(g.platforms)).sort()).toEqual([...HOST_PATTERNS].sort());
  });

  it('each has at least one host (WXT rejects a content script without matches)', () => {
    for (const group of BADGE_GROUPS) expect(hostPatternsOf(group.platforms).length, group.name).toBeGreaterThan(0);
  });

  it('carry the icon of each status their platforms show, and no other', () => {
    for (const group of BADGE_GROUPS) {
      const statuses = [...new Set(group.platforms.map(displayStatus))].sort();
      expect(Object.keys(group.icons).sort(), group.name).toEqual(statuses);
      for (const status of statuses) expect(group.icons[status], `${group.name} ${status}`).toBe(STATUS_ICON_PATHS[status]);
    }
  });

  it('carry each of their platforms’ pill lines, and no other platform’s', () => {
    for (const group of BADGE_GROUPS) {
      expect(Object.keys(group.lines).sort(), group.name).toEqual(group.platforms.map((p) => p.id).sort());
      for (const platform of group.platforms) expect(group.lines[platform.id], platform.id).toEqual(pillLinesOf(platform));
    }
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
      expect(group.watchLate, group.name).toBe(watchLatePageSignals);
    }
  });
});
