import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/data/platforms';
import { pillLinesOf } from '@/lib/badge/groups/pill-lines';
import { createT } from '@/lib/i18n';
import { chipStatus, scopedToHost, shortStatus } from '@/lib/status';

describe('a platform’s pill lines', () => {
  it('are the short line and the chip of every other surface, in both languages', () => {
    for (const platform of PLATFORMS) {
      const lines = pillLinesOf(platform);
      for (const lang of ['fr', 'en'] as const) {
        const t = createT(lang);
        expect(lines[lang], `${platform.id} ${lang}`).toEqual({ short: shortStatus(platform, t), chip: chipStatus(platform, t) });
      }
    }
  });

  it('give the line every surface shows on a page, once scoped to its host', () => {
    const amazon = PLATFORMS.find((p) => p.id === 'amazon')!;
    const t = createT('fr');
    for (const host of ['www.amazon.fr', 'www.amazon.es']) {
      expect(scopedToHost(pillLinesOf(amazon).fr.short, amazon, t, host)).toBe(shortStatus(amazon, t, host));
    }
    expect(shortStatus(amazon, t, 'www.amazon.es')).toMatch(/charte française$/);
  });

  it('say Amazon’s two editions and an inference where the data has one', () => {
    const lines = (id: string) => pillLinesOf(PLATFORMS.find((p) => p.id === id)!);
    expect(lines('amazon').fr.short).toContain('2019');
    expect(lines('amazon').en.chip).toBe('Charte PME: declined in 2019, signed in 2020');
    const inferred = PLATFORMS.find((p) => Object.values(p.charter).some((s) => s.confidence === 'I'))!;
    expect(lines(inferred.id).fr.chip).toMatch(/par déduction$/);
  });
});
